import { html } from 'lit';
import { PointsBalanceDocument, type PointsBalanceQuery } from '../../generated/graphql.js';
import { formatDate, formatPoints } from '../../i18n/format.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { pointsBalanceMessages } from './points-balance.messages.js';
import { pointsBalanceStyles } from './points-balance.styles.js';

type Points = PointsBalanceQuery['viewer']['partner']['points'];

/**
 * @customElement partner-points-balance
 *
 * @summary The partner's points: available to spend, pending (inside the return window), points
 * expiring in the next 30 days with the date, and the lifetime total.
 *
 * @event partner-load - The balance was shown (first load and each refresh, e.g. after a redemption).
 * @event partner-error - The balance could not be loaded; `detail.code` says why.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart available - The available balance.
 * @csspart pending - The pending points.
 * @csspart expiring - The expiring-soon line (has `data-soon` when points expire within 30 days).
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-warning - Colour of the expiring-soon warning.
 * @cssproperty --partner-color-text-muted - Labels and hints.
 */
export class PartnerPointsBalance extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, visuallyHidden, pointsBalanceStyles];

  protected readonly points = this.query(PointsBalanceDocument, () => ({}), ['points']);

  protected override render() {
    const text = this.messages(pointsBalanceMessages);
    return this.renderTask(this.points, {
      // The ready layout with placeholders for the numbers: it takes the same room at any width.
      loading: () => html`<section part="card" aria-label=${text.heading}>
        <h2>${text.heading}</h2>
        <span class="visually-hidden">${text.loading}</span>
        <dl aria-hidden="true">
          <div class="wide">
            <dt>${text.available}</dt>
            <dd><span class="skeleton big"></span></dd>
          </div>
          <div>
            <dt>${text.pending}</dt>
            <dd><span class="skeleton value"></span><span class="hint">${text.pendingHint}</span></dd>
          </div>
          <div>
            <dt>${text.lifetime}</dt>
            <dd><span class="skeleton value"></span></dd>
          </div>
          <div class="wide">
            <dt>${text.expiring}</dt>
            <dd><span class="skeleton value wide"></span></dd>
          </div>
        </dl>
      </section>`,
      ready: ({ viewer }) => this.#renderPoints(viewer.partner.points),
    });
  }

  #renderPoints(points: Points) {
    const text = this.messages(pointsBalanceMessages);
    const locale = this.resolvedLocale;
    if (points.available === 0 && points.pending === 0 && points.lifetimeEarned === 0) {
      return html`<section part="card" aria-label=${text.heading} data-state="empty">
        <h2>${text.heading}</h2>
        <p class="empty">${text.empty}</p>
      </section>`;
    }
    const soon = points.expiringSoon > 0 && points.expiringSoonDate;
    return html`<section part="card" aria-label=${text.heading}>
      <h2>${text.heading}</h2>
      <dl>
        <div class="wide">
          <dt>${text.available}</dt>
          <dd part="available">${formatPoints(locale, points.available)} <small>${text.points}</small></dd>
        </div>
        <div>
          <dt>${text.pending}</dt>
          <dd part="pending">${formatPoints(locale, points.pending)} <span class="hint">${text.pendingHint}</span></dd>
        </div>
        <div>
          <dt>${text.lifetime}</dt>
          <dd part="lifetime">${formatPoints(locale, points.lifetimeEarned)}</dd>
        </div>
        <div class="wide">
          <dt>${text.expiring}</dt>
          <dd part="expiring" ?data-soon=${Boolean(soon)}>
            ${soon ? text.expiringOn(formatPoints(locale, points.expiringSoon), formatDate(locale, points.expiringSoonDate!, 'long')) : text.noneExpiring}
          </dd>
        </div>
      </dl>
    </section>`;
  }
}
