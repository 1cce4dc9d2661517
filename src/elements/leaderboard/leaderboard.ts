import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LeaderboardDocument, type LeaderboardQuery } from '../../generated/graphql.js';
import { formatDate, formatDuration, formatMoney, formatNumber } from '../../i18n/format.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { Ticker, serverNow } from '../../internal/server-clock.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { leaderboardMessages } from './leaderboard.messages.js';
import { leaderboardStyles } from './leaderboard.styles.js';

type Challenge = NonNullable<LeaderboardQuery['currentChallenge']>;
type Row = Challenge['leaderboard'][number];

/**
 * @customElement partner-leaderboard
 *
 * @summary The current monthly challenge: what counts, its dates and a countdown to its end
 * (from the server's clock, without refetching), who may take part, the prizes, and the ranking
 * as a table. The member's own row is highlighted, and given below the table when it ranks
 * lower than the rows shown. Other partners appear by name only if they opted in, otherwise
 * under an anonymous label. Says so when no challenge runs or the partner may not take part.
 *
 * @event partner-load - The challenge was shown (first load and each refresh).
 * @event partner-error - The challenge could not be loaded; `detail.code` says why.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart countdown - "Ends in …".
 * @csspart not-eligible - The note shown when the partner may not take part.
 * @csspart prizes - The list of prizes.
 * @csspart table - The ranking table.
 * @csspart row - A row of the ranking (also `row own` for the member's own company).
 * @csspart you - The "You" label in the own row.
 * @csspart own-rank - The own rank below the table, when the own row is not among the rows shown.
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - The countdown and the own row's marker.
 * @cssproperty --partner-color-surface-subtle - The own row's background.
 */
export class PartnerLeaderboard extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, leaderboardStyles];

  /** How many top rows the table shows (1–50). */
  @property({ type: Number }) rows = 10;

  protected readonly challenge = this.query(LeaderboardDocument, () => ({ first: Math.min(Math.max(Math.trunc(this.rows) || 10, 1), 50) }), ['points']);

  constructor() {
    super();
    new Ticker(this);
  }

  protected override render() {
    const text = this.messages(leaderboardMessages);
    return html`<section part="card" aria-labelledby="heading">
      <h2 id="heading">${text.heading}</h2>
      ${this.renderTask(this.challenge, {
        loading: () => html`<span class="visually-hidden">${text.loading}</span>
          <div aria-hidden="true">${[1, 2, 3, 4, 5].map(() => html`<span class="skeleton"></span>`)}</div>`,
        ready: (data) => this.#renderChallenge(data),
      })}
    </section>`;
  }

  #renderChallenge(data: LeaderboardQuery) {
    const text = this.messages(leaderboardMessages);
    const challenge = data.currentChallenge;
    if (!challenge) return html`<p>${text.none}</p>`;
    const locale = this.resolvedLocale;
    const end = Date.parse(challenge.endsAt);
    const left = end - serverNow(data);
    const number = (value: number) => formatNumber(locale, value);
    const score = (row: Row) =>
      challenge.metric === 'ORDER_VOLUME' ? formatMoney(locale, { amountMinor: row.score, currency: data.program.currency }, { whole: true }) : number(row.score);
    const { leaderboard: board, viewerRow: own } = challenge;
    // The end is exclusive: a challenge ending at midnight runs until the day before.
    return html`<h3>${challenge.title}</h3>
      <p>${challenge.description}</p>
      <p>
        ${formatDate(locale, challenge.startsAt)} – ${formatDate(locale, new Date(end - 1))} ·
        <span part="countdown">${left > 0 ? text.endsIn(formatDuration(locale, left)) : text.ended}</span>
      </p>
      <p class="visually-hidden" role="status">${left > 0 ? '' : text.ended}</p>
      <p>${text.openTo(challenge.eligibility)}</p>
      ${challenge.viewerEligible ? null : html`<p part="not-eligible">${text.notEligible}</p>`}
      <ul part="prizes" aria-label=${text.prizes}>
        ${challenge.prizes.map((prize) => html`<li>${text.prize(number(prize.rank), prize.label)}</li>`)}
      </ul>
      <table part="table">
        <caption>${text.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${text.rank}</th>
            <th scope="col">${text.partner}</th>
            <th scope="col">${text[challenge.metric]}</th>
          </tr>
        </thead>
        <tbody>
          ${board.map(
          (row) => html`<tr part=${row.isViewer ? 'row own' : 'row'} aria-current=${row.isViewer || nothing}>
            <td>${number(row.rank)}</td>
            <th scope="row" class=${row.anonymized && !row.isViewer ? 'anonymous' : ''}>
              ${row.displayName}${row.isViewer ? html` <span part="you">(${text.you})</span>` : null}
            </th>
            <td>${score(row)}</td>
          </tr>`,
          )}
        </tbody>
      </table>
      ${own && !board.some((row) => row.isViewer) ? html`<p part="own-rank">${text.yourRank(number(own.rank), score(own))}</p>` : null}`;
  }
}
