import { expect, html, oneEvent } from '@open-wc/testing';
import type { MaterialFilterDetail, PartnerFilterChangeEvent, PartnerMaterialDownloadEvent } from '../../src/events.js';
import type { PartnerMaterials } from '../../src/index.js';
import { focused, inShadow, isLoading, part, parts, press, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { admin, asMember, createPartner, mark, requestsSince, server, uniqueId } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { persona } from './support/truth.js';

interface Material {
  id: string;
  title: string;
  description: string;
  type: string;
  productLine: string;
  language: string;
  format: string;
  fileSizeBytes: number;
  fileUrl: string;
  previewUrl: string | null;
  previewWidth: number;
  previewHeight: number;
  isNew: boolean;
  downloadCount: number;
}

interface Library {
  materialProductLines: string[];
  productGroups: { code: string; name: string }[];
  materialLanguages: string[];
  materials: { nodes: Material[]; pageInfo: { hasNextPage: boolean }; totalCount: number };
}

/** The server's answer, asked as the member (not through the widget). */
async function libraryOf(memberId: string, args: { first?: number; filter?: Record<string, unknown>; search?: string } = {}, locale = 'en'): Promise<Library> {
  return asMember(
    memberId,
    `query($first: Int!, $filter: MaterialFilter, $search: String) { materialProductLines productGroups { code name } materialLanguages
      materials(first: $first, filter: $filter, search: $search) {
        nodes { id title description type productLine language format fileSizeBytes fileUrl previewUrl previewWidth previewHeight isNew downloadCount }
        pageInfo { hasNextPage } totalCount } }`,
    { first: args.first ?? 12, filter: args.filter, search: args.search },
    locale,
  );
}

async function downloadCountOf(memberId: string, id: string): Promise<number> {
  const { materials } = await libraryOf(memberId, { first: 100 });
  const material = materials.nodes.find((node) => node.id === id);
  if (!material) throw new Error(`${id} is not in the library`);
  return material.downloadCount;
}

const TYPE_LABELS: Record<string, Record<string, string>> = {
  en: { POS: 'Point of sale', CATALOG: 'Catalogue', BANNER: 'Banner', LOGO: 'Logo', VIDEO: 'Video', BROCHURE: 'Brochure' },
  nb: { POS: 'Butikkmateriell', CATALOG: 'Katalog', BANNER: 'Banner', LOGO: 'Logo', VIDEO: 'Video', BROCHURE: 'Brosjyre' },
  th: { POS: 'สื่อ ณ จุดขาย', CATALOG: 'แคตตาล็อก', BANNER: 'แบนเนอร์', LOGO: 'โลโก้', VIDEO: 'วิดีโอ', BROCHURE: 'โบรชัวร์' },
};
const NEW: Record<string, string> = { en: 'New', nb: 'Ny', th: 'ใหม่' };

/** A file size as a reader expects it: decimal units (1 kB = 1000 bytes), three significant digits. */
function fileSize(locale: string, bytes: number): string {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : bytes >= 1e3 ? [bytes / 1e3, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumSignificantDigits: 3 }).format(value);
}

const languageOf = (locale: string, code: string) => new Intl.DisplayNames(locale, { type: 'language' }).of(code)!;

const cards = (host: Element) => parts(host, 'material').filter((li) => !li.closest('[aria-hidden="true"]'));
const cardOf = (host: Element, id: string) => inShadow(host, `[part~="material"][data-id="${id}"]`);
const downloadButton = (host: Element, id: string) => cardOf(host, id).querySelector<HTMLButtonElement>('[part="download-button"]')!;
const select = (host: Element, name: string) => inShadow<HTMLSelectElement>(host, `select[name="${name}"]`);

/** One material as a person reads it. */
function readCard(li: Element) {
  const img = li.querySelector('img');
  return {
    id: (li as HTMLElement).dataset.id,
    title: textOf(li.querySelector('h3')),
    isNew: li.querySelector('[part="new"]') !== null,
    description: textOf(li.querySelector('h3 + p')),
    facts: textOf(li.querySelector('[part="facts"]')),
    preview: img && { src: img.getAttribute('src'), width: img.getAttribute('width'), height: img.getAttribute('height'), loading: img.getAttribute('loading'), alt: img.getAttribute('alt') },
    download: textOf(li.querySelector('[part="download-button"]')),
  };
}

/** The same material from the server's truth. */
function expectedCard(material: Material, locale = 'en') {
  return {
    id: material.id,
    title: material.isNew ? `${material.title} ${NEW[locale]}` : material.title,
    isNew: material.isNew,
    description: material.description,
    facts: [TYPE_LABELS[locale]![material.type], material.format, fileSize(locale, material.fileSizeBytes), languageOf(locale, material.language)].join(' · '),
    preview: material.previewUrl && { src: material.previewUrl, width: String(material.previewWidth), height: String(material.previewHeight), loading: 'lazy', alt: '' },
    download: { en: 'Download', nb: 'Last ned', th: 'ดาวน์โหลด' }[locale],
  };
}

const shownIds = (host: Element) => cards(host).map((li) => li.dataset.id);
const sameIds = (host: Element, truth: Library) => JSON.stringify(shownIds(host)) === JSON.stringify(truth.materials.nodes.map((node) => node.id));

async function libraryFor(memberId: string, element = html`<partner-materials></partner-materials>`, locale?: string) {
  const portal = await inPortal(memberId, element, { locale });
  const materials = widget<PartnerMaterials>(portal, 'partner-materials');
  await untilReady(materials);
  return { portal, materials };
}

/**
 * Downloads the widget hands to the browser, caught before the browser fetches them: the test
 * page's own server does not serve the demo's files.
 */
function catchDownloads(host: Element): string[] {
  const links: string[] = [];
  host.addEventListener(
    'click',
    (event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement) {
        links.push(target.href);
        event.preventDefault();
      }
    },
    true,
  );
  return links;
}

const UPSERT_MATERIAL = `mutation($input: UpsertMaterialInput!) { upsertMaterial(input: $input) { id } }`;

/** A material of the test's own, published by the supplier (a unique title: a search shows just that one). */
async function supplierMaterial() {
  const title = uniqueId('Withdrawn flyer');
  const input = {
    title: { en: title },
    description: { en: 'A flyer the supplier withdraws.' },
    type: 'BROCHURE',
    productLine: 'hand-tools',
    language: 'en',
    format: 'PDF',
    fileSizeBytes: 1_234_567,
    fileUrl: 'https://files.example/withdrawn-flyer.pdf',
    previewUrl: null,
  };
  const { upsertMaterial } = await admin<{ upsertMaterial: { id: string } }>(UPSERT_MATERIAL, { input });
  const withdraw = () => admin(UPSERT_MATERIAL, { input: { ...input, id: upsertMaterial.id, publishedAt: '2099-01-01T00:00:00.000Z' } });
  return { id: upsertMaterial.id, title, withdraw };
}

const operations = async (since: number) => (await requestsSince(since)).flatMap((request) => request.operations);

describe('<partner-materials>', () => {
  afterEach(() => server.restore());

  it('shows placeholder cards while loading, busy, hidden from assistive technology, reserving room', async () => {
    const { result: portal } = await whileHeld(() => inPortal(persona('silver').memberId, html`<partner-materials></partner-materials>`));
    const materials = widget(portal, 'partner-materials');
    expect(isLoading(materials)).to.be.true;
    expect(materials.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(inShadow(materials, 'h2'))).to.equal('Marketing materials');
    expect(cards(materials)).to.have.length(0);
    const height = materials.getBoundingClientRect().height;
    await expect(materials).to.be.accessible();
    await server.release();
    await untilReady(materials);
    expect(materials.getBoundingClientRect().height, 'the skeleton reserves room').to.be.at.least(height * 0.9);
  });

  it('one request shows the library as the API has it: newest first, "New" marks, previews with their size, type, format, file size, language', async () => {
    const silver = persona('silver');
    const truth = await libraryOf(silver.memberId);
    expect(truth.materials.nodes.some((node) => node.isNew) && truth.materials.nodes.some((node) => !node.isNew), 'new and older materials to show').to.be.true;
    const since = await mark();
    const { materials } = await libraryFor(silver.memberId);
    await settle();
    expect(await operations(since), 'one GraphQL request').to.deep.equal(['Materials']);

    expect(cards(materials).map(readCard)).to.deep.equal(truth.materials.nodes.map((node) => expectedCard(node)));
    // What a reader of English expects: "23.4 MB", "PDF".
    expect(textOf(part(materials, 'facts'))).to.match(/ · [A-Z0-9]+ · \d+(\.\d+)? (kB|MB|GB) · [A-Z]/);
    expect(textOf(inShadow(materials, 'footer .count'))).to.equal(`${truth.materials.totalCount} ${truth.materials.totalCount === 1 ? 'material' : 'materials'}`);
    expect(materials.shadowRoot!.querySelector('[part="more-button"]') !== null).to.equal(truth.materials.pageInfo.hasNextPage);
    // The preview's box is its own before the picture arrives; the picture is the server's size.
    const preview = inShadow<HTMLImageElement>(materials, 'img[part="preview"]');
    const box = preview.parentElement!.getBoundingClientRect();
    await until(() => preview.complete && preview.naturalWidth > 0, 'the first preview loaded');
    expect([preview.naturalWidth, preview.naturalHeight]).to.deep.equal([truth.materials.nodes[0]!.previewWidth, truth.materials.nodes[0]!.previewHeight]);
    expect(preview.parentElement!.getBoundingClientRect().height).to.equal(box.height);

    const options = (name: string) => [...select(materials, name).options].map((option) => [option.value, textOf(option)]);
    expect(options('type')).to.deep.equal([['', 'All'], ...['CATALOG', 'BROCHURE', 'POS', 'BANNER', 'LOGO', 'VIDEO'].map((type) => [type, TYPE_LABELS.en![type]])]);
    // Product lines by the names the program gives them, not their codes.
    const named = (line: string) => truth.productGroups.find((group) => group.code === line)?.name ?? line;
    expect(options('productLine')).to.deep.equal([['', 'All'], ...truth.materialProductLines.map((line) => [line, named(line)])]);
    expect(options('productLine').map(([, label]) => label)).to.include('Power tools');
    expect(options('language')).to.deep.equal([['', 'All'], ...truth.materialLanguages.map((code) => [code, languageOf('en', code)])]);
    await expect(materials).to.be.accessible();
  });

  it('each "Download" is told apart by what it downloads: title, then type, format, size and language', async () => {
    const silver = persona('silver');
    const { materials } = await libraryFor(silver.memberId);
    // What assistive technology reads after "Download": the texts its aria-describedby names.
    const description = (button: Element) =>
      button
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => textOf(materials.shadowRoot!.getElementById(id)))
        .join(' ');
    const described = cards(materials).map((card) => [textOf(card.querySelector('h3')), description(card.querySelector('[part="download-button"]')!)]);
    for (const [title, text] of described) expect(text.startsWith(title), text).to.be.true;
    // The same title in several languages: each button says which one it is.
    const titles = described.map(([title]) => title);
    const twins = described.filter(([title]) => titles.indexOf(title) !== titles.lastIndexOf(title));
    expect(twins.length, 'a title the library has in more than one language').to.be.greaterThan(1);
    expect(new Set(twins.map(([, text]) => text)).size).to.equal(twins.length);
  });

  it('the page never shows a file’s address: downloads only go through the server’s count', async () => {
    const silver = persona('silver');
    const truth = await libraryOf(silver.memberId);
    const { materials } = await libraryFor(silver.memberId);
    const markup = materials.shadowRoot!.innerHTML;
    for (const node of truth.materials.nodes) expect(markup.includes(node.fileUrl), node.fileUrl).to.be.false;
    expect(materials.shadowRoot!.querySelectorAll('a')).to.have.length(0);
  });

  it('each filter and the search ask the API and show its answer, reflected in attributes, told to the host', async () => {
    const silver = persona('silver');
    const { portal, materials } = await libraryFor(silver.memberId);
    const seen: MaterialFilterDetail[] = [];
    portal.addEventListener('partner-filter-change', (event) => seen.push((event as Event as PartnerFilterChangeEvent<MaterialFilterDetail>).detail));
    const all = await libraryOf(silver.memberId);

    const choose = async (name: string, value: string, attribute: string, filter: Record<string, unknown>, detail: Partial<MaterialFilterDetail>) => {
      const since = await mark();
      const menu = select(materials, name);
      menu.value = value;
      menu.dispatchEvent(new Event('change'));
      await materials.updateComplete;
      expect(materials.getAttribute(attribute)).to.equal(value);
      const truth = await libraryOf(silver.memberId, { filter });
      expect(truth.materials.totalCount, `${name} narrows the library`).to.be.within(1, all.materials.totalCount - 1);
      await until(() => sameIds(materials, truth) && !materials.hasAttribute('aria-busy'), `the server's answer for ${name}=${value}`);
      expect(cards(materials).map(readCard)).to.deep.equal(truth.materials.nodes.map((node) => expectedCard(node)));
      expect(textOf(inShadow(materials, 'footer .count'))).to.equal(`${truth.materials.totalCount} ${truth.materials.totalCount === 1 ? 'material' : 'materials'}`);
      expect(await operations(since)).to.deep.equal(['Materials']);
      expect(seen.at(-1)).to.deep.equal({ type: null, productLine: null, language: null, search: null, ...detail });
      await expect(materials).to.be.accessible();
    };

    await choose('type', 'VIDEO', 'type', { type: 'VIDEO' }, { type: 'VIDEO' });
    materials.type = undefined;
    await until(() => sameIds(materials, all), 'the whole library again');
    const line = all.materialProductLines.find((candidate) => candidate !== 'brand') ?? all.materialProductLines[0]!;
    await choose('productLine', line, 'product-line', { productLine: line }, { productLine: line });
    materials.productLine = undefined;
    await until(() => sameIds(materials, all), 'the whole library again');
    await choose('language', 'nb', 'language', { language: 'nb' }, { language: 'nb' });
    materials.language = undefined;
    await until(() => sameIds(materials, all), 'the whole library again');

    // Search: one request after typing stops; a word of a description finds it too.
    const word = 'anchor';
    const since = await mark();
    const input = inShadow<HTMLInputElement>(materials, 'input[name="search"]');
    for (const letter of word) {
      input.value += letter;
      input.dispatchEvent(new Event('input'));
    }
    expect(materials.hasAttribute('search'), 'not yet: debounced').to.be.false;
    await until(() => materials.getAttribute('search') === word, 'search reflected');
    const found = await libraryOf(silver.memberId, { search: word });
    expect(found.materials.totalCount).to.be.within(1, all.materials.totalCount - 1);
    await until(() => sameIds(materials, found) && !materials.hasAttribute('aria-busy'), 'the search results');
    await settle();
    expect(await operations(since)).to.deep.equal(['Materials']);
    expect(seen.at(-1)).to.deep.equal({ type: null, productLine: null, language: null, search: word });
  });

  it('filters and search from attributes (a deep link) are the first request, the menus show them', async () => {
    const silver = persona('silver');
    const truth = await libraryOf(silver.memberId, { filter: { type: 'BROCHURE', language: 'en' }, search: 'guide' });
    expect(truth.materials.totalCount).to.be.greaterThan(0);
    const since = await mark();
    const { materials } = await libraryFor(silver.memberId, html`<partner-materials type="BROCHURE" language="en" search="guide"></partner-materials>`);
    expect(shownIds(materials)).to.deep.equal(truth.materials.nodes.map((node) => node.id));
    expect(select(materials, 'type').value).to.equal('BROCHURE');
    expect(select(materials, 'language').value).to.equal('en');
    expect(inShadow<HTMLInputElement>(materials, 'input[name="search"]').value).to.equal('guide');
    await settle();
    expect(await operations(since)).to.deep.equal(['Materials']);
  });

  it('nothing matches: the empty message and "Clear filters", which clears the attributes and focuses the search', async () => {
    const silver = persona('silver');
    const { materials } = await libraryFor(silver.memberId, html`<partner-materials type="LOGO" search="zzqx-no-such-material"></partner-materials>`);
    const empty = inShadow(materials, '.empty p');
    expect(textOf(empty)).to.equal('No materials match these filters.');
    expect(cards(materials)).to.have.length(0);
    await expect(materials).to.be.accessible();
    part(materials, 'clear-button').click();
    const all = await libraryOf(silver.memberId);
    await until(() => sameIds(materials, all) && !materials.hasAttribute('aria-busy'), 'the whole library again');
    expect(materials.hasAttribute('type') || materials.hasAttribute('search')).to.be.false;
    expect(select(materials, 'type').value).to.equal('');
    const search = inShadow<HTMLInputElement>(materials, 'input[name="search"]');
    expect(search.value).to.equal('');
    expect(focused()).to.equal(search);
  });

  it('"Show more" follows the cursor', async () => {
    const silver = persona('silver');
    const truth = await libraryOf(silver.memberId, { first: 10 });
    const { materials } = await libraryFor(silver.memberId, html`<partner-materials page-size="5"></partner-materials>`);
    expect(shownIds(materials)).to.deep.equal(truth.materials.nodes.slice(0, 5).map((node) => node.id));
    part(materials, 'more-button').click();
    await until(() => cards(materials).length === 10, 'ten materials after "Show more"');
    expect(shownIds(materials)).to.deep.equal(truth.materials.nodes.map((node) => node.id));
    expect(textOf(inShadow(materials, 'footer .count'))).to.equal(`${truth.materials.totalCount} ${truth.materials.totalCount === 1 ? 'material' : 'materials'}`);
  });

  it('Download: the server counts it once, then the browser gets the file the server answered; the event follows', async () => {
    const { memberId } = await createPartner();
    const { portal, materials } = await libraryFor(memberId);
    const links = catchDownloads(materials);
    const [material] = (await libraryOf(memberId)).materials.nodes;
    const before = await downloadCountOf(memberId, material!.id);

    const since = await mark();
    const event = oneEvent(portal, 'partner-material-download') as Promise<PartnerMaterialDownloadEvent>;
    downloadButton(materials, material!.id).click();
    const done = await event;
    expect(done.bubbles && done.composed).to.be.true;
    expect(done.detail).to.deep.equal({ materialId: material!.id, format: material!.format });
    expect(await downloadCountOf(memberId, material!.id), 'counted once').to.equal(before + 1);
    expect(links).to.deep.equal([new URL(material!.fileUrl, document.baseURI).href]);
    expect(await operations(since)).to.deep.equal(['RecordMaterialDownload']);
    await until(() => textOf(cardOf(materials, material!.id).querySelector('[role="status"]')) === 'Your download has started.', 'the status message');
    await expect(materials).to.be.accessible();

    // A later click is a new download: counted again.
    downloadButton(materials, material!.id).click();
    await until(async () => (await downloadCountOf(memberId, material!.id)) === before + 2, 'the second download counted');
    await until(() => links.length === 2, 'the second file handed over');
    await settle();
    expect(await operations(since), 'nothing refetched after a download').to.deep.equal(['RecordMaterialDownload', 'RecordMaterialDownload']);
  });

  it('a double click, or clicks while the server records, count one download', async () => {
    const { memberId } = await createPartner();
    const { portal, materials } = await libraryFor(memberId);
    const links = catchDownloads(materials);
    const [material] = (await libraryOf(memberId)).materials.nodes;
    const before = await downloadCountOf(memberId, material!.id);
    let events = 0;
    portal.addEventListener('partner-material-download', () => events++);

    const since = await mark();
    await server.hold();
    const button = downloadButton(materials, material!.id);
    button.click();
    await until(() => button.getAttribute('aria-disabled') === 'true', 'busy while the server records');
    expect(textOf(button)).to.equal('Preparing…');
    await expect(materials).to.be.accessible();
    button.click();
    button.click();
    await server.release();
    await until(() => events === 1, 'one download event');
    await settle();
    expect(events).to.equal(1);
    expect(links).to.have.length(1);
    expect(await downloadCountOf(memberId, material!.id)).to.equal(before + 1);
    expect(await operations(since)).to.deep.equal(['RecordMaterialDownload']);

    // The second click of a double click (detail 2) is not a second download.
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
    await settle();
    expect(events).to.equal(1);
    expect(await downloadCountOf(memberId, material!.id)).to.equal(before + 1);
  });

  it('a material withdrawn meanwhile: "no longer available" in place, nothing counted, nothing downloaded', async () => {
    const { memberId } = await createPartner();
    const flyer = await supplierMaterial();
    const { materials } = await libraryFor(memberId, html`<partner-materials search=${flyer.title}></partner-materials>`);
    expect(shownIds(materials)).to.deep.equal([flyer.id]);
    expect(cardOf(materials, flyer.id).querySelector('img'), 'no preview: the box stays empty').to.be.null;
    const links = catchDownloads(materials);
    await flyer.withdraw();
    downloadButton(materials, flyer.id).click();
    await until(() => cardOf(materials, flyer.id).querySelector('[part~="error"]'), 'the refusal');
    const error = cardOf(materials, flyer.id).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.equal('This material is no longer available.');
    expect(links).to.have.length(0);
    const { total } = await admin<{ total: { nodes: { downloadCount: number }[] } }>(`{ total: materials(first: 1, search: ${JSON.stringify(flyer.title)}) { nodes { downloadCount } } }`);
    expect(total.nodes[0]!.downloadCount).to.equal(0);
    await expect(materials).to.be.accessible();
  });

  it('server down at "Download": the network message in place; "Download" again works once it is back', async () => {
    const { memberId } = await createPartner();
    const { materials } = await libraryFor(memberId);
    const links = catchDownloads(materials);
    const [material] = (await libraryOf(memberId)).materials.nodes;
    const before = await downloadCountOf(memberId, material!.id);
    await server.stop();
    downloadButton(materials, material!.id).click();
    await until(() => cardOf(materials, material!.id).querySelector('[part~="error"]'), 'the failure');
    expect(textOf(cardOf(materials, material!.id).querySelector('[part~="error"]'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(materials).to.be.accessible();
    await server.start();
    downloadButton(materials, material!.id).click();
    await until(() => links.length === 1, 'downloaded once the server is back');
    expect(cardOf(materials, material!.id).querySelector('[part~="error"]'), 'the failure is gone').to.be.null;
    expect(await downloadCountOf(memberId, material!.id)).to.equal(before + 1);
  });

  it('keyboard only: Tab through search and filters, choose a type with the arrow keys, Enter downloads', async () => {
    const { memberId } = await createPartner();
    const portal = await inPortal(memberId, html`<button id="before">before</button><partner-materials></partner-materials>`);
    const materials = widget<PartnerMaterials>(portal, 'partner-materials');
    await untilReady(materials);
    const links = catchDownloads(materials);
    portal.querySelector<HTMLButtonElement>('#before')!.focus();
    await tabTo(inShadow(materials, 'input[name="search"]'), 2);
    await press('Tab');
    expect(focused()).to.equal(select(materials, 'type'));
    await press('ArrowDown');
    await until(() => materials.getAttribute('type') === 'CATALOG', 'the first type chosen with the keyboard');
    const truth = await libraryOf(memberId, { filter: { type: 'CATALOG' } });
    await until(() => sameIds(materials, truth) && !materials.hasAttribute('aria-busy'), 'catalogues');
    expect(focused(), 'focus stays on the menu').to.equal(select(materials, 'type'));
    await press('Tab');
    expect(focused()).to.equal(select(materials, 'productLine'));
    await press('Tab');
    expect(focused()).to.equal(select(materials, 'language'));
    const first = truth.materials.nodes[0]!;
    await tabTo(downloadButton(materials, first.id), 2);
    const before = await downloadCountOf(memberId, first.id);
    await press('Enter');
    await until(() => links.length === 1, 'the file handed over');
    expect(await downloadCountOf(memberId, first.id)).to.equal(before + 1);
    expect(focused(), 'focus stays on the button').to.equal(downloadButton(materials, first.id));
  });

  it('in Norwegian and Thai: texts, file sizes and language names in the reader’s language, titles from the server', async () => {
    for (const locale of ['nb', 'th']) {
      const member = persona(locale === 'nb' ? 'gold' : 'platinum').memberId;
      const truth = await libraryOf(member, {}, locale);
      const { materials } = await libraryFor(member, html`<partner-materials></partner-materials>`, locale);
      await until(() => textOf(inShadow(materials, 'h2')) === { nb: 'Markedsmateriell', th: 'สื่อการตลาด' }[locale], `the ${locale} heading`);
      expect(cards(materials).map(readCard)).to.deep.equal(truth.materials.nodes.map((node) => expectedCard(node, locale)));
      expect([...select(materials, 'language').options].slice(1).map(textOf)).to.deep.equal(truth.materialLanguages.map((code) => languageOf(locale, code)));
      await expect(materials).to.be.accessible();
    }
  });

  it('server down: the network message and retry', async () => {
    await server.stop();
    const portal = await inPortal(persona('silver').memberId, html`<partner-materials></partner-materials>`);
    const materials = widget(portal, 'partner-materials');
    const error = await untilError(materials);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(materials).to.be.accessible();
    await server.start();
    part(materials, 'retry-button').click();
    await untilReady(materials);
    expect(cards(materials).length).to.be.greaterThan(0);
  });
});
