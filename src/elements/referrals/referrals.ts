import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ReferralsDocument, type ReferralStatus, type ReferralsQuery } from '../../generated/graphql.js';
import { formatDate, formatNumber, formatPoints } from '../../i18n/format.js';
import { MorePages } from '../../internal/more-pages.js';
import { morePagesStyles } from '../../internal/more-pages.styles.js';
import { ListStatus } from '../../internal/list-status.js';
import { listStatusStyles } from '../../internal/list-status.styles.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { renderStatusTimeline } from '../../internal/status-timeline.js';
import { statusTimelineStyles } from '../../internal/status-timeline.styles.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { referralsMessages } from './referrals.messages.js';
import { referralsStyles } from './referrals.styles.js';

type Connection = ReferralsQuery['viewer']['referrals'];
type Referral = Connection['nodes'][number];

/** The way a referral goes when all goes well; a rejection ends it after the last step reached. */
const PATH: readonly ReferralStatus[] = ['SUBMITTED', 'QUALIFIED', 'CONVERTED', 'REWARDED'];

/**
 * @customElement partner-referrals
 *
 * @summary The companies the partner's members referred, newest first: who referred it and
 * when, where it stands (submitted → qualified → became a partner → rewarded, or rejected) with
 * the date of each step, why it was rejected, the points it earned, and whether the supplier
 * is checking it. "Only my referrals" narrows it to the signed-in member's own. Refreshes when
 * a `<partner-referral-form>` on the page sends one.
 *
 * @event partner-load - A page of referrals was shown (also after each refresh).
 * @event partner-error - The referrals could not be loaded; `detail.code` says why.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart mine-toggle - The "Only my referrals" checkbox.
 * @csspart item - One referral (also `item rejected` when rejected).
 * @csspart status - The current status label; `data-status` holds the `ReferralStatus`.
 * @csspart timeline - The steps with their dates.
 * @csspart reward - The points a rewarded referral earned.
 * @csspart refer-link - The empty state's link to the referral form (with `refer-href`).
 * @csspart more-button - The "Show more" button.
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - Reached steps of the timeline.
 * @cssproperty --partner-color-positive - Rewarded status and points earned.
 * @cssproperty --partner-color-negative - Rejected status.
 * @cssproperty --partner-color-warning - The "being checked" note.
 */
export class PartnerReferrals extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, statusTimelineStyles, morePagesStyles, listStatusStyles, referralsStyles];

  /** Referrals per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Only the signed-in member's referrals (the member can switch it). */
  @property({ type: Boolean, reflect: true }) mine = false;

  /** Where the referral form is (e.g. `#refer`): the empty state links to it. */
  @property({ attribute: 'refer-href' }) referHref?: string;

  protected readonly referrals = this.query(ReferralsDocument, () => this.#variables(), ['referrals']);
  readonly #listStatus = new ListStatus(this.referrals);

  protected readonly more = new MorePages(
    this,
    () => this.referrals.value?.viewer.referrals,
    (after, signal) =>
      this.client!
        .query(ReferralsDocument, { ...this.#variables(), after }, { locale: this.resolvedLocale, signal, topics: ['referrals'] })
        .then((page) => page.viewer.referrals),
  );

  #variables() {
    return { first: this.pageSize, filter: this.mine ? { mine: true } : undefined };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && changed.has('mine')) this.#listStatus.changed();
  }

  protected override render() {
    const text = this.messages(referralsMessages);
    return html`<section part="card" aria-labelledby="heading" aria-busy=${this.#listStatus.waiting ? 'true' : nothing}>
      <div class="head">
        <h2 id="heading">${text.heading}</h2>
        <label><input type="checkbox" part="mine-toggle" .checked=${this.mine} @change=${(event: Event) => (this.mine = (event.target as HTMLInputElement).checked)} />${text.mine}</label>
      </div>
      ${this.#listStatus.render(() => this.#summary())}
      ${this.renderTask(this.referrals, {
        loading: () => html`<span class="visually-hidden">${text.loading}</span>
          <ol aria-hidden="true">
            ${Array.from(
              { length: Math.min(this.pageSize, 3) },
              () => html`<li part="item">
                <span class="skeleton line"></span>
                <span class="skeleton line short"></span>
                <span class="skeleton line steps"></span>
              </li>`,
            )}
          </ol>`,
        ready: ({ viewer }) => this.#renderList(viewer.referrals),
      })}
    </section>`;
  }

  #renderList(first: Connection) {
    const text = this.messages(referralsMessages);
    const items = this.more.items(first);
    if (items.length === 0) {
      return html`<div class="empty">
        <p>${this.#summary()} ${text.invite}</p>
        ${this.referHref ? html`<a part="refer-link" href=${this.referHref}>${text.refer}</a>` : nothing}
      </div>`;
    }
    return html`<ol>
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.#renderItem(item),
        )}
      </ol>
      ${this.more.renderFooter(this.#summary(), text, (error, retry) => this.renderError(error, retry))}`;
  }

  /** What the list shows, in one sentence: how many referrals, or that there are none (yet). */
  #summary(): string {
    const text = this.messages(referralsMessages);
    const shown = this.more.items().length;
    if (shown) return text.shown(formatNumber(this.resolvedLocale, shown));
    return this.mine ? text.emptyMine : text.empty;
  }

  #renderItem(item: Referral) {
    const text = this.messages(referralsMessages);
    const locale = this.resolvedLocale;
    const rejected = item.status === 'REJECTED';
    const reached = new Map(item.history.map((change) => [change.status, change.at] as const));
    const path = rejected ? [...PATH.filter((status) => reached.has(status)), 'REJECTED' as const] : PATH;
    return html`<li part="item${rejected ? ' rejected' : ''}" data-id=${item.id} data-status=${item.status} tabindex="-1">
      <div class="title">
        <h3>${item.companyName}</h3>
        <span part="status" data-status=${item.status}>${text[item.status]}</span>
      </div>
      <p class="meta">
        ${item.domain} · ${item.submittedByViewer ? text.byYou : text.by(item.submittedBy.name)} ·
        <time datetime=${item.createdAt}>${formatDate(locale, item.createdAt)}</time>
      </p>
      ${renderStatusTimeline(
        locale,
        { label: text.timeline, notYet: text.notYet },
        path.map((status) => ({ status, label: text[status], at: reached.get(status) ?? (status === 'SUBMITTED' ? item.createdAt : null), ends: status === 'REJECTED' })),
        item.status,
      )}
      ${rejected && item.rejectionReason ? html`<p class="reason">${text[item.rejectionReason]}</p>` : nothing}
      ${item.rewardPoints != null ? html`<p part="reward">${text.earned(formatPoints(locale, item.rewardPoints))}</p>` : nothing}
      ${item.flagged && !rejected ? html`<p class="flag">${item.flagReason === 'FREE_MAIL_CONTACT' ? text.flagged : text.checking}</p>` : nothing}
    </li>`;
  }
}
