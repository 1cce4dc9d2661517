import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { PointsHistoryDocument, type LedgerEntryType, type PointsHistoryQuery } from '../../generated/graphql.js';
import { PartnerFilterChangeEvent } from '../../events.js';
import { formatDate, formatDateTime, formatNumber, formatPoints } from '../../i18n/format.js';
import { MorePages } from '../../internal/more-pages.js';
import { morePagesStyles } from '../../internal/more-pages.styles.js';
import { ListStatus } from '../../internal/list-status.js';
import { listStatusStyles } from '../../internal/list-status.styles.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { pointsHistoryMessages } from './points-history.messages.js';
import { pointsHistoryStyles } from './points-history.styles.js';

type Ledger = PointsHistoryQuery['viewer']['partner']['ledger'];

/** The filter's choices: what a member thinks in ("earned"), mapped to ledger entry types. */
const FILTERS: readonly { key: 'all' | LedgerEntryType; types: readonly LedgerEntryType[] }[] = [
  { key: 'all', types: [] },
  { key: 'ACCRUAL', types: ['ACCRUAL'] },
  { key: 'BONUS', types: ['BONUS'] },
  { key: 'REDEMPTION', types: ['REDEMPTION'] },
  { key: 'REVERSAL', types: ['REVERSAL'] },
  { key: 'EXPIRY', types: ['EXPIRY'] },
  { key: 'ADJUSTMENT', types: ['ADJUSTMENT'] },
];
const ENTRY_TYPES = new Set<string>(FILTERS.flatMap((filter) => filter.types));
/** The select's choice for a `types` attribute no single choice matches (e.g. `ACCRUAL,BONUS`): it names them. */
const MIXED_FILTER = 'mixed';
/** Order numbers and survey periods mean something to a member; reward and course ids do not (the reason names them). */
const READABLE_REFERENCES = new Set<string>(['ORDER', 'REFUND', 'SURVEY']);

/**
 * @customElement partner-points-history
 *
 * @summary The points ledger, newest first: what happened, why, from which order, reward or
 * course, by whom and when; filter by type and "show more" along the cursor connection.
 *
 * @event partner-load - A page of entries was shown.
 * @event partner-filter-change - The member changed the type filter; `detail.types` is the new filter.
 * @event partner-error - The history could not be loaded; `detail.code` says why.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart filter - The type filter (a `select`).
 * @csspart entry - One ledger entry (also `entry credit` or `entry debit`).
 * @csspart points - An entry's signed points.
 * @csspart more-button - The "show more" button.
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-positive - Colour of credited points.
 * @cssproperty --partner-color-negative - Colour of debited points.
 */
export class PartnerPointsHistory extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, morePagesStyles, listStatusStyles, pointsHistoryStyles];

  /** Entry types to show, comma-separated (e.g. `ACCRUAL,BONUS`); empty shows everything. */
  @property({ reflect: true, converter: { fromAttribute: parseTypes, toAttribute: (types: string[]) => types.join(',') || null } })
  types: LedgerEntryType[] = [];

  /** Entries per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;


  protected readonly ledger = this.query(
    PointsHistoryDocument,
    () => ({ first: this.pageSize, types: this.types.length ? this.types : null }),
    ['ledger'],
  );
  readonly #listStatus = new ListStatus(this.ledger);

  protected readonly more = new MorePages(
    this,
    () => this.ledger.value?.viewer.partner.ledger,
    (after, signal) =>
      this.client!
        .query(PointsHistoryDocument, { first: this.pageSize, after, types: this.types.length ? this.types : null }, { locale: this.resolvedLocale, signal, topics: ['ledger'] })
        .then((page) => page.viewer.partner.ledger),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && changed.has('types')) this.#listStatus.changed();
  }

  protected override render() {
    const text = this.messages(pointsHistoryMessages);
    return html`<section part="card" aria-labelledby="heading" aria-busy=${this.#listStatus.waiting ? 'true' : nothing}>
      <header>
        <h2 id="heading">${text.heading}</h2>
        <label>
          ${text.filter}
          <select part="filter" @change=${this.#onFilter} .value=${this.#filterKey()}>
            ${FILTERS.map((filter) => html`<option value=${filter.key} ?selected=${filter.key === this.#filterKey()}>${text[filter.key]}</option>`)}
            ${this.#filterKey() === MIXED_FILTER
              ? html`<option value=${MIXED_FILTER} selected>${this.types.map((type) => text[type]).join(', ')}</option>`
              : null}
          </select>
        </label>
      </header>
      ${this.#listStatus.render(() => this.#summary())}
      ${this.renderTask(this.ledger, {
        loading: () => html`<span class="visually-hidden">${text.loading}</span>
          <ol aria-hidden="true">
            ${Array.from({ length: Math.min(this.pageSize, 5) }, () => html`<li part="entry"><span class="skeleton line"></span><span class="skeleton line meta-line"></span></li>`)}
          </ol>`,
        ready: ({ viewer }) => this.#renderEntries(viewer.partner.ledger),
      })}
    </section>`;
  }

  #renderEntries(first: Ledger) {
    const text = this.messages(pointsHistoryMessages);
    const locale = this.resolvedLocale;
    const entries = this.more.items(first);
    if (entries.length === 0) return html`<p class="empty">${this.#summary()}</p>`;
    return html`<ol>
        ${repeat(
          entries,
          (entry) => entry.id,
          (entry) => {
            const sign = entry.points >= 0 ? 'credit' : 'debit';
            const source = entry.source.reference && READABLE_REFERENCES.has(entry.source.kind) ? `${text[entry.source.kind]} ${entry.source.reference}` : text[entry.source.kind];
            return html`<li part="entry ${sign}" data-sign=${sign} data-type=${entry.type} data-id=${entry.id} tabindex="-1">
              <span class="reason">${entry.reason}${entry.pending ? html`<span class="tag">${text.pending}</span>` : null}</span>
              <span part="points"><span aria-hidden="true">${formatPoints(locale, entry.points, { signed: true })}</span
                ><span class="visually-hidden">${text.points(formatPoints(locale, entry.points, { signed: true }))}</span></span>
              <span class="meta">
                <time datetime=${entry.createdAt}>${formatDateTime(locale, entry.createdAt)}</time>
                · ${text[entry.type]}${entry.source.kind === 'EXPIRY' ? null : ` · ${source}`}${entry.member ? html` · ${text.by(entry.member.name)}` : null}
                ${entry.pending ? html` · ${text.pendingUntil(formatDate(locale, entry.availableAt))}` : null}
              </span>
            </li>`;
          },
        )}
      </ol>
      ${this.more.renderFooter(this.#summary(), text, (error, retry) => this.renderError(error, retry))}`;
  }

  /** What the history shows, in one sentence: how many entries, or why there are none. */
  #summary(): string {
    const text = this.messages(pointsHistoryMessages);
    const shown = this.more.items().length;
    if (shown) return text.shown(formatNumber(this.resolvedLocale, shown));
    return this.types.length ? text.emptyFiltered : text.empty;
  }

  #filterKey(): string {
    return FILTERS.find((filter) => filter.types.join() === this.types.join())?.key ?? MIXED_FILTER;
  }

  #onFilter(event: Event) {
    const key = (event.target as HTMLSelectElement).value;
    this.types = [...(FILTERS.find((filter) => filter.key === key)?.types ?? [])];
    this.dispatchEvent(new PartnerFilterChangeEvent({ types: [...this.types] }));
  }
}

function parseTypes(value: string | null): LedgerEntryType[] {
  return (value ?? '')
    .split(',')
    .map((type) => type.trim().toUpperCase())
    .filter((type): type is LedgerEntryType => ENTRY_TYPES.has(type));
}
