import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type * as VirtualList from './virtual-list.js';
import { RedeemRewardDocument, RewardCatalogDocument, type RewardCatalogQuery, type RewardSort } from '../../generated/graphql.js';
import { PortalError, isAbortError } from '../../client/errors.js';
import { PartnerFilterChangeEvent, PartnerRedeemEvent, PartnerRedeemedEvent, type RewardFilterDetail } from '../../events.js';
import { commonMessages } from '../../i18n/common.messages.js';
import { formatDate, formatNumber, formatPoints } from '../../i18n/format.js';
import { filteredEmpty } from '../../internal/filtered-empty.js';
import { filteredEmptyStyles } from '../../internal/filtered-empty.styles.js';
import { MorePages } from '../../internal/more-pages.js';
import { morePagesStyles } from '../../internal/more-pages.styles.js';
import { DebouncedSearch } from '../../internal/debounced-search.js';
import { ListStatus } from '../../internal/list-status.js';
import { listStatusStyles } from '../../internal/list-status.styles.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { rewardCatalogMessages } from './reward-catalog.messages.js';
import { rewardCatalogStyles } from './reward-catalog.styles.js';

type Connection = RewardCatalogQuery['rewards'];
type Reward = Connection['nodes'][number];

const SORTS: readonly RewardSort[] = ['POPULARITY', 'POINTS_ASC', 'POINTS_DESC', 'NEWEST'];
/** The properties that change what the catalog shows. */
const FILTERS = ['category', 'affordable', 'myTier', 'seasonal', 'search', 'sort'] as const;
/**
 * From this many rewards on the page, only the rows near the viewport are in the DOM: a catalog
 * of thousands scrolls and renders like one of a dozen. Below it every card is there, so the
 * browser's find-in-page and plain Tab order see them all.
 */
const VIRTUAL_FROM = 60;

/**
 * The virtualizer (6 KB gzip, as much as two widgets) is fetched the first time a catalog gets
 * that long: pages that never show a long catalog never load it.
 */
let virtualList: typeof VirtualList | undefined;
let loadingVirtualList: Promise<unknown> | undefined;
function loadVirtualList(): Promise<unknown> {
  loadingVirtualList ??= import('./virtual-list.js').then(
    (module) => (virtualList = module),
    () => (loadingVirtualList = undefined),
  );
  return loadingVirtualList;
}

/**
 * One redemption attempt: made when the confirm step opens, with the idempotency key every
 * request of this attempt sends (a double click or a retry never spends twice).
 */
interface Attempt {
  reward: Reward;
  key: string;
  /** The balance when the confirm step opened. */
  available: number;
  quantity: number;
  /** What the quantity field holds is not a whole number from 1 to the most allowed (yet). */
  quantityInvalid?: boolean;
  /** Delivery notes for the supplier (an address, a contact person…). */
  note: string;
  phase: 'confirm' | 'busy' | 'failed' | 'done';
  error?: PortalError;
  after?: number;
}

/**
 * @customElement partner-reward-catalog
 *
 * @summary The rewards the partner can spend points on, as a grid or a list: picture, name,
 * cost, stock, the tier that unlocks it and its season. Filters (category, "I can afford now",
 * available at my tier, seasonal), search and sort are reflected in attributes so a host page
 * can deep-link to them. A reward's name (or picture) opens a modal with its details, larger
 * picture and description. "Redeem" opens a confirm dialog with the cost and the balance after;
 * every balance on the page drops at once (back if the redemption fails), then the balance and
 * the redemptions shown on the page are refreshed.
 *
 * @event partner-load - A page of rewards was shown (also after each refresh).
 * @event partner-filter-change - The filters, search or sort changed (by the member, or by the host through the attributes). `detail: { category, affordable, myTier, seasonal, search, sort }`.
 * @event partner-error - The rewards could not be loaded; `detail.code` says why.
 * @event partner-redeem - The member confirmed a redemption; sent before the request. Cancelable: `preventDefault()` vetoes it. `detail: { rewardId, sku, name, costPoints, quantity, note, idempotencyKey }`.
 * @event partner-redeemed - A reward was redeemed. `detail: { redemptionId, reward: { id, sku, name }, pointsSpent, available }`.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart filters - The search, filter and sort controls.
 * @csspart reward - One reward (also `reward unavailable` when it cannot be redeemed now).
 * @csspart image - The reward's picture (also in the detail view).
 * @csspart name-button - A reward's name: opens its detail view.
 * @csspart detail - The detail view (a modal dialog).
 * @csspart cost - The cost in points.
 * @csspart stock - The stock state; `data-stock` holds `IN_STOCK`, `LOW_STOCK` or `OUT_OF_STOCK`.
 * @csspart redeem-button - A reward's "Redeem" button (also in the detail view).
 * @csspart dialog - The confirm dialog.
 * @csspart confirm-button - The dialog's "Redeem now" button.
 * @csspart dismiss-button - The dialogs' "Cancel" / "Close" button.
 * @csspart clear-button - "Clear filters" in the empty state.
 * @csspart more-button - The "Show more" button.
 * @csspart error - An error message box (loading, or a redemption that failed).
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - Costs and the redeem buttons.
 * @cssproperty --partner-color-warning - "Only N left".
 * @cssproperty --partner-color-negative - "Sold out" and errors.
 * @cssproperty --partner-color-positive - The message after a redemption.
 * @cssproperty --partner-reward-catalog-card-min - Smallest width of a card in the grid (default 14rem).
 */
export class PartnerRewardCatalog extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, morePagesStyles, filteredEmptyStyles, listStatusStyles, rewardCatalogStyles];

  /** `grid` (cards) or `list` (rows). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';

  /** Only rewards of this category code. */
  @property({ reflect: true }) category?: string;

  /** Only rewards the partner can afford with the available points. */
  @property({ type: Boolean, reflect: true }) affordable = false;

  /** Only rewards the partner's tier unlocks. */
  @property({ type: Boolean, reflect: true, attribute: 'my-tier' }) myTier = false;

  /** Only seasonal rewards. */
  @property({ type: Boolean, reflect: true }) seasonal = false;

  /** Search text (name and description). */
  @property({ reflect: true }) search?: string;

  /** `POPULARITY` (default), `POINTS_ASC`, `POINTS_DESC` or `NEWEST`. */
  @property({ reflect: true }) sort: RewardSort = 'POPULARITY';

  /** Rewards per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  /** Leaves the rewards' pictures out (their box stays): for pages where the catalog's images are not served. */
  @property({ type: Boolean, attribute: 'hide-images' }) hideImages = false;

  @state() private attempt?: Attempt;
  /** The reward in the detail view. */
  @state() private detail?: Reward;

  /** The confirm dialog (the first; the detail view is `dialog.detail`). */
  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  readonly #searchField = new DebouncedSearch(this, (search) => (this.search = search));
  /** The button that opened the dialog: focus goes back to it. */
  #opener?: string;
  /** The virtualizer has placed its first rows (see #renderVirtual). */
  #virtualPlaced = false;
  /** The first render's filters are where the page started, not a change. */
  /** Cards per row of the virtual grid: the CSS grid of a rendered row decides, see #measureColumns. */
  #columns = 0;
  // Measured in the next frame: re-chunking the rows inside the observer's callback would
  // resize what it observes in the same frame (a "ResizeObserver loop").
  #resized = new ResizeObserver(() => requestAnimationFrame(() => this.#measureColumns()));

  protected readonly catalog = this.query(RewardCatalogDocument, () => this.#variables(), ['rewards', 'points']);
  readonly #listStatus = new ListStatus(this.catalog);

  protected readonly more = new MorePages(
    this,
    () => this.catalog.value?.rewards,
    (after, signal) =>
      this.client!
        .query(RewardCatalogDocument, { ...this.#variables(), after }, { locale: this.resolvedLocale, signal, topics: ['rewards', 'points'] })
        .then((page) => page.rewards),
  );

  #variables() {
    const search = this.search?.trim();
    return {
      first: this.pageSize,
      filter: {
        categoryCode: this.category || undefined,
        affordable: this.affordable || undefined,
        availableAtMyTier: this.myTier || undefined,
        seasonal: this.seasonal || undefined,
      },
      search: search || undefined,
      sort: SORTS.includes(this.sort) ? this.sort : 'POPULARITY',
    };
  }

  get #filtered(): boolean {
    return Boolean(this.category || this.affordable || this.myTier || this.seasonal || this.search?.trim());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resized.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resized.disconnect();
  }

  /** What the catalog shows, in one sentence: how many rewards, or why there are none. */
  #summary(): string {
    const text = this.messages(rewardCatalogMessages);
    const { rewards } = this.catalog.value!;
    if (rewards.nodes.length) return text.count(formatNumber(this.resolvedLocale, rewards.totalCount));
    return this.#filtered ? text.noMatch : text.empty;
  }

  // After the first render: filters set by the host's attributes at the start are no change.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || !FILTERS.some((name) => changed.has(name))) return;
    this.#listStatus.changed();
    const { category, affordable, myTier, seasonal, search, sort } = this;
    this.dispatchEvent(new PartnerFilterChangeEvent<RewardFilterDetail>({ category: category ?? null, affordable, myTier, seasonal, search: search ?? null, sort }));
  }

  protected override updated(): void {
    if (this.renderRoot.querySelector('.virtual')) requestAnimationFrame(() => this.#measureColumns());
  }

  /**
   * The virtual grid lays out rows, and each row is a CSS grid with the catalog's card width:
   * the number of tracks the browser gives a row is the number of cards to put in each.
   */
  #measureColumns(): void {
    const row = this.renderRoot.querySelector<HTMLElement>('.virtual .row');
    const columns = row ? getComputedStyle(row).gridTemplateColumns.split(' ').length : 0;
    if (row && columns !== this.#columns) {
      this.#columns = columns;
      this.requestUpdate();
    }
  }

  protected override render() {
    const text = this.messages(rewardCatalogMessages);
    return html`<section part="card" aria-labelledby="heading" aria-busy=${this.#listStatus.waiting ? 'true' : nothing}>
        <h2 id="heading">${text.heading}</h2>
        ${this.#renderFilters()}
        ${this.#listStatus.render(() => this.#summary())}
        ${this.renderTask(this.catalog, {
          loading: () => html`<span class="visually-hidden">${text.loading}</span>
            <ul class="rewards" aria-hidden="true">
              ${Array.from(
                { length: Math.min(this.pageSize, 6) },
                () => html`<li part="reward" class="placeholder">
                  <span class="skeleton block"></span>
                  <span class="skeleton line"></span>
                  <span class="skeleton line short"></span>
                  <span class="skeleton line short"></span>
                </li>`,
              )}
            </ul>`,
          ready: (data) => this.#renderList(data),
        })}
      </section>
      ${this.#renderDialog()} ${this.#renderDetail()}`;
  }

  #renderFilters() {
    const text = this.messages(rewardCatalogMessages);
    const categories = this.catalog.value?.rewardCategories ?? [];
    const known = categories.some((category) => category.code === this.category);
    return html`<form part="filters" role="search" aria-label=${text.filters} @submit=${(event: Event) => event.preventDefault()}>
      <label class="field"
        >${text.search}
        <input type="search" name="search" .value=${this.search ?? ''} @input=${this.#searchField.onInput} @keydown=${this.#searchField.onKeydown} />
      </label>
      <label class="field"
        >${text.category}
        <select name="category" @change=${(event: Event) => (this.category = (event.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!this.category}>${text.allCategories}</option>
          ${categories.map((category) => html`<option value=${category.code} ?selected=${category.code === this.category}>${category.name}</option>`)}
          ${this.category && !known ? html`<option value=${this.category} selected>${this.category}</option>` : null}
        </select>
      </label>
      <label class="field"
        >${text.sort}
        <select name="sort" @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as RewardSort)}>
          ${SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.sort}>${text[sort]}</option>`)}
        </select>
      </label>
      <label><input type="checkbox" name="affordable" .checked=${this.affordable} @change=${(event: Event) => (this.affordable = (event.target as HTMLInputElement).checked)} />${text.affordable}</label>
      <label><input type="checkbox" name="my-tier" .checked=${this.myTier} @change=${(event: Event) => (this.myTier = (event.target as HTMLInputElement).checked)} />${text.myTier}</label>
      <label><input type="checkbox" name="seasonal" .checked=${this.seasonal} @change=${(event: Event) => (this.seasonal = (event.target as HTMLInputElement).checked)} />${text.seasonal}</label>
    </form>`;
  }

  #clearFilters = async () => {
    this.#searchField.cancel();
    this.category = undefined;
    this.affordable = false;
    this.myTier = false;
    this.seasonal = false;
    this.search = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  };

  #renderList({ rewards: first }: RewardCatalogQuery) {
    const text = this.messages(rewardCatalogMessages);
    const locale = this.resolvedLocale;
    const items = this.more.items(first);
    if (items.length === 0) {
      return filteredEmpty(this.#filtered, this.#summary(), this.messages(commonMessages).clearFilters, this.#clearFilters);
    }
    const long = items.length >= VIRTUAL_FROM;
    // A virtual list that (re)appears starts with its first rows drawn plainly.
    if (!long || !virtualList) this.#virtualPlaced = false;
    // Until the virtualizer is here, the first rewards are shown as they are: the DOM stays small.
    if (long && !virtualList) void loadVirtualList().then(() => this.requestUpdate());
    return html`${!long || !virtualList
        ? html`<ul class="rewards">
            ${repeat(
              items.slice(0, VIRTUAL_FROM),
              (item) => item.id,
              (item) => html`<li part="reward${item.eligibility.redeemable ? '' : ' unavailable'}" data-id=${item.id} data-sku=${item.sku} tabindex="-1">${this.#renderReward(item)}</li>`,
            )}
          </ul>`
        : this.#renderVirtual(items, virtualList)}
      ${this.more.renderFooter(this.#summary(), text, (error, retry) => this.renderError(error, retry))}`;
  }

  /**
   * Rows of cards, only those near the viewport in the DOM (see VIRTUAL_FROM). The virtualizer
   * places its first rows after it has measured its box, a frame later; until then the first
   * two rows are drawn as they are, inert and hidden from assistive technology, in the same grid
   * cell, so the rewards show at once and nothing moves when the virtual rows take their place.
   */
  #renderVirtual(items: Reward[], { virtualize, flow }: typeof VirtualList) {
    // Before a row was measured: the CSS grid's own arithmetic for the default card width and gap.
    const columns = this.layout === 'list' ? 1 : this.#columns || Math.max(1, Math.floor((this.clientWidth + 12) / (224 + 12)));
    const rows: Reward[][] = [];
    for (let i = 0; i < items.length; i += columns) rows.push(items.slice(i, i + columns));
    const card = (item: Reward) =>
      html`<div role="listitem" part="reward${item.eligibility.redeemable ? '' : ' unavailable'}" data-id=${item.id} data-sku=${item.sku} tabindex="-1">${this.#renderReward(item)}</div>`;
    return html`<div class="long">
      ${this.#virtualPlaced ? nothing : html`<div class="first-rows" aria-hidden="true" inert>${rows.slice(0, 2).map((row) => html`<div class="row">${row.map(card)}</div>`)}</div>`}
      <div class="rewards virtual" role="list" @rangeChanged=${this.#onVirtualPlaced}>
        ${virtualize({
          items: rows,
          layout: flow(),
          keyFunction: (row) => row[0].id,
          renderItem: (row) => html`<div class="row" role="none">${row.map(card)}</div>`,
        })}
      </div>
    </div>`;
  }

  #onVirtualPlaced = () => {
    if (this.#virtualPlaced) return;
    this.#virtualPlaced = true;
    this.requestUpdate();
  };

  #renderReward(reward: Reward) {
    return html`<span class="picture" @click=${() => void this.#show(reward)}>${this.#image(reward, 'lazy')}</span>
      <h3 id="name-${reward.id}"><button type="button" part="name-button" @click=${() => void this.#show(reward)}>${reward.name}</button></h3>
      ${this.#facts(reward)}`;
  }

  #image(reward: Reward, loading: 'lazy' | 'eager') {
    return reward.imageUrl && !this.hideImages
      ? html`<img part="image" src=${reward.imageUrl} alt=${reward.imageAlt} width=${reward.imageWidth} height=${reward.imageHeight} loading=${loading} decoding="async" @error=${hideBroken} />`
      : null;
  }

  /** Cost, stock, tier gate, season and "Redeem" (or why not): on the card and in the detail view. */
  #facts(reward: Reward) {
    const text = this.messages(rewardCatalogMessages);
    const { eligibility } = reward;
    return html`<span part="cost">${text.cost(formatPoints(this.resolvedLocale, reward.costPoints))}</span>
      <ul class="facts">
        <li part="stock" data-stock=${reward.stockState}>${this.#stockText(reward)}</li>
        ${reward.requiredTier ? html`<li class="tier" data-tier=${reward.requiredTier.code}>${text.tierGate(reward.requiredTier.name)}</li>` : null}
        ${reward.seasonal || reward.availableFrom || reward.availableUntil ? html`<li class="season">${this.#seasonText(reward)}</li>` : null}
      </ul>
      ${eligibility.redeemable
        ? html`<button type="button" part="redeem-button" class="primary" aria-label=${text.redeemLabel(reward.name)} @click=${() => void this.#open(reward)}>${text.redeem}</button>`
        : this.#whyText(reward) && html`<p class="why" data-reason=${eligibility.reason ?? nothing}>${this.#whyText(reward)}</p>`}`;
  }

  #renderDetail() {
    // The reward as the latest answer has it: stock and eligibility change while the view is open.
    const reward = this.detail && (this.more.items().find((item) => item.id === this.detail!.id) ?? this.detail);
    return html`<dialog part="detail" class="detail" aria-labelledby="detail-title" @close=${this.#onDetailClose}>
      ${reward
        ? html`<span class="picture">${this.#image(reward, 'eager')}</span>
            <h2 id="detail-title">${reward.name}</h2>
            <p class="description">${reward.description}</p>
            ${this.#facts(reward)}
            <div class="actions">
              <button type="button" part="dismiss-button" @click=${() => this.#detailDialog?.close()}>${this.messages(rewardCatalogMessages).close}</button>
            </div>`
        : null}
    </dialog>`;
  }

  get #detailDialog() {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
  }

  async #show(reward: Reward) {
    this.#opener = reward.id;
    this.detail = reward;
    await this.updateComplete;
    const dialog = this.#detailDialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Focus back on the reward's name, unless "Redeem" in the detail view moved on to the confirm step. */
  #onDetailClose = async () => {
    this.detail = undefined;
    await this.updateComplete;
    if (!this.attempt && this.#opener) this.shadowRoot?.querySelector<HTMLElement>(`[data-id="${CSS.escape(this.#opener)}"] [part~="name-button"]`)?.focus();
  };

  #stockText(reward: Reward): string {
    const text = this.messages(rewardCatalogMessages);
    if (reward.stockState === 'LOW_STOCK') return text.LOW_STOCK(formatNumber(this.resolvedLocale, reward.stock ?? 0));
    return reward.stockState === 'OUT_OF_STOCK' ? text.OUT_OF_STOCK : text.IN_STOCK;
  }

  #seasonText(reward: Reward): string {
    const text = this.messages(rewardCatalogMessages);
    const locale = this.resolvedLocale;
    const from = reward.availableFrom ? formatDate(locale, reward.availableFrom) : undefined;
    const until = reward.availableUntil ? formatDate(locale, reward.availableUntil) : undefined;
    if (from && until) return text.seasonBoth(from, until);
    if (from) return text.seasonFrom(from);
    if (until) return text.seasonUntil(until);
    return text.seasonal;
  }

  /** Why a reward cannot be redeemed now, when its facts (sold out, tier) do not say so already. */
  #whyText(reward: Reward): string | null {
    const text = this.messages(rewardCatalogMessages);
    switch (reward.eligibility.reason) {
      case 'INSUFFICIENT_POINTS':
        return text.shortBy(formatPoints(this.resolvedLocale, reward.eligibility.shortByPoints));
      case 'OUT_OF_STOCK':
      case 'TIER_REQUIRED':
        return null;
      default:
        return text.notAvailable;
    }
  }

  #renderDialog() {
    const attempt = this.attempt;
    const text = this.messages(rewardCatalogMessages);
    const locale = this.resolvedLocale;
    const busy = attempt?.phase === 'busy';
    return html`<dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-reward" @cancel=${this.#onDialogCancel} @close=${this.#onDialogClose}>
      ${attempt
        ? html`<h2 id="dialog-title">${attempt.phase === 'done' ? text.doneTitle : text.confirmTitle}</h2>
            <p id="dialog-reward">${attempt.reward.name}</p>
            ${attempt.phase === 'done'
              ? null
              : html`${this.#renderOrder(attempt)}
                  <dl>
                    <dt>${text.confirmCost}</dt>
                    <dd class="cost">${text.points(formatPoints(locale, attempt.reward.costPoints * attempt.quantity))}</dd>
                    <dt>${text.confirmBalance}</dt>
                    <dd class="balance">${text.points(formatPoints(locale, attempt.available))}</dd>
                    <dt>${text.confirmAfter}</dt>
                    <dd class="after">${text.points(formatPoints(locale, attempt.available - attempt.reward.costPoints * attempt.quantity))}</dd>
                  </dl>`}
            <div role="status" class="outcome">
              ${attempt.phase === 'done' ? html`<p class="success">${text.done(attempt.reward.name, formatPoints(locale, attempt.after ?? 0))}</p>` : null}
            </div>
            ${attempt.phase === 'failed' && attempt.error
              ? html`<div class="error" part="error" role="alert"><p>${this.#redeemErrorText(attempt.error, attempt.reward)}</p></div>`
              : null}
            <div class="actions">
              ${attempt.phase === 'done'
                ? html`<button type="button" part="dismiss-button" autofocus @click=${this.#close}>${text.close}</button>`
                : html`<button type="button" part="dismiss-button" ?autofocus=${!this.#retryable(attempt)} aria-disabled=${busy ? 'true' : 'false'} @click=${this.#close}>
                      ${text.confirmNo}
                    </button>
                    ${this.#retryable(attempt)
                      ? html`<button
                          type="button"
                          part="confirm-button"
                          class="primary"
                          autofocus
                          aria-disabled=${busy || attempt.quantityInvalid ? 'true' : 'false'}
                          @click=${() => void this.#redeem()}
                        >
                          ${busy ? text.redeeming : attempt.phase === 'failed' ? text.retryRedeem : text.confirmYes}
                        </button>`
                      : null}`}
            </div>`
        : null}
    </dialog>`;
  }

  /**
   * How many and the delivery note. Fixed once the request left: a retry must send the same
   * order under the same key, or an answer lost on the way could become a second redemption.
   */
  #renderOrder(attempt: Attempt) {
    const text = this.messages(rewardCatalogMessages);
    const most = this.#quantityLimit();
    const locked = attempt.phase !== 'confirm';
    return html`<div class="order">
      ${most > 1
        ? html`<label class="field"
              >${text.quantity}
              <input
                type="number"
                name="quantity"
                min="1"
                max=${most}
                .value=${String(attempt.quantity)}
                ?disabled=${locked}
                aria-invalid=${attempt.quantityInvalid ? 'true' : 'false'}
                aria-describedby="quantity-hint"
                @input=${this.#onQuantityInput}
            /></label>
            <p id="quantity-hint" class="hint">${text.quantityHint(formatNumber(this.resolvedLocale, most))}</p>`
        : null}
      <label class="field"
        >${text.note}
        <textarea name="note" rows="2" maxlength="500" .value=${attempt.note} ?disabled=${locked} @input=${(event: Event) => (attempt.note = (event.target as HTMLTextAreaElement).value)}></textarea>
      </label>
    </div>`;
  }

  /** The server's answer for this reward: its limit per redemption, the stock and the points. */
  #quantityLimit(): number {
    return Math.max(1, this.attempt?.reward.eligibility.maxQuantity ?? 1);
  }

  /**
   * Cost and balance after follow each keystroke. What is not a quantity from 1 to the most stays
   * in the field, flagged, and "Redeem now" won't send it: never correct it silently, or the
   * member would spend points on a quantity they never saw.
   */
  #onQuantityInput = (event: Event) => {
    if (!this.attempt) return;
    const input = event.target as HTMLInputElement;
    const quantity = Number(input.value);
    this.attempt =
      input.value !== '' && Number.isInteger(quantity) && quantity >= 1 && quantity <= this.#quantityLimit()
        ? { ...this.attempt, quantity, quantityInvalid: false }
        : { ...this.attempt, quantityInvalid: true };
  };

  /** A refusal by the rules (points, stock, tier, season) is final; a failed connection is worth another try. */
  #retryable(attempt: Attempt): boolean {
    if (attempt.phase !== 'failed' || !attempt.error) return true;
    return !['INSUFFICIENT_POINTS', 'OUT_OF_STOCK', 'TIER_REQUIRED', 'NOT_AVAILABLE', 'IDEMPOTENCY_CONFLICT', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(attempt.error.code) && !attempt.error.isTokenExpired;
  }

  #redeemErrorText(error: PortalError, reward: Reward): string {
    const text = this.messages(rewardCatalogMessages);
    const locale = this.resolvedLocale;
    switch (error.code) {
      case 'INSUFFICIENT_POINTS': {
        const shortBy = Number(error.extensions.shortBy ?? reward.eligibility.shortByPoints);
        return text.INSUFFICIENT_POINTS(formatPoints(locale, shortBy));
      }
      case 'OUT_OF_STOCK':
        return text.OUT_OF_STOCK_ERROR;
      case 'TIER_REQUIRED': {
        // The gate may have been raised after the catalog loaded: the refreshed catalog names the tier.
        const fresh = this.more.items().find((item) => item.id === reward.id);
        return text.TIER_REQUIRED(fresh?.requiredTier?.name ?? reward.requiredTier?.name ?? String(error.extensions.requiredTier ?? ''));
      }
      case 'NOT_AVAILABLE':
        return text.NOT_AVAILABLE;
    }
    return this.errorMessage(error, text.redeemFailed);
  }

  async #open(reward: Reward) {
    this.#detailDialog?.close();
    const available = this.catalog.value?.viewer.partner.points.available ?? 0;
    this.#opener = reward.id;
    this.attempt = { reward, key: crypto.randomUUID(), available, quantity: 1, note: '', phase: 'confirm' };
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
    this.dialog?.querySelector<HTMLElement>('[autofocus]')?.focus();
  }

  #close = () => {
    if (this.attempt?.phase === 'busy') return;
    this.dialog?.close();
  };

  /** Escape while the request is in flight keeps the dialog: its answer is shown there. */
  #onDialogCancel = (event: Event) => {
    if (this.attempt?.phase === 'busy') event.preventDefault();
  };

  #onDialogClose = async () => {
    this.attempt = undefined;
    await this.updateComplete;
    const id = this.#opener;
    if (!id) return;
    const item = this.shadowRoot?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    (item?.querySelector<HTMLElement>('[part~="redeem-button"]') ?? item)?.focus();
  };

  async #redeem() {
    const client = this.client;
    const attempt = this.attempt;
    if (!client || !attempt || attempt.phase === 'busy' || attempt.phase === 'done') return;
    if (attempt.quantityInvalid) {
      this.dialog?.querySelector<HTMLInputElement>('input[name="quantity"]')?.focus();
      return;
    }
    const { reward, key, quantity } = attempt;
    const note = attempt.note.trim() || null;
    const request = new PartnerRedeemEvent({ rewardId: reward.id, sku: reward.sku, name: reward.name, costPoints: reward.costPoints, quantity, note, idempotencyKey: key });
    if (!this.dispatchEvent(request)) {
      // The host said no: nothing is sent, no points are spent.
      this.dialog?.close();
      return;
    }
    this.attempt = { ...attempt, phase: 'busy', error: undefined };
    try {
      const { redeemReward } = await client.mutate(
        RedeemRewardDocument,
        { input: { rewardId: reward.id, quantity, note, idempotencyKey: key } },
        { locale: this.resolvedLocale, affects: ['points', 'ledger', 'rewards', 'redemptions'], optimisticPoints: -reward.costPoints * quantity },
      );
      if (this.attempt?.key !== key) return;
      this.attempt = { ...this.attempt, phase: 'done', after: redeemReward.points.available };
      this.dispatchEvent(
        new PartnerRedeemedEvent({
          redemptionId: redeemReward.redemption.id,
          reward: { id: reward.id, sku: reward.sku, name: reward.name },
          pointsSpent: redeemReward.redemption.pointsSpent,
          available: redeemReward.points.available,
        }),
      );
    } catch (error) {
      if (this.attempt?.key !== key) return;
      if (isAbortError(error)) {
        this.attempt = { ...this.attempt, phase: 'confirm' };
        return;
      }
      const failure = error instanceof PortalError ? error : new PortalError('INTERNAL_SERVER_ERROR', String(error));
      this.attempt = { ...this.attempt, phase: 'failed', error: failure };
      // The catalog was out of date (points spent elsewhere, sold out, season over): show it as it is now.
      if (['INSUFFICIENT_POINTS', 'OUT_OF_STOCK', 'TIER_REQUIRED', 'NOT_AVAILABLE'].includes(failure.code)) client.invalidate(['rewards', 'points']);
    }
    await this.updateComplete;
    this.dialog?.querySelector<HTMLElement>('[autofocus]')?.focus();
  }
}

/** A picture that fails to load leaves its reserved box empty instead of a broken-image icon. */
function hideBroken(event: Event) {
  (event.target as HTMLImageElement).hidden = true;
}
