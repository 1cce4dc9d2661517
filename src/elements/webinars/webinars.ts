import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { MoreWebinarsDocument, RegisterWebinarDocument, UnregisterWebinarDocument, WebinarsDocument, type WebinarsQuery } from '../../generated/graphql.js';
import { PortalError } from '../../client/errors.js';
import { PartnerWebinarRegisterEvent, PartnerWebinarRegisteredEvent } from '../../events.js';
import { formatDateTime, formatDuration, formatNumber } from '../../i18n/format.js';
import { MorePages } from '../../internal/more-pages.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { Ticker, serverNow } from '../../internal/server-clock.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { buildIcs } from './ics.js';
import { webinarsMessages } from './webinars.messages.js';
import { webinarsStyles } from './webinars.styles.js';

type List = 'upcoming' | 'past';
type Connection = WebinarsQuery[List];
type Webinar = Connection['nodes'][number];
type Patch = Partial<Pick<Webinar, 'registered' | 'seatsLeft' | 'joinUrl'>>;
/** What the last register/unregister did to one webinar: shown next to it. */
type Outcome = 'registered' | 'didUnregister' | PortalError;

/** Server addresses are http(s) (or the demo's own paths): anything else never becomes a link. */
const safe = (url: string | null): url is string => !!url && /^(https?:|\/)/i.test(url);

/**
 * @customElement partner-webinars
 *
 * @summary The program's webinars: upcoming ones with their date and time in the reader's
 * locale and time zone, duration, presenter, seats left and a countdown on the server's clock
 * ("Starts in 2 days", "Live now"); Register, and Unregister after a confirm step, within the seat
 * limit (a seat someone else took meanwhile is explained in place); for registered members the
 * join link and an "Add to calendar" .ics file made in the browser. Past webinars with their
 * recording.
 *
 * @event partner-load - The webinars were shown (first load and each refresh).
 * @event partner-error - The webinars could not be loaded; `detail.code` says why.
 * @event partner-webinar-register - The member asked to register, or confirmed unregistering; sent before the request. Cancelable: `preventDefault()` vetoes it. `detail: { webinarId, action: 'register' | 'unregister' }`.
 * @event partner-webinar-registered - The registration changed. `detail: { webinarId, registered }`.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart webinar - One webinar; `data-id` holds its id.
 * @csspart countdown - "Starts in …", "Live now" (with `data-live`) or "Ended".
 * @csspart seats - "3 seats left" or "Full" (`data-full`).
 * @csspart registered - The "You're registered" label.
 * @csspart register-button - The "Register" button.
 * @csspart unregister-button - The "Unregister" button.
 * @csspart confirm - The in-place confirm step of unregistering.
 * @csspart confirm-button - "Yes, unregister".
 * @csspart keep-button - "Keep my seat".
 * @csspart join-link - The link to join a webinar the member is registered for.
 * @csspart calendar-link - "Add to calendar": downloads the webinar as an .ics file.
 * @csspart recording-link - A past webinar's recording.
 * @csspart more-button - A list's "Show more" button.
 * @csspart error - An error message box (loading, or a registration that failed).
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - Buttons and links.
 * @cssproperty --partner-color-text-muted - Date, duration and presenter; an empty list's message.
 * @cssproperty --partner-color-surface-subtle - The unregister confirm step's background.
 */
export class PartnerWebinars extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, webinarsStyles];

  /** Webinars per list and page; "Show more" loads the next page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** The webinar whose unregister confirm step is open. */
  @state() private confirming?: string;
  /** The webinar whose registration request is in flight. */
  @state() private busy?: string;

  protected readonly webinars = this.query(WebinarsDocument, () => ({ first: this.pageSize }), ['training']);
  protected readonly upcomingPages = this.#pages('upcoming');
  protected readonly pastPages = this.#pages('past');

  /** Changes this widget made or learned of, shown at once over the answer they were made on. */
  #patches = new Map<string, Patch>();
  #patchesFor?: WebinarsQuery;
  #outcomes = new Map<string, Outcome>();
  /** Each webinar's .ics file and its blob: URL, made anew only when the file changes. */
  #calendars = new Map<string, [ics: string, url: string]>();

  constructor() {
    super();
    new Ticker(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const [, url] of this.#calendars.values()) URL.revokeObjectURL(url);
    this.#calendars.clear();
  }

  #pages(list: List) {
    return new MorePages(
      this,
      () => this.webinars.value?.[list],
      (after, signal) =>
        this.client!
          .query(MoreWebinarsDocument, { when: list === 'past' ? 'PAST' : 'UPCOMING', first: this.pageSize, after }, { locale: this.resolvedLocale, signal, topics: ['training'] })
          .then((page) => page.webinars),
    );
  }

  protected override render() {
    const text = this.messages(webinarsMessages);
    return html`<section part="card" aria-labelledby="heading">
      <h2 id="heading">${text.heading}</h2>
      ${this.renderTask(this.webinars, {
        loading: () => html`<span class="visually-hidden">${text.loading}</span>
          <ul aria-hidden="true">
            ${[1, 2, 3].map(() => html`<li part="webinar"><span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span></li>`)}
          </ul>`,
        ready: (data) => {
          // A new answer is the truth: what was patched over the last one is in it (or overtaken).
          if (data !== this.#patchesFor) this.#patches.clear();
          this.#patchesFor = data;
          return html`${this.#renderList(data, 'upcoming', this.upcomingPages)}${this.#renderList(data, 'past', this.pastPages)}`;
        },
      })}
    </section>`;
  }

  #renderList(data: WebinarsQuery, list: List, pages: MorePages<Webinar>) {
    const text = this.messages(webinarsMessages);
    const items = pages.items(data[list]);
    return html`<h3>${text[list]}</h3>
      ${items.length
        ? html`<ul>
            ${repeat(
              items,
              (webinar) => webinar.id,
              (webinar) => this.#renderItem({ ...webinar, ...this.#patches.get(webinar.id) }, list, data),
            )}
          </ul>`
        : html`<p class="empty">${list === 'past' ? text.noPast : text.noUpcoming}</p>`}
      ${pages.renderControls(text, (error, retry) => this.renderError(error, retry))}`;
  }

  #renderItem(webinar: Webinar, list: List, data: WebinarsQuery) {
    const text = this.messages(webinarsMessages);
    const locale = this.resolvedLocale;
    const { id } = webinar;
    const outcome = this.#outcomes.get(id);
    return html`<li part="webinar" data-id=${id} tabindex="-1">
      <h4 id="t-${id}">${webinar.title}</h4>
      <p class="meta">
        <time datetime=${webinar.startsAt}>${formatDateTime(locale, webinar.startsAt)}</time> · ${formatDuration(locale, webinar.durationMinutes * 60_000)}
        <br />${text.presenter(webinar.presenter)}
      </p>
      <p>${webinar.description}</p>
      ${list === 'past'
        ? safe(webinar.recordingUrl)
          ? html`<p><a part="recording-link" href=${webinar.recordingUrl} aria-describedby="t-${id}">${text.recording}</a></p>`
          : null
        : this.#renderUpcoming(webinar, data)}
      <p class="visually-hidden" role="status">${typeof outcome === 'string' ? text[outcome] : ''}</p>
      ${outcome instanceof PortalError
        ? html`<div class="error" part="error" role="alert">
            <p>${outcome.code === 'WEBINAR_FULL' || outcome.code === 'NOT_AVAILABLE' ? text[outcome.code] : this.errorMessage(outcome, text.failed)}</p>
          </div>`
        : null}
    </li>`;
  }

  #renderUpcoming(webinar: Webinar, data: WebinarsQuery) {
    const text = this.messages(webinarsMessages);
    const locale = this.resolvedLocale;
    const { id, registered, seatsLeft, joinUrl } = webinar;
    const now = serverNow(data);
    const start = Date.parse(webinar.startsAt);
    const over = now >= Date.parse(webinar.endsAt);
    const busy = this.busy === id;
    return html`<p class="state">
        <span part="countdown" ?data-live=${now >= start && !over}>
          ${over ? text.ended : now >= start ? text.live : text.startsIn(formatDuration(locale, start - now))}</span
        >
        · <span part="seats" ?data-full=${!seatsLeft}>${seatsLeft === 1 ? text.lastSeat : seatsLeft ? text.seatsLeft(formatNumber(locale, seatsLeft)) : text.full}</span>
        ${registered && !busy ? html`· <strong part="registered">${text.registered}</strong>` : null}
      </p>
      ${over
        ? null
        : this.confirming === id
          ? html`<div class="actions confirm" part="confirm" role="group" aria-labelledby="q-${id} t-${id}" tabindex="-1" @keydown=${this.#onConfirmKey}>
              <p id="q-${id}">${text.confirmQuestion}</p>
              <button type="button" part="confirm-button" aria-disabled=${busy} @click=${() => this.#change(webinar, false)}>
                ${busy ? text.unregistering : text.confirmYes}
              </button>
              <button type="button" part="keep-button" aria-disabled=${busy} @click=${() => this.#closeConfirm(id)}>${text.confirmNo}</button>
            </div>`
          : registered || seatsLeft
            ? html`<div class="actions">
                <button
                  type="button"
                  part=${registered ? 'unregister-button' : 'register-button'}
                  aria-describedby="t-${id}"
                  aria-disabled=${busy}
                  @click=${() => (registered ? this.#openConfirm(id) : this.#change(webinar, true))}
                >
                  ${busy ? text.registering : registered ? text.unregister : text.register}
                </button>
                ${registered && safe(joinUrl) && !busy
                  ? html`<a part="join-link" href=${joinUrl} aria-describedby="t-${id}">${text.join}</a>
                      <a part="calendar-link" href=${this.#calendarUrl(webinar, joinUrl, data.serverTime)} download="${webinar.title}.ics" aria-describedby="t-${id}"
                        >${text.calendar}</a
                      >`
                  : null}
              </div>`
            : null}`;
  }

  #calendarUrl(webinar: Webinar, joinUrl: string, stamp: string): string {
    const text = this.messages(webinarsMessages);
    const ics = buildIcs({
      uid: `${webinar.id}@partner-portal`,
      start: webinar.startsAt,
      end: webinar.endsAt,
      stamp,
      summary: webinar.title,
      description: `${webinar.description}\n\n${text.presenter(webinar.presenter)}\n${text.join}: ${joinUrl}`,
      url: joinUrl,
    });
    let entry = this.#calendars.get(webinar.id);
    if (entry?.[0] !== ics) {
      if (entry) URL.revokeObjectURL(entry[1]);
      this.#calendars.set(webinar.id, (entry = [ics, URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }))]));
    }
    return entry[1];
  }

  async #openConfirm(id: string) {
    if (this.busy) return;
    this.#outcomes.delete(id);
    this.confirming = id;
    await this.updateComplete;
    this.#find(id, '[part~="confirm"]')?.focus();
  }

  async #closeConfirm(id: string) {
    if (this.busy) return;
    this.confirming = undefined;
    await this.updateComplete;
    this.#find(id, '[part~="unregister-button"]')?.focus();
  }

  #onConfirmKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.confirming) return;
    event.stopPropagation();
    void this.#closeConfirm(this.confirming);
  };

  async #change(webinar: Webinar, register: boolean) {
    const client = this.client;
    const { id } = webinar;
    if (!client || this.busy) return;
    if (!this.dispatchEvent(new PartnerWebinarRegisterEvent({ webinarId: id, action: register ? 'register' : 'unregister' }))) {
      // The host said no: nothing is sent.
      if (!register) void this.#closeConfirm(id);
      return;
    }
    this.#outcomes.delete(id);
    // Registering looks done at once (the seat counted as taken); the server's answer or its
    // refusal follows. Giving up a seat waits for the server.
    if (register) this.#patches.set(id, { registered: true, seatsLeft: Math.max(0, webinar.seatsLeft - 1) });
    this.busy = id;
    const options = { locale: this.resolvedLocale, affects: ['training'] as const };
    const variables = { input: { webinarId: id } };
    let outcome: Outcome;
    try {
      const answer = register
        ? (await client.mutate(RegisterWebinarDocument, variables, options)).registerWebinar
        : (await client.mutate(UnregisterWebinarDocument, variables, options)).unregisterWebinar;
      this.#patches.set(id, answer);
      outcome = register ? 'registered' : 'didUnregister';
      this.dispatchEvent(new PartnerWebinarRegisteredEvent({ webinarId: id, registered: answer.registered }));
    } catch (error) {
      const { code } = (outcome = error instanceof PortalError ? error : new PortalError('INTERNAL_SERVER_ERROR', String(error)));
      // Already as asked (done in another window): that is the outcome.
      const settled = code === (register ? 'ALREADY_REGISTERED' : 'NOT_FOUND');
      if (settled) outcome = register ? 'registered' : 'didUnregister';
      // A full webinar shows so at once: its Register button goes.
      this.#patches.set(id, settled ? { registered: register } : code === 'WEBINAR_FULL' ? { seatsLeft: 0 } : {});
      // A refusal that says how things stand: the list is asked again for the rest (seats, the
      // join link, a webinar that moved to the past).
      if (settled || code === 'WEBINAR_FULL' || code === 'NOT_AVAILABLE') client.invalidate(['training']);
    } finally {
      this.busy = undefined;
      this.confirming = undefined;
    }
    this.#outcomes.set(id, outcome);
    this.requestUpdate();
    await this.updateComplete;
    // The button used is gone (the confirm step closed, the webinar is full): focus goes to the
    // webinar, where the outcome is read, instead of falling to the page.
    if (!this.shadowRoot!.activeElement) this.#find(id, '')?.focus();
  }

  #find(id: string, selector: string): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] ${selector}`.trim());
  }
}
