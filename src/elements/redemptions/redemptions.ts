import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CancelRedemptionDocument, RedemptionsDocument, type RedemptionStatus, type RedemptionsQuery } from '../../generated/graphql.js';
import { PortalError, isAbortError } from '../../client/errors.js';
import { PartnerRedemptionCancelEvent, PartnerRedemptionCancelledEvent } from '../../events.js';
import { formatDate, formatDateTime, formatNumber, formatPoints } from '../../i18n/format.js';
import { MorePages } from '../../internal/more-pages.js';
import { morePagesStyles } from '../../internal/more-pages.styles.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { renderStatusTimeline } from '../../internal/status-timeline.js';
import { statusTimelineStyles } from '../../internal/status-timeline.styles.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { redemptionsMessages } from './redemptions.messages.js';
import { redemptionsStyles } from './redemptions.styles.js';

type Connection = RedemptionsQuery['viewer']['redemptions'];
type Redemption = Connection['nodes'][number];

/** What a cancel did to one redemption: shown next to it until the list is loaded again. */
type Outcome = { kind: 'cancelled'; points: number } | { kind: 'failed'; error: PortalError };

/** The fulfilment path a redemption takes; a cancelled one stops after "ordered". */
const PATH: readonly RedemptionStatus[] = ['ORDERED', 'SHIPPED', 'DELIVERED'];

/**
 * @customElement partner-redemptions
 *
 * @summary The rewards the partner's members redeemed, newest first: the reward, quantity,
 * points spent, who redeemed it and when, and where it is (ordered → shipped → delivered, or
 * cancelled) with dates. A redemption still `ORDERED` can be cancelled after a confirm step;
 * its points go back to the balance (a `<partner-points-balance>` on the page refreshes).
 *
 * @event partner-load - A page of redemptions was shown (also after each refresh).
 * @event partner-error - The redemptions could not be loaded; `detail.code` says why.
 * @event partner-redemption-cancel - The member confirmed a cancel; sent before the request. Cancelable: `preventDefault()` keeps the redemption. `detail: { id, rewardId, pointsSpent }`.
 * @event partner-redemption-cancelled - A redemption was cancelled. `detail: { id, pointsReturned, available }`.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart item - One redemption (also `item cancelled` when cancelled).
 * @csspart image - The reward's picture.
 * @csspart status - The current status label; `data-status` holds `ORDERED`, `SHIPPED`, `DELIVERED` or `CANCELLED`.
 * @csspart timeline - The fulfilment steps with their dates.
 * @csspart cancel-button - The "Cancel redemption" button.
 * @csspart confirm - The in-place confirm step.
 * @csspart more-button - The "Show more" button.
 * @csspart error - An error message box (loading, or a cancel that failed).
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - Reached steps of the timeline and the buttons.
 * @cssproperty --partner-color-negative - Cancelled status and the confirm button.
 * @cssproperty --partner-color-positive - Delivered status and the "points returned" message.
 * @cssproperty --partner-redemptions-image-size - Edge of the reward picture's box (default 56px).
 */
export class PartnerRedemptions extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, statusTimelineStyles, morePagesStyles, redemptionsStyles];

  /** Redemptions per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Leaves the rewards' pictures out (their box stays): for pages where the catalog's images are not served. */
  @property({ type: Boolean, attribute: 'hide-images' }) hideImages = false;

  /** The redemption whose confirm step is open. */
  @state() private confirming?: string;
  /** The redemption whose cancel request is in flight. */
  @state() private cancelling?: string;
  @state() private outcomes = new Map<string, Outcome>();
  /** Cancelled here: shown so at once, before the list is loaded again. */
  @state() private patched = new Map<string, Pick<Redemption, 'status' | 'history' | 'cancellable'>>();

  protected readonly redemptions = this.query(RedemptionsDocument, () => ({ first: this.pageSize }), ['redemptions']);

  protected readonly more = new MorePages(
    this,
    () => this.redemptions.value?.viewer.redemptions,
    (after, signal) =>
      this.client!
        .query(RedemptionsDocument, { first: this.pageSize, after }, { locale: this.resolvedLocale, signal, topics: ['redemptions'] })
        .then((page) => page.viewer.redemptions),
  );

  protected override render() {
    const text = this.messages(redemptionsMessages);
    return html`<section part="card" aria-labelledby="heading">
      <h2 id="heading">${text.heading}</h2>
      ${this.renderTask(this.redemptions, {
        loading: () => html`<span class="visually-hidden">${text.loading}</span>
          <ol aria-hidden="true">
            ${Array.from(
              { length: Math.min(this.pageSize, 3) },
              () => html`<li part="item" class="placeholder">
                <span class="picture skeleton"></span>
                <span class="body">
                  <span class="skeleton line"></span>
                  <span class="skeleton line short"></span>
                  <span class="skeleton line steps"></span>
                </span>
              </li>`,
            )}
          </ol>`,
        ready: ({ viewer }) => this.#renderList(viewer.redemptions),
      })}
    </section>`;
  }

  #renderList(first: Connection) {
    const text = this.messages(redemptionsMessages);
    const locale = this.resolvedLocale;
    const items = this.more.items(first);
    if (items.length === 0) return html`<p class="empty" role="status">${text.empty}</p>`;
    return html`<ol>
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.#renderItem({ ...item, ...this.patched.get(item.id) }),
        )}
      </ol>
      ${this.more.renderFooter(text.shown(formatNumber(locale, items.length)), text, (error, retry) => this.renderError(error, retry))}`;
  }

  #renderItem(item: Redemption) {
    const text = this.messages(redemptionsMessages);
    const locale = this.resolvedLocale;
    const points = formatPoints(locale, item.pointsSpent);
    const outcome = this.outcomes.get(item.id);
    const { reward } = item;
    return html`<li part="item${item.status === 'CANCELLED' ? ' cancelled' : ''}" data-id=${item.id} data-status=${item.status} tabindex="-1">
      <span class="picture">
        ${reward.imageUrl && !this.hideImages
          ? html`<img part="image" src=${reward.imageUrl} alt="" width=${reward.imageWidth} height=${reward.imageHeight} loading="lazy" decoding="async" @error=${hideBroken} />`
          : null}
      </span>
      <div class="body">
        <div class="title">
          <h3 id="name-${item.id}" class="name">${reward.name}</h3>
          <span part="status" data-status=${item.status}>${text[item.status]}</span>
        </div>
        <p class="facts">
          <span class="quantity">${text.quantity(formatNumber(locale, item.quantity))}</span>
          · <span class="points">${text.points(points)}</span>
        </p>
        <p class="meta">${text.redeemedBy(item.member.name)} · <time datetime=${item.createdAt}>${formatDateTime(locale, item.createdAt)}</time></p>
        ${this.#renderTimeline(item)}
        ${this.#renderActions(item)}
        <div class="outcome" role="status">
          ${outcome?.kind === 'cancelled' ? html`<p class="returned">${text.cancelled(formatPoints(locale, outcome.points))}</p>` : null}
        </div>
        ${outcome?.kind === 'failed'
          ? html`<div class="error" part="error" role="alert"><p>${this.#cancelErrorText(outcome.error)}</p></div>`
          : null}
      </div>
    </li>`;
  }

  #renderTimeline(item: Redemption) {
    const text = this.messages(redemptionsMessages);
    const reached = new Map(item.history.map((change) => [change.status, change.at] as const));
    const ordered = reached.get('ORDERED') ?? item.createdAt;
    const path = item.status === 'CANCELLED' ? (['ORDERED', 'CANCELLED'] as const) : PATH;
    const steps = path.map((status) => ({ status, label: text[status], at: status === 'ORDERED' ? ordered : (reached.get(status) ?? null), ends: status === 'CANCELLED' }));
    return renderStatusTimeline(this.resolvedLocale, { label: text.timeline, notYet: text.notYet }, steps, item.status);
  }

  #renderActions(item: Redemption) {
    if (!item.cancellable) return null;
    const text = this.messages(redemptionsMessages);
    const points = formatPoints(this.resolvedLocale, item.pointsSpent);
    const busy = this.cancelling === item.id;
    if (this.confirming !== item.id && !busy) {
      return html`<div class="actions">
        <button type="button" part="cancel-button" aria-describedby="name-${item.id}" @click=${() => this.#openConfirm(item.id)}>${text.cancel}</button>
      </div>`;
    }
    return html`<div class="actions confirm" part="confirm" role="group" aria-labelledby="question-${item.id}" tabindex="-1" @keydown=${this.#onConfirmKey}>
      <p id="question-${item.id}">${text.confirmQuestion(points)}</p>
      <button type="button" part="confirm-button" class="danger" aria-disabled=${busy ? 'true' : 'false'} @click=${() => void this.#cancel(item)}>
        ${busy ? text.cancelling : text.confirmYes}
      </button>
      <button type="button" part="keep-button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.#closeConfirm(item.id)}>${text.confirmNo}</button>
    </div>`;
  }

  #cancelErrorText(error: PortalError): string {
    const text = this.messages(redemptionsMessages);
    if (error.code === 'INVALID_TRANSITION') return text.tooLate;
    if (error.code === 'NOT_FOUND') return text.notFound;
    return this.errorMessage(error, text.cancelFailed);
  }

  async #openConfirm(id: string) {
    this.confirming = id;
    this.#forget(id);
    await this.updateComplete;
    this.#find(`[part~="confirm"]`, id)?.focus();
  }

  async #closeConfirm(id: string) {
    if (this.cancelling === id) return;
    this.confirming = undefined;
    await this.updateComplete;
    this.#find(`[part~="cancel-button"]`, id)?.focus();
  }

  #onConfirmKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.confirming) return;
    event.stopPropagation();
    void this.#closeConfirm(this.confirming);
  };

  async #cancel(item: Redemption) {
    const client = this.client;
    if (!client || this.cancelling) return;
    const request = new PartnerRedemptionCancelEvent({ id: item.id, rewardId: item.reward.id, pointsSpent: item.pointsSpent });
    if (!this.dispatchEvent(request)) {
      // The host said no: nothing is sent; the redemption stays as it was.
      await this.#closeConfirm(item.id);
      return;
    }
    this.cancelling = item.id;
    try {
      const { cancelRedemption } = await client.mutate(
        CancelRedemptionDocument,
        { input: { redemptionId: item.id } },
        { locale: this.resolvedLocale, affects: ['points', 'ledger', 'redemptions'], optimisticPoints: item.pointsSpent },
      );
      this.patched = new Map(this.patched).set(item.id, cancelRedemption.redemption);
      this.outcomes = new Map(this.outcomes).set(item.id, { kind: 'cancelled', points: item.pointsSpent });
      this.dispatchEvent(new PartnerRedemptionCancelledEvent({ id: item.id, pointsReturned: item.pointsSpent, available: cancelRedemption.points.available }));
    } catch (error) {
      if (isAbortError(error)) return;
      const failure = error instanceof PortalError ? error : new PortalError('INTERNAL_SERVER_ERROR', String(error));
      this.outcomes = new Map(this.outcomes).set(item.id, { kind: 'failed', error: failure });
      // It moved on meanwhile (shipped, or cancelled elsewhere): show where it is now.
      if (failure.code === 'INVALID_TRANSITION') client.invalidate(['redemptions']);
    } finally {
      this.cancelling = undefined;
      this.confirming = undefined;
    }
    // The buttons are gone: focus goes to the redemption itself, where the outcome is read.
    await this.updateComplete;
    this.#find('', item.id)?.focus();
  }

  #forget(id: string) {
    if (!this.outcomes.has(id)) return;
    const outcomes = new Map(this.outcomes);
    outcomes.delete(id);
    this.outcomes = outcomes;
  }

  #find(selector: string, id: string): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] ${selector}`.trim());
  }
}

/** A picture that fails to load leaves its reserved box empty instead of a broken-image icon. */
function hideBroken(event: Event) {
  (event.target as HTMLImageElement).hidden = true;
}
