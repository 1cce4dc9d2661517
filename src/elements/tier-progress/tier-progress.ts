import { html } from 'lit';
import { TierProgressDocument, type TierProgressQuery } from '../../generated/graphql.js';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format.js';
import { cssProps } from '../../internal/css-props.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { tierProgressMessages } from './tier-progress.messages.js';
import { tierProgressStyles } from './tier-progress.styles.js';

type Progress = TierProgressQuery['viewer']['partner']['tierProgress'];

/**
 * @customElement partner-tier-progress
 *
 * @summary How far the partner is from the next tier: money still to spend in the rolling
 * 12-month window, a progress bar, and what the next tier brings; a thank-you at the top tier.
 *
 * @event partner-load - The progress was shown (first load and each refresh).
 * @event partner-error - The progress could not be loaded; `detail.code` says why.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart bar - The progress bar track (role `progressbar`).
 * @csspart bar-fill - The filled part of the bar.
 * @csspart benefits - The list of the next tier's benefits.
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-tier-progress-bar-color - The bar's fill (defaults to the accent colour).
 * @cssproperty --partner-tier-progress-track-color - The bar's track.
 * @cssproperty --partner-color-accent - Accent colour.
 */
export class PartnerTierProgress extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, visuallyHidden, tierProgressStyles];

  protected readonly progress = this.query(TierProgressDocument, () => ({}), ['tier']);

  protected override render() {
    const text = this.messages(tierProgressMessages);
    return this.renderTask(this.progress, {
      loading: () => html`<section part="card" aria-label=${text.heading}>
        <h2>${text.heading}</h2>
        <span class="visually-hidden">${text.loading}</span>
        <span class="skeleton line goal-line"></span>
        <span class="skeleton line bar-line"></span>
        <span class="skeleton line short"></span>
        <span class="skeleton line shorter"></span>
        <span class="skeleton line short"></span>
      </section>`,
      ready: ({ viewer }) => this.#renderProgress(viewer.partner.tierProgress),
    });
  }

  #renderProgress(progress: Progress) {
    const text = this.messages(tierProgressMessages);
    const locale = this.resolvedLocale;
    const { current, next } = progress;
    const spend = formatMoney(locale, progress.spend, { whole: true });
    if (!next) {
      return html`<section part="card" aria-label=${text.heading} data-state="top">
        <h2>${text.heading}</h2>
        <p class="goal">${text.topTier(current.name)}</p>
        <p class="spend">${text.keepTop(spend)}</p>
      </section>`;
    }
    const threshold = formatMoney(locale, next.threshold, { whole: true });
    const pct = Math.min(Math.max(progress.progressPct, 0), 100);
    return html`<section part="card" aria-label=${text.heading}>
      <h2>${text.heading}</h2>
      <p class="goal">${text.toNext(formatMoney(locale, progress.remaining, { whole: true }), next.name)}</p>
      <div class="tiers" aria-hidden="true"><span>${current.name}</span><span>${next.name}</span></div>
      <div
        part="bar"
        role="progressbar"
        aria-label=${text.progressLabel(next.name)}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${pct}
        aria-valuetext=${text.progressValue(formatNumber(locale, pct / 100, { style: 'percent' }), current.name, next.name, spend, threshold)}
        ${cssProps({ '--_pct': `${pct}%` })}
      >
        <div part="bar-fill"></div>
      </div>
      <p class="spend">${text.spendSince(spend, formatDate(locale, progress.windowStart))}</p>
      <h3>${text.nextBenefits(next.name)}</h3>
      <ul part="benefits">
        ${next.discountPct > 0 ? html`<li>${text.discount(formatNumber(locale, next.discountPct / 100, { style: 'percent' }))}</li>` : null}
        ${next.multiplierPct > 100 ? html`<li>${text.multiplier(`×${formatNumber(locale, next.multiplierPct / 100)}`)}</li>` : null}
        ${next.benefits.map((benefit) => html`<li>${benefit.label}</li>`)}
      </ul>
    </section>`;
  }
}
