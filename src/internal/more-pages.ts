import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isAbortError } from '../client/errors.js';

export interface Page<T> {
  nodes: readonly T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * "Show more" along a cursor connection, for every list widget. The first page is the widget's
 * query (cached, refetched after changes); the pages after it are kept here and dropped when
 * the first page is answered anew, since a refetch starts the list over. When the last page
 * removes the button, focus moves to the first item it brought instead of falling to <body>.
 */
export class MorePages<T extends { id: string }> implements ReactiveController {
  loading = false;
  error?: unknown;
  #extra: T[] = [];
  #pageInfo?: Page<T>['pageInfo'];
  #for?: Page<T>;
  #abort?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly first: () => Page<T> | undefined,
    private readonly fetchAfter: (after: string | null, signal: AbortSignal) => Promise<Page<T>>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const first = this.first();
    if (first === this.#for) return;
    this.#abort?.abort();
    this.#extra = [];
    this.#pageInfo = undefined;
    this.error = undefined;
    this.loading = false;
    this.#for = first;
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** The first page's items and those loaded after it. */
  items(first: Page<T> | undefined = this.first()): T[] {
    return [...(first?.nodes ?? []), ...this.#extra];
  }

  load = async (): Promise<void> => {
    const first = this.first();
    if (!first || this.loading) return;
    const after = (this.#pageInfo ?? first.pageInfo).endCursor;
    this.#abort = new AbortController();
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const page = await this.fetchAfter(after, this.#abort.signal);
      if (this.#for !== first) return;
      const root = this.host.shadowRoot;
      const hadFocus = root?.activeElement?.getAttribute('part') === 'more-button';
      this.#extra = [...this.#extra, ...page.nodes];
      this.#pageInfo = page.pageInfo;
      if (hadFocus && !page.pageInfo.hasNextPage && page.nodes[0]) {
        this.loading = false;
        this.host.requestUpdate();
        await this.host.updateComplete;
        root?.querySelector<HTMLElement>(`[data-id="${CSS.escape(page.nodes[0].id)}"]`)?.focus();
      }
    } catch (error) {
      if (this.#for === first && !isAbortError(error)) this.error = error;
    } finally {
      if (this.#for === first) this.loading = false;
      this.host.requestUpdate();
    }
  };

  /**
   * The footer's error (with retry) or "Show more" button. `aria-disabled`, not `disabled`,
   * while loading: a disabled button would drop keyboard focus.
   */
  renderControls(text: { more: string; loadingMore: string }, renderError: (error: unknown, retry: () => void) => TemplateResult): TemplateResult | null {
    if (this.error) return renderError(this.error, () => void this.load());
    const first = this.first();
    if (!(this.#pageInfo ?? first?.pageInfo)?.hasNextPage) return null;
    return html`<button type="button" part="more-button" aria-disabled=${this.loading ? 'true' : 'false'} @click=${this.load}>
      ${this.loading ? text.loadingMore : text.more}
    </button>`;
  }

  /**
   * A list's footer: how many are shown and the controls above. The count is not a live region:
   * every list would read it out whenever it is drawn again (another language, another member);
   * a list the member filters says it through its `ListStatus`. Style: `morePagesStyles`.
   */
  renderFooter(shown: string, text: { more: string; loadingMore: string }, renderError: (error: unknown, retry: () => void) => TemplateResult): TemplateResult {
    return html`<footer>
      <span class="count">${shown}</span>
      ${this.renderControls(text, renderError)}
    </footer>`;
  }
}
