import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { MaterialsDocument, RecordMaterialDownloadDocument, type MaterialType, type MaterialsQuery } from '../../generated/graphql.js';
import { PortalError } from '../../client/errors.js';
import { PartnerFilterChangeEvent, PartnerMaterialDownloadEvent, type MaterialFilterDetail } from '../../events.js';
import { commonMessages } from '../../i18n/common.messages.js';
import { formatFileSize, formatNumber, languageName } from '../../i18n/format.js';
import { SUPPORTED_LOCALES } from '../../i18n/locales.js';
import { filteredEmpty } from '../../internal/filtered-empty.js';
import { filteredEmptyStyles } from '../../internal/filtered-empty.styles.js';
import { MorePages } from '../../internal/more-pages.js';
import { morePagesStyles } from '../../internal/more-pages.styles.js';
import { DebouncedSearch } from '../../internal/debounced-search.js';
import { ListStatus } from '../../internal/list-status.js';
import { listStatusStyles } from '../../internal/list-status.styles.js';
import { PartnerElement } from '../../internal/partner-element.js';
import { cardStyles, controlStyles, errorStyles, skeletonStyles, themeStyles, visuallyHidden } from '../../styles/shared.js';
import { materialsMessages } from './materials.messages.js';
import { materialsStyles } from './materials.styles.js';

type Material = MaterialsQuery['materials']['nodes'][number];
/** A download being recorded, recorded (its file handed to the browser), or refused. */
type Download = 'busy' | 'started' | PortalError;

/** The properties that change what the library shows. */
const FILTERS = ['type', 'productLine', 'language', 'search'] as const;
const TYPES: readonly MaterialType[] = ['CATALOG', 'BROCHURE', 'POS', 'BANNER', 'LOGO', 'VIDEO'];

/**
 * @customElement partner-materials
 *
 * @summary The supplier's marketing library: catalogues, brochures, point-of-sale material,
 * banners, logos and videos, newest first, as a grid of cards with a preview, "New" for what was
 * published in the last 30 days, the type, file format, size and language. Filters (type,
 * product line, language) and search are reflected in attributes so a host page can deep-link
 * to them. "Download" first has the server count the download, then hands the browser the file
 * the server answers: the widget never shows a file's address, so every download is counted.
 *
 * @event partner-load - A page of materials was shown (also after each refresh).
 * @event partner-filter-change - The filters or search changed (by the member, or by the host through the attributes). `detail: { type, productLine, language, search }`.
 * @event partner-error - The materials could not be loaded; `detail.code` says why.
 * @event partner-material-download - The server counted a download and the browser was given the file. `detail: { materialId, format }`.
 * @event partner-token-expired - Standalone only: the token expired (see `<partner-portal>`).
 *
 * @csspart card - The surrounding box.
 * @csspart filters - The search and filter controls.
 * @csspart material - One material.
 * @csspart preview - A material's preview picture.
 * @csspart new - The "New" mark.
 * @csspart facts - Type, format, file size and language.
 * @csspart download-button - A material's "Download" button.
 * @csspart clear-button - "Clear filters" in the empty state.
 * @csspart more-button - The "Show more" button.
 * @csspart error - An error message box (loading, or a download that failed).
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty --partner-color-accent - The "New" mark and the download buttons.
 * @cssproperty --partner-materials-card-min - Smallest width of a card in the grid (default 14rem).
 */
export class PartnerMaterials extends PartnerElement {
  static override styles = [themeStyles, skeletonStyles, controlStyles, errorStyles, cardStyles, visuallyHidden, morePagesStyles, filteredEmptyStyles, listStatusStyles, materialsStyles];

  /** Only materials of this type: `CATALOG`, `BROCHURE`, `POS`, `BANNER`, `LOGO` or `VIDEO`. */
  @property({ reflect: true }) type?: MaterialType;

  /** Only materials of this product line. */
  @property({ reflect: true, attribute: 'product-line' }) productLine?: string;

  /** Only materials in this language: `en`, `th`, `nb` or `ms`. */
  @property({ reflect: true }) language?: string;

  /** Search text (title, description, product line). */
  @property({ reflect: true }) search?: string;

  /** Materials per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;

  @state() private downloads = new Map<string, Download>();

  readonly #searchField = new DebouncedSearch(this, (search) => (this.search = search));
  /** The first render's filters are where the page started, not a change. */

  protected readonly library = this.query(MaterialsDocument, () => this.#variables(), ['materials']);
  readonly #listStatus = new ListStatus(this.library);

  protected readonly more = new MorePages(
    this,
    () => this.library.value?.materials,
    (after, signal) =>
      this.client!.query(MaterialsDocument, { ...this.#variables(), after }, { locale: this.resolvedLocale, signal, topics: ['materials'] }).then((page) => page.materials),
  );

  #variables() {
    return {
      first: this.pageSize,
      // Values the server does not know are left out rather than answered with an error.
      filter: {
        type: TYPES.includes(this.type!) ? this.type : undefined,
        productLine: this.productLine || undefined,
        language: SUPPORTED_LOCALES.find((locale) => locale === this.language),
      },
      search: this.search?.trim() || undefined,
    };
  }

  get #filtered(): boolean {
    return !!(this.type || this.productLine || this.language || this.search?.trim());
  }

  /** What the list shows, in one sentence: its count, or why it is empty. */
  #summary(): string {
    const text = this.messages(materialsMessages);
    const materials = this.library.value!.materials;
    if (materials.nodes.length) return text.count(formatNumber(this.resolvedLocale, materials.totalCount));
    return this.#filtered ? text.noMatch : text.empty;
  }

  // After the first render: filters set by the host's attributes at the start are no change.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || !FILTERS.some((name) => changed.has(name))) return;
    this.#listStatus.changed();
    const { type, productLine, language, search } = this;
    this.dispatchEvent(new PartnerFilterChangeEvent<MaterialFilterDetail>({ type: type ?? null, productLine: productLine ?? null, language: language ?? null, search: search ?? null }));
  }

  protected override render() {
    const text = this.messages(materialsMessages);
    const data = this.library.value;
    return html`<section part="card" aria-labelledby="heading" aria-busy=${this.#listStatus.waiting ? 'true' : nothing}>
      <h2 id="heading">${text.heading}</h2>
      <form part="filters" role="search" aria-label=${text.filters} @submit=${(event: Event) => event.preventDefault()}>
        <label class="field"
          >${text.search}
          <input type="search" name="search" .value=${this.search ?? ''} @input=${this.#searchField.onInput} @keydown=${this.#searchField.onKeydown} />
        </label>
        ${this.#select('type', TYPES, (type) => text[type as MaterialType])}
        ${this.#select('productLine', data?.materialProductLines ?? [], (line) => data?.productGroups.find((group) => group.code === line)?.name ?? line)}
        ${this.#select('language', data?.materialLanguages ?? [], (code) => languageName(this.resolvedLocale, code))}
      </form>
      ${this.#listStatus.render(() => this.#summary())}
      ${this.renderTask(this.library, {
        loading: () => html`<span class="visually-hidden">${text.loading}</span>
          <ul aria-hidden="true">
            ${Array.from(
              { length: Math.min(this.pageSize, 6) },
              () => html`<li part="material">
                <span class="preview skeleton"></span>
                <span class="skeleton line"></span>
                <span class="skeleton line"></span>
                <span class="skeleton line short"></span>
              </li>`,
            )}
          </ul>`,
        ready: ({ materials }) => this.#renderList(materials),
      })}
    </section>`;
  }

  /** A filter menu: "All", then the values (and the attribute's value, should the server not list it). */
  #select(name: 'type' | 'productLine' | 'language', values: readonly string[], label: (value: string) => string) {
    const text = this.messages(materialsMessages);
    const current = this[name];
    return html`<label class="field"
      >${text[name]}
      <select name=${name} @change=${(event: Event) => ((this as Record<string, unknown>)[name] = (event.target as HTMLSelectElement).value || undefined)}>
        <option value="" .selected=${!current}>${text.all}</option>
        ${[...new Set([...values, ...(current ? [current] : [])])].map((value) => html`<option value=${value} .selected=${value === current}>${label(value)}</option>`)}
      </select>
    </label>`;
  }

  #clearFilters = async () => {
    this.#searchField.cancel();
    this.type = this.productLine = this.language = this.search = undefined;
    await this.updateComplete;
    const input = this.renderRoot.querySelector('input')!;
    input.value = '';
    input.focus();
  };

  #renderList(first: MaterialsQuery['materials']) {
    const text = this.messages(materialsMessages);
    const items = this.more.items(first);
    if (items.length === 0) {
      return filteredEmpty(this.#filtered, this.#summary(), this.messages(commonMessages).clearFilters, this.#clearFilters);
    }
    return html`<ul>
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.#renderMaterial(item),
        )}
      </ul>
      ${this.more.renderFooter(this.#summary(), text, (error, retry) => this.renderError(error, retry))}`;
  }

  #renderMaterial(material: Material) {
    const text = this.messages(materialsMessages);
    const locale = this.resolvedLocale;
    const download = this.downloads.get(material.id);
    return html`<li part="material" data-id=${material.id} tabindex="-1">
      <span class="preview">
        ${material.previewUrl
          ? html`<img part="preview" src=${material.previewUrl} alt="" width=${material.previewWidth} height=${material.previewHeight} loading="lazy" decoding="async" @error=${hideBroken} />`
          : null}
      </span>
      <h3 id="title-${material.id}">${material.title}${material.isNew ? html` <span part="new">${text.new}</span>` : null}</h3>
      <p>${material.description}</p>
      <p part="facts" id="facts-${material.id}">${[text[material.type], material.format, formatFileSize(locale, material.fileSizeBytes), languageName(locale, material.language)].join(' · ')}</p>
      <button
        type="button"
        part="download-button"
        class="primary"
        aria-describedby="title-${material.id} facts-${material.id}"
        aria-disabled=${download === 'busy' ? 'true' : 'false'}
        @click=${(event: MouseEvent) => void this.#download(material, event)}
      >
        ${download === 'busy' ? text.downloading : text.download}
      </button>
      <p role="status">${download === 'started' ? text.started : ''}</p>
      ${download instanceof PortalError
        ? html`<div class="error" part="error" role="alert"><p>${download.code === 'NOT_FOUND' ? text.gone : this.errorMessage(download, text.failed)}</p></div>`
        : null}
    </li>`;
  }

  #setDownload(id: string, download: Download) {
    this.downloads = new Map(this.downloads).set(id, download);
  }

  /**
   * One deliberate download, one count: the second click of a double click and clicks while the
   * server is recording are ignored; a later click is a new download and is counted again.
   */
  async #download(material: Material, event: MouseEvent) {
    const client = this.client;
    if (!client || event.detail > 1 || this.downloads.get(material.id) === 'busy') return;
    this.#setDownload(material.id, 'busy');
    try {
      const { recordMaterialDownload } = await client.mutate(
        RecordMaterialDownloadDocument,
        { input: { materialId: material.id } },
        // Only the counter changed, and no widget shows it: nothing to refetch (a refetch would
        // also fold the pages loaded with "Show more").
        { locale: this.resolvedLocale, affects: [] },
      );
      const url = new URL(recordMaterialDownload.url, document.baseURI);
      // A file, never script (`javascript:`); `blob:` is a file made in the page.
      if (!/^(https?|blob):$/.test(url.protocol)) throw new PortalError('BAD_URL', `Not a file address: ${url.protocol}`);
      // Same origin: `download` saves the file. Another origin ignores it: the file opens in a
      // new tab (which a file served as an attachment closes again), never in place of the portal.
      const link = Object.assign(document.createElement('a'), { href: url.href, download: '', target: '_blank', rel: 'noopener' });
      this.renderRoot.append(link);
      link.click();
      link.remove();
      this.#setDownload(material.id, 'started');
      this.dispatchEvent(new PartnerMaterialDownloadEvent({ materialId: material.id, format: material.format }));
    } catch (error) {
      this.#setDownload(material.id, error instanceof PortalError ? error : new PortalError('INTERNAL_SERVER_ERROR', String(error)));
    }
  }
}

/** A picture that fails to load leaves its reserved box empty instead of a broken-image icon. */
function hideBroken(event: Event) {
  (event.target as HTMLImageElement).hidden = true;
}
