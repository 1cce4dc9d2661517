import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { PortalClient } from '../../client/client.js';
import type { Transport } from '../../client/transport.js';
import { clientContext, localeContext } from '../../context.js';
import { requestToken } from '../../internal/standalone-clients.js';
import { matchLocale } from '../../i18n/locales.js';
import { loadTranslations } from '../../i18n/translations.js';

/** How long a tab may stay in the background before its widgets reload when it is shown again. */
const STALE_AFTER_HIDDEN_MS = 60_000;

/**
 * @customElement partner-portal
 *
 * @summary Connects the widgets inside it to the loyalty API: one client (one batched request for
 * every widget on the page, shared cache, refresh after changes) and the page's locale.
 *
 * @slot - The page content with the widgets, anywhere in it.
 *
 * @event partner-token-expired - The token expired. Call `event.respondWith(newToken)` (or a
 * promise of it) to retry with a fresh one; unanswered, widgets show "session expired".
 * Not fired when `tokenProvider` is set.
 */
export class PartnerPortal extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The loyalty GraphQL endpoint, e.g. `https://loyalty.example.com/graphql`. */
  @property() endpoint?: string;

  /** A widget token minted by the supplier's server for the signed-in member. Setting a new one reloads every widget. */
  @property() token?: string;

  /** The widgets' language (`en`, `th`, `nb`, `ms`); without it, each widget follows its nearest `lang`. */
  @property({ reflect: true }) locale?: string;

  /** Answers a fresh token when the current one expired; preferred over the event. */
  @property({ attribute: false }) tokenProvider?: () => Promise<string | undefined>;

  /** Replaces HTTP with another transport (recorded answers in Storybook). */
  @property({ attribute: false }) transport?: Transport;

  @provide({ context: clientContext })
  client?: PortalClient;

  @provide({ context: localeContext })
  protected providedLocale?: string;

  #clientFor?: { endpoint?: string; transport?: Transport };

  // Already in connectedCallback: the widgets inside upgrade right after the portal and should
  // find a client on their first update, not one update later.
  override connectedCallback(): void {
    super.connectedCallback();
    this.#sync();
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #hiddenSince = 0;

  /**
   * Orders and rewards change on the server while a tab sits in the background: coming back to
   * it after a while shows fresh numbers (one batched request), not what was true an hour ago.
   */
  #onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      this.#hiddenSince = Date.now();
    } else if (this.#hiddenSince && Date.now() - this.#hiddenSince > STALE_AFTER_HIDDEN_MS) {
      this.client?.invalidate();
    }
  };

  protected override willUpdate(): void {
    this.#sync();
  }

  #sync(): void {
    const wanted = this.#clientFor;
    if (!wanted || wanted.endpoint !== this.endpoint || wanted.transport !== this.transport) {
      this.#clientFor = { endpoint: this.endpoint, transport: this.transport };
      this.client =
        this.endpoint || this.transport
          ? new PortalClient({ endpoint: this.endpoint, transport: this.transport, token: this.token, refreshToken: () => requestToken([this]) })
          : undefined;
    } else if (this.client) {
      this.client.token = this.token;
    }
    this.providedLocale = this.locale || undefined;
    // Fetched now, before the widgets inside render their loading state in English.
    if (this.locale) void loadTranslations(matchLocale(this.locale), { again: false });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
