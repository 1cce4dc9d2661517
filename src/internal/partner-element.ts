import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { Document, PortalClient, Topic } from '../client/client.js';
import { PortalError, isAbortError } from '../client/errors.js';
import { clientContext, localeContext } from '../context.js';
import { PartnerErrorEvent, PartnerLoadEvent } from '../events.js';
import { commonMessages } from '../i18n/common.messages.js';
import { matchLocale, type SupportedLocale } from '../i18n/locales.js';
import type { MessageCatalog, Messages } from '../i18n/messages.js';
import { loadTranslations, translated } from '../i18n/translations.js';
import { nearestLang, observePageLang } from './page-lang.js';
import { renderInSlice } from './render-queue.js';
import { acquireStandaloneClient, releaseStandaloneClient } from './standalone-clients.js';

type QueryArgs<V> = readonly [PortalClient | undefined, SupportedLocale, V];

/**
 * What every widget shares: the client (from <partner-portal>, or its own for `endpoint` and
 * `token`), the locale, data loading through `@lit/task` with the AbortSignal handed to the
 * client, refetch when a mutation changes what the widget shows, and the error state.
 */
export abstract class PartnerElement extends LitElement {
  /** The GraphQL endpoint, for a widget used outside `<partner-portal>`. */
  @property() endpoint?: string;

  /** The widget token (minted by the supplier's server), for a widget used outside `<partner-portal>`. */
  @property() token?: string;

  /** `en`, `th`, `nb` or `ms` (any BCP 47 tag of them); defaults to the portal's, then to the nearest `lang`. */
  @property({ reflect: true }) locale?: string;

  /** Answers a fresh token when the current one expired (standalone use; the portal has its own). */
  @property({ attribute: false }) tokenProvider?: () => Promise<string | undefined>;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected portalClient?: PortalClient;

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected portalLocale?: string;

  @state() private pageLang?: string;

  #standalone?: PortalClient;
  #tasks: Task<readonly unknown[], unknown>[] = [];
  #taskTopics = new Map<Task<readonly unknown[], unknown>, readonly Topic[]>();
  #listeningTo?: PortalClient;
  #stopListening?: () => void;
  #stopLang?: () => void;
  /** Tasks aborted because the widget left the page: they run again when it is back. */
  #abortedOnDisconnect = new Set<Task<readonly unknown[], unknown>>();
  /** Whether the widget rendered an answer (or an error) of every query: later renders are not sliced. */
  #shownData = false;

  /** The client this widget talks through. */
  get client(): PortalClient | undefined {
    return this.portalClient ?? this.#standalone;
  }

  /** The locale the widget renders in: `locale`, else the portal's, else the nearest `lang`. */
  get resolvedLocale(): SupportedLocale {
    return matchLocale(this.locale ?? this.portalLocale ?? this.pageLang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = nearestLang(this);
    this.#stopLang = observePageLang(() => (this.pageLang = nearestLang(this)));
    // Back in the page after an abort: load again. The aborted run may not have settled yet (a
    // widget moved in the DOM is disconnected and connected in one go): run() supersedes it.
    for (const task of this.#tasks) {
      if (this.#abortedOnDisconnect.has(task) || (task.status === TaskStatus.ERROR && isAbortError(task.error))) void task.run();
    }
    this.#abortedOnDisconnect.clear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLang?.();
    for (const task of this.#tasks) {
      if (task.status !== TaskStatus.PENDING) continue;
      task.abort();
      this.#abortedOnDisconnect.add(task);
    }
    this.#listen(undefined);
    if (this.#standalone) releaseStandaloneClient(this.#standalone, this);
    this.#standalone = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.portalClient && this.endpoint && (changed.has('endpoint') || changed.has('token') || !this.#standalone)) {
      const next = acquireStandaloneClient(this.endpoint, this.token, this);
      if (this.#standalone && this.#standalone !== next) releaseStandaloneClient(this.#standalone, this);
      this.#standalone = next;
    }
    if (this.isConnected) this.#listen(this.client);
  }

  // A page of widgets renders its loading states and first answers in slices of a task each, not
  // all in one long task (render-queue.ts); once the widget shows its data, it renders as Lit does.
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#shownData) return super.scheduleUpdate();
    return renderInSlice(() => {
      super.scheduleUpdate();
      this.#shownData = this.#tasks.every((task) => task.value !== undefined || task.status === TaskStatus.ERROR);
    });
  }

  // Here, not in willUpdate: the tasks start (and turn PENDING) in their controllers' hostUpdate,
  // which runs after willUpdate, and the update they request meanwhile is folded into this one.
  protected override update(changed: PropertyValues<this>): void {
    if (this.client || this.hasUpdated) {
      // `aria-busy` is true/false: an empty value would mean false.
      if (this.#tasks.some((task) => task.status === TaskStatus.PENDING && task.value === undefined)) this.setAttribute('aria-busy', 'true');
      else this.removeAttribute('aria-busy');
    }
    super.update(changed);
  }

  /**
   * The texts of `messages` in the widget's locale; English while that locale's chunk is on its
   * way (the widget renders again when it lands) or could not be fetched.
   */
  protected messages<T extends MessageCatalog>(messages: Messages<T>): T {
    const locale = this.resolvedLocale;
    const texts = translated(messages, locale);
    if (texts) return texts;
    void loadTranslations(locale, { again: false }).then((ok) => ok && this.requestUpdate());
    return messages.en;
  }

  /**
   * A query whose answer the widget renders. It runs when the client, the locale or the
   * variables change, and again when a mutation changes one of `topics`.
   */
  protected query<R, V>(document: Document<R, V>, variables: () => V, topics: readonly Topic[]): Task<QueryArgs<V>, R> {
    const task = new Task<QueryArgs<V>, R>(this, {
      task: async ([client, locale, vars], { signal }) => {
        if (!client) throw new PortalError('NOT_CONFIGURED', 'No <partner-portal> around this widget and no endpoint on it.');
        // The answer is shown in the widget's language: its texts come with it, in parallel.
        const [answer] = await Promise.all([client.query(document, vars, { locale, signal, topics }), loadTranslations(locale)]);
        return answer;
      },
      args: () => [this.client, this.resolvedLocale, variables()] as const,
      argsEqual: (previous, next) => previous[0] === next[0] && previous[1] === next[1] && JSON.stringify(previous[2]) === JSON.stringify(next[2]),
      onComplete: () => this.dispatchEvent(new PartnerLoadEvent()),
      onError: (error) => {
        if (!isAbortError(error)) this.dispatchEvent(new PartnerErrorEvent(toPortalError(error)));
      },
    });
    this.#tasks.push(task as Task<readonly unknown[], unknown>);
    this.#taskTopics.set(task as Task<readonly unknown[], unknown>, topics);
    return task;
  }

  /**
   * Loading until the first answer; the last answer stays on screen while a refetch runs (no
   * flash of skeleton when the balance changes); the error state with retry on failure.
   */
  protected renderTask<R>(task: Task<readonly unknown[], R>, views: { loading: () => TemplateResult; ready: (data: R) => TemplateResult }): TemplateResult {
    switch (task.status) {
      case TaskStatus.COMPLETE:
        return views.ready(task.value as R);
      case TaskStatus.ERROR:
        // Aborted because the widget left the page: no failure to show; it loads again when back.
        if (isAbortError(task.error)) return task.value !== undefined ? views.ready(task.value) : views.loading();
        return this.renderError(task.error, () => void task.run());
      default:
        return task.value !== undefined ? views.ready(task.value) : views.loading();
    }
  }

  /** The shared sentence for an error every widget can meet (network, session, access…), else `fallback`. */
  protected errorMessage(error: unknown, fallback: string): string {
    const text = this.messages(commonMessages);
    const failure = toPortalError(error);
    const key = failure.isTokenExpired ? 'TOKEN_EXPIRED' : failure.code;
    return key in text && key !== 'loading' && key !== 'retry' && key !== 'retrying' ? text[key as keyof typeof text] : fallback;
  }

  protected renderError(error: unknown, retry: () => void): TemplateResult {
    const text = this.messages(commonMessages);
    const message = this.errorMessage(error, text.fallback);
    return html`<div class="error" part="error" role="alert">
      <p>${message}</p>
      <button type="button" part="retry-button" @click=${retry}>${text.retry}</button>
    </div>`;
  }

  #listen(client: PortalClient | undefined): void {
    if (client === this.#listeningTo) return;
    this.#stopListening?.();
    this.#listeningTo = client;
    this.#stopListening = client?.onInvalidate((changed) => {
      for (const [task, topics] of this.#taskTopics) {
        if (changed === 'all' || topics.some((topic) => changed.has(topic))) void task.run();
      }
    });
  }
}

function toPortalError(error: unknown): PortalError {
  return error instanceof PortalError ? error : new PortalError('INTERNAL_SERVER_ERROR', String((error as Error)?.message ?? error));
}
