import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { TierBadgeDocument } from '../../generated/graphql.js';
import { cssProps } from '../../internal/css-props.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { tierIcon } from '../../internal/tier-icon.js';
import { controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { tierBadgeMessages } from './tier-badge.messages.js';
import { tierBadgeStyles } from './tier-badge.styles.js';

/**
 * @customElement partner-tier-badge
 *
 * @summary The partner company's current tier (Bronze, Silver, Gold…) as a badge in the tier's colour.
 *
 * @event partner-load - The tier was shown (first load and each refresh).
 * @event partner-error - The tier could not be loaded; `detail.code` says why.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart badge - The badge box.
 * @csspart icon - The medal icon (coloured with the tier colour).
 * @csspart name - The tier name.
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-tier-color - Overrides the tier colour sent by the program.
 * @cssproperty --partner-color-surface - Badge background.
 * @cssproperty --partner-color-border - Badge border.
 * @cssproperty --partner-radius - Corner radius.
 */
export class PartnerTierBadge extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, visuallyHidden, tierBadgeStyles];

  /** `full` shows a labelled badge; `compact` is a pill for headers. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  protected readonly tier = this.query(TierBadgeDocument, () => ({}), ['tier']);

  protected override render() {
    const text = this.messages(tierBadgeMessages);
    return this.renderTask(this.tier, {
      loading: () => html`<span part="badge">
        <span class="skeleton icon" part="icon"></span>
        <span class="text">
          ${this.variant === 'full' ? html`<span class="label">${text.tier}</span>` : null}
          <span class="skeleton name" part="name"><span class="visually-hidden">${text.loading}</span></span>
        </span>
      </span>`,
      ready: ({ viewer }) => {
        const { tier } = viewer.partner;
        return html`<span part="badge" ${cssProps({ '--_tier-server-color': tier.color })} data-tier=${tier.code}>
          ${tierIcon(tier.rank)}
          <span class="text">
            ${this.variant === 'full'
              ? html`<span class="label">${text.tier}</span><span part="name">${tier.name}</span>`
              : html`<span class="visually-hidden">${text.tier}: </span><span part="name">${tier.name}</span>`}
          </span>
        </span>`;
      },
    });
  }
}
