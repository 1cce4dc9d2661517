import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { PromotionsDocument, VolumeDiscountQuoteDocument, type PromotionsQuery } from '../../generated/graphql.js';
import { formatDate, formatDays, formatDuration, formatMoney, formatNumber, parseMoney, type MoneyValue } from '../../i18n/format.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { Ticker, serverNow } from '../../internal/server-clock.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { commonMessages } from '../../i18n/common.messages.js';
import { promotionsMessages } from './promotions.messages.js';
import { promotionsStyles } from './promotions.styles.js';

type Promotion = PromotionsQuery['promotions'][number];
type Status = 'UPCOMING' | 'ACTIVE' | 'ENDED';

/**
 * @customElement partner-promotions
 *
 * @summary What the partner can gain now and soon: running promotions with a countdown to
 * their end, promotions announced a week ahead with a countdown to their start (both counted
 * from the server's clock, without refetching; one that starts or ends meanwhile moves on its
 * own and is announced politely), the volume-discount ladder with an order-amount field that
 * asks the server what discount the amount earns and how much more reaches the next step, and
 * the perks that unlock with time in the program.
 *
 * @event partner-load - The promotions were shown (first load and each refresh).
 * @event partner-error - The promotions could not be loaded; `detail.code` says why.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart promotion - One promotion; `data-status` holds `ACTIVE` or `UPCOMING`.
 * @csspart badge - A promotion's "Running now" / "Coming soon" label.
 * @csspart countdown - "Ends in …" / "Starts in …".
 * @csspart ladder - The volume-discount steps; a reached step has `data-reached`.
 * @csspart quote - The order-amount field and what it earns.
 * @csspart perks - The tenure perks; an unlocked one has `data-unlocked`.
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - Badges of running promotions and reached steps.
 * @cssproperty --partner-color-positive - Unlocked perks.
 */
export class PartnerPromotions extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, promotionsStyles];

  /** The order amount typed, in minor units; undefined while the field is empty or not an amount. */
  @state() private amount?: number;
  @state() private invalid = false;

  protected readonly promotions = this.query(PromotionsDocument, () => ({}), ['promotions']);

  protected readonly quote = new Task(this, {
    task: ([client, locale, amount], { signal }) =>
      client && amount !== undefined ? client.query(VolumeDiscountQuoteDocument, { amount }, { locale, signal }) : undefined,
    args: () => [this.client, this.resolvedLocale, this.amount] as const,
  });

  /** What each promotion was last shown as: a change while on screen is announced. */
  #shown = new Map<string, Status>();
  #announcement = '';
  #typing?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    new Ticker(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
  }

  protected override render() {
    const text = this.messages(promotionsMessages);
    return html`<section part="card" aria-labelledby="heading">
      <h2 id="heading">${text.heading}</h2>
      ${this.renderTask(this.promotions, {
        loading: () => html`<span class="visually-hidden">${text.loading}</span>
          <div aria-hidden="true">${[1, 2, 3, 4, 5, 6].map(() => html`<span class="skeleton"></span>`)}</div>`,
        ready: (data) => this.#renderReady(data),
      })}
    </section>`;
  }

  #renderReady(data: PromotionsQuery) {
    const text = this.messages(promotionsMessages);
    const locale = this.resolvedLocale;
    const now = serverNow(data);
    const shown: Promotion[] = [];
    for (const promotion of data.promotions) {
      const start = Date.parse(promotion.startsAt);
      const end = Date.parse(promotion.endsAt);
      const status: Status = now >= end ? 'ENDED' : now >= start ? 'ACTIVE' : 'UPCOMING';
      const before = this.#shown.get(promotion.id);
      if (before && before !== status) this.#announcement = (status === 'ENDED' ? text.ended : text.started)(promotion.title);
      this.#shown.set(promotion.id, status);
      if (status !== 'ENDED') shown.push(promotion);
    }
    const { program, viewer } = data;
    const { perks, months } = viewer.partner.tenure;
    const reached = this.invalid ? 0 : (this.quote.value?.volumeDiscountQuote.percent ?? 0);
    const unit = (value: number, unit: string) => formatNumber(locale, value, { style: 'unit', unit, unitDisplay: 'long' });
    return html`<p class="visually-hidden" role="status">${this.#announcement}</p>
      <ul part="promotions">
        ${shown.map((promotion) => {
          const active = this.#shown.get(promotion.id) === 'ACTIVE';
          const { pointsMultiplierPct: multiplier, extraDiscountPct: discount, groups } = promotion;
          const offer = [
            multiplier && multiplier > 100 ? text.points(this.#pct(multiplier - 100)) : '',
            discount ? text.discount(this.#pct(discount)) : '',
            groups.length ? text.on(groups.map((group) => group.name).join(', ')) : text.everything,
            // The end is exclusive: a promotion ending at midnight runs until the day before.
            active ? text.until(formatDate(locale, new Date(Date.parse(promotion.endsAt) - 1))) : '',
          ];
          return html`<li part="promotion" data-id=${promotion.id} data-status=${active ? 'ACTIVE' : 'UPCOMING'}>
            <h3>${promotion.title}</h3>
            <p><span part="badge">${active ? text.ACTIVE : text.UPCOMING}</span> · ${offer.filter(Boolean).join(' ')}</p>
            <p>${promotion.description}</p>
            <p part="countdown">
              ${active
                ? text.endsIn(formatDuration(locale, Date.parse(promotion.endsAt) - now))
                : text.startsIn(formatDuration(locale, Date.parse(promotion.startsAt) - now))}
            </p>
          </li>`;
        })}
      </ul>
      ${shown.length ? null : html`<p>${text.empty}</p>`}
      <h3>${text.ladder}</h3>
      <ol part="ladder">
        ${program.volumeDiscountLadder.map(
          (step) => html`<li ?data-reached=${reached >= step.percent}>${text.step(this.#pct(step.percent), this.#money(step.threshold))}</li>`,
        )}
      </ol>
      <form part="quote" @submit=${this.#onSubmit}>
        <label for="amount">${text.amount(program.currency)}</label>
        <input id="amount" inputmode="decimal" autocomplete="off" aria-invalid=${this.invalid} aria-describedby="result" @input=${this.#onInput} />
        <p id="result" role="status">${this.#quoteText()}</p>
      </form>
      <h3>${months > 0 ? text.perks(unit(months, 'month')) : text.perksAhead}</h3>
      <ul part="perks">
        ${perks.map(
          (perk) => html`<li ?data-unlocked=${perk.unlocked}>${perk.unlocked ? text.unlocked(perk.label) : text.perkIn(perk.label, formatDays(locale, perk.daysLeft))}</li>`,
        )}
      </ul>`;
  }

  #quoteText(): string {
    const text = this.messages(promotionsMessages);
    if (this.invalid) return text.invalid(formatNumber(this.resolvedLocale, 1234.56));
    if (this.quote.status === TaskStatus.ERROR) return this.errorMessage(this.quote.error, this.messages(commonMessages).fallback);
    const quote = this.quote.value?.volumeDiscountQuote;
    if (!quote) return '';
    const next = quote.nextStep && quote.remainingForNext;
    return `${quote.percent ? text.quote(this.#pct(quote.percent), this.#money(quote.discount)) : text.none} ${
      next ? text.more(this.#money(next), this.#pct(quote.nextStep!.percent)) : text.top
    }`;
  }

  #pct(percent: number): string {
    return formatNumber(this.resolvedLocale, percent / 100, { style: 'percent' });
  }

  #money(money: MoneyValue): string {
    return formatMoney(this.resolvedLocale, money, { whole: true });
  }

  #onInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => this.#ask(value), 300);
  };

  /** Enter asks at once. */
  #onSubmit = (event: Event) => {
    event.preventDefault();
    clearTimeout(this.#typing);
    this.#ask(this.renderRoot.querySelector('input')!.value);
  };

  #ask(value: string) {
    const amount = value.trim() ? parseMoney(this.resolvedLocale, value, this.promotions.value?.program.currency ?? 'USD') : undefined;
    this.invalid = amount === undefined && value.trim() !== '';
    this.amount = amount;
  }
}
