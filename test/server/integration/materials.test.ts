import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, errorCode, type TestServer } from '../support/harness.js';

const MATERIAL = `id title description type productLine language format fileSizeBytes fileUrl previewUrl previewWidth previewHeight
  publishedAt isNew downloadCount`;
const UPSERT = `mutation($input: UpsertMaterialInput!) { upsertMaterial(input: $input) { ${MATERIAL} } }`;
const MATERIALS = `query($first: Int, $after: String, $filter: MaterialFilter, $search: String) {
  materials(first: $first, after: $after, filter: $filter, search: $search) {
    nodes { ${MATERIAL} } edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount } }`;
const PRODUCT_LINES = `{ materialProductLines }`;
const LANGUAGES = `{ materialLanguages }`;
const DOWNLOAD = `mutation($id: ID!) { recordMaterialDownload(input: { materialId: $id }) { url material { id downloadCount } } }`;

const DAY = 86_400_000;

describe('materials library', () => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  const daysAgo = (days: number) => new Date(server.clock.now().getTime() - days * DAY).toISOString();
  const input = (extra: Record<string, unknown> = {}) => ({
    title: { en: 'Drill display stand', th: 'ขาตั้งแสดงสว่าน' },
    description: { en: 'A point-of-sale stand for the drill range.' },
    type: 'POS',
    productLine: 'Drills',
    language: 'en',
    format: 'PDF',
    fileSizeBytes: 5_000_000_000,
    fileUrl: 'https://files.example/drill-stand.pdf',
    previewUrl: 'https://files.example/drill-stand.png',
    ...extra,
  });
  const create = async (key: string, extra: Record<string, unknown>) => {
    const material = ok(await server.admin(UPSERT, { input: input(extra) })).upsertMaterial;
    ids[key] = material.id;
    return material;
  };
  const query = async (variables: Record<string, unknown>, memberId = 'mem_a1', locale?: string) =>
    ok(await server.member(memberId, MATERIALS, { first: 100, ...variables }, locale)).materials;
  const keysOf = (nodes: { id: string }[]) => nodes.map((node) => Object.keys(ids).find((key) => ids[key] === node.id));

  before(async () => {
    server = await startTestServer();
    await create('stand', { publishedAt: daysAgo(3) });
    await create('catalog', {
      title: { en: 'Grinder catalogue 2026', nb: 'Slipemaskinkatalog 2026' },
      description: { en: 'Angle grinders and cutting discs.', nb: 'Vinkelslipere og kappeskiver.' },
      type: 'CATALOG',
      productLine: 'Grinders',
      publishedAt: daysAgo(10),
    });
    await create('banner', { title: { en: 'Spring banner 100%_off' }, type: 'BANNER', productLine: 'Drills', language: 'nb', publishedAt: daysAgo(40) });
    await create('logo', { title: { en: 'Brand logo' }, type: 'LOGO', productLine: 'Brand', previewUrl: null, publishedAt: daysAgo(400) });
    await create('video', { title: { en: 'Saw demo' }, type: 'VIDEO', productLine: 'saws', language: 'ms', publishedAt: daysAgo(10) });
    await create('scheduled', { title: { en: 'Next season teaser' }, type: 'BANNER', productLine: 'Teasers', language: 'th', publishedAt: daysAgo(-5) });
  });
  after(() => server.close());

  it('creates materials through the admin API with defaults', async () => {
    const m = ok(await server.admin(UPSERT, { input: input({ title: { en: 'Temp' }, productLine: 'Zzz' }) })).upsertMaterial;
    assert.match(m.id, /^mat_/);
    assert.equal(m.previewWidth, 320);
    assert.equal(m.previewHeight, 240);
    assert.equal(m.fileSizeBytes, 5_000_000_000, 'beyond 32 bits');
    assert.equal(m.publishedAt, '2026-11-23T12:00:00.000Z', 'published now when no date is given');
    assert.equal(m.downloadCount, 0);
    ids.temp = m.id;
  });

  it('lists published materials newest first, with a total, and keeps scheduled ones from members', async () => {
    const all = await query({});
    assert.deepEqual(keysOf(all.nodes), ['temp', 'stand', 'catalog', 'video', 'banner', 'logo'].sort(sameDateById(all.nodes, ids)));
    assert.equal(all.totalCount, 6);
    assert.ok(!keysOf(all.nodes).includes('scheduled'));
    const supplier = ok(await server.admin(MATERIALS, { first: 100 })).materials;
    assert.equal(supplier.totalCount, 7, 'the supplier sees the scheduled one too');
  });

  it('marks what was published within 30 days as new', async () => {
    const byKey = Object.fromEntries((await query({})).nodes.map((n: any) => [keysOf([n])[0], n.isNew]));
    assert.deepEqual(byKey, { temp: true, stand: true, catalog: true, video: true, banner: false, logo: false });
    server.clock.advanceDays(21);
    try {
      const later = Object.fromEntries((await query({})).nodes.map((n: any) => [keysOf([n])[0], n.isNew]));
      assert.equal(later.stand, true, '24 days old');
      assert.equal(later.catalog, false, '31 days old');
    } finally {
      server.clock.set('2026-11-23T12:00:00.000Z');
    }
  });

  it('filters by type, product line and language', async () => {
    assert.deepEqual(keysOf((await query({ filter: { type: 'BANNER' } })).nodes), ['banner']);
    const drills = await query({ filter: { productLine: 'Drills' } });
    assert.deepEqual(keysOf(drills.nodes), ['stand', 'banner']);
    assert.equal(drills.totalCount, 2);
    assert.deepEqual(keysOf((await query({ filter: { language: 'ms' } })).nodes), ['video']);
    assert.deepEqual(keysOf((await query({ filter: { productLine: 'Drills', language: 'nb' } })).nodes), ['banner']);
    assert.equal((await query({ filter: { type: 'CATALOG', productLine: 'Drills' } })).totalCount, 0);
  });

  it('searches titles case-insensitively in the request locale and in English, and product lines', async () => {
    assert.deepEqual(keysOf((await query({ search: 'GRINDER' })).nodes), ['catalog']);
    assert.deepEqual(keysOf((await query({ search: 'slipemaskin' }, 'mem_a1', 'nb')).nodes), ['catalog']);
    assert.deepEqual(keysOf((await query({ search: 'slipemaskin' }, 'mem_a1', 'en')).nodes), [], 'not in the English request');
    assert.deepEqual(keysOf((await query({ search: 'ขาตั้ง' }, 'mem_a1', 'th')).nodes), ['stand']);
    assert.deepEqual(keysOf((await query({ search: 'drill display' }, 'mem_a1', 'th')).nodes), ['stand'], 'English still matches');
    assert.deepEqual(keysOf((await query({ search: 'SAWS' })).nodes), ['video'], 'product line');
    assert.deepEqual(keysOf((await query({ search: '  ' })).nodes).length, 6, 'blank search is no search');
  });

  it('searches descriptions too, in the request locale and in English', async () => {
    assert.deepEqual(keysOf((await query({ search: 'CUTTING disc' })).nodes), ['catalog']);
    assert.deepEqual(keysOf((await query({ search: 'kappeskiver' }, 'mem_a1', 'nb')).nodes), ['catalog']);
    assert.deepEqual(keysOf((await query({ search: 'kappeskiver' }, 'mem_a1', 'en')).nodes), [], 'not in the English request');
    assert.deepEqual(keysOf((await query({ search: 'angle grinders' }, 'mem_a1', 'th')).nodes), ['catalog'], 'English still matches');
    assert.equal((await query({ search: 'point-of-sale stand' })).totalCount, 5, 'the shared description');
    assert.deepEqual(keysOf((await query({ search: 'point-of-sale', filter: { type: 'VIDEO' } })).nodes), ['video'], 'with a filter');
  });

  it('treats % and _ in a search as letters', async () => {
    assert.deepEqual(keysOf((await query({ search: '%' })).nodes), ['banner']);
    assert.deepEqual(keysOf((await query({ search: '0%_o' })).nodes), ['banner']);
    assert.deepEqual(keysOf((await query({ search: '_' })).nodes), ['banner']);
    assert.equal((await query({ search: 'Drill%stand' })).totalCount, 0);
    assert.equal((await query({ search: '\\' })).totalCount, 0);
    assert.equal(errorCode(await server.member('mem_a1', MATERIALS, { search: 'x'.repeat(101) })), 'BAD_USER_INPUT');
  });

  it('pages through results with cursors, each item once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = ok(await server.member('mem_a1', MATERIALS, { first: 2, after })).materials;
      pages += 1;
      assert.equal(page.totalCount, 6, 'the total ignores the page');
      seen.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, (await query({})).nodes.map((n: any) => n.id));
    assert.equal(errorCode(await server.member('mem_a1', MATERIALS, { after: 'bm9wZQ' })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await server.member('mem_a1', MATERIALS, { first: 0 })), 'BAD_USER_INPUT');
  });

  it('lists the product lines present, sorted, without scheduled-only ones', async () => {
    assert.deepEqual(ok(await server.member('mem_b1', PRODUCT_LINES)).materialProductLines, ['Brand', 'Drills', 'Grinders', 'saws', 'Zzz']);
    assert.ok(ok(await server.admin(PRODUCT_LINES)).materialProductLines.includes('Teasers'));
  });

  it('lists the languages present, sorted, without scheduled-only ones', async () => {
    assert.deepEqual(ok(await server.member('mem_b1', LANGUAGES)).materialLanguages, ['en', 'ms', 'nb']);
    assert.deepEqual(ok(await server.admin(LANGUAGES)).materialLanguages, ['en', 'ms', 'nb', 'th'], 'the supplier sees the scheduled Thai one');
    assert.equal(errorCode((await server.post({ query: LANGUAGES })).body), 'UNAUTHENTICATED');
  });

  it('counts each download exactly once and returns the file address', async () => {
    for (const expected of [1, 2, 3]) {
      const download = ok(await server.member('mem_b1', DOWNLOAD, { id: ids.stand })).recordMaterialDownload;
      assert.equal(download.url, 'https://files.example/drill-stand.pdf');
      assert.equal(download.material.downloadCount, expected);
    }
    await Promise.all(Array.from({ length: 4 }, () => server.member('mem_a2', DOWNLOAD, { id: ids.stand })));
    const stand = (await query({})).nodes.find((n: any) => n.id === ids.stand);
    assert.equal(stand.downloadCount, 7);
    const rows = await server.server.deps.db.selectFrom('material_downloads').select(['member_id', 'partner_id']).where('material_id', '=', ids.stand).execute();
    assert.equal(rows.length, 7);
    assert.equal(rows.filter((r) => r.member_id === 'mem_b1' && r.partner_id === 'ptn_b').length, 3);
  });

  it('refuses to count unknown or unpublished materials, and callers who are not members', async () => {
    assert.equal(errorCode(await server.member('mem_b1', DOWNLOAD, { id: 'mat_nope' })), 'NOT_FOUND');
    assert.equal(errorCode(await server.member('mem_b1', DOWNLOAD, { id: ids.scheduled })), 'NOT_FOUND');
    assert.equal(errorCode(await server.admin(DOWNLOAD, { id: ids.stand })), 'FORBIDDEN');
    assert.equal(errorCode((await server.post({ query: MATERIALS })).body), 'UNAUTHENTICATED');
    const count = await server.server.deps.db.selectFrom('material_downloads').select('id').where('material_id', '=', ids.scheduled).execute();
    assert.equal(count.length, 0);
  });

  it('validates material input and updates in place, keeping the download count', async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ fileUrl: 'javascript:alert(1)' }, 'fileUrl'],
      [{ fileUrl: '/relative.pdf' }, 'fileUrl'],
      [{ previewUrl: 'data:image/png;base64,AAAA' }, 'previewUrl'],
      [{ fileSizeBytes: -1 }, 'fileSizeBytes'],
      [{ productLine: '' }, 'productLine'],
      [{ format: 'x'.repeat(21) }, 'format'],
      [{ previewWidth: 0 }, 'previewWidth'],
      [{ title: { en: 'x'.repeat(121) } }, 'title.en'],
      [{ description: { en: 'ok', th: 'x'.repeat(2001) } }, 'description.th'],
    ];
    for (const [change, field] of bad) {
      const response = await server.admin(UPSERT, { input: input(change) });
      assert.equal(errorCode(response), 'BAD_USER_INPUT', JSON.stringify(change));
      assert.equal(response.errors?.[0].extensions?.field, field);
    }
    assert.equal(ok(await server.admin(MATERIALS, { first: 100 })).materials.totalCount, 7, 'nothing written');
    assert.equal(errorCode(await server.admin(UPSERT, { input: input({ id: 'mat_nope' }) })), 'NOT_FOUND');
    assert.equal(errorCode(await server.member('mem_a1', UPSERT, { input: input() })), 'FORBIDDEN');

    const updated = ok(await server.admin(UPSERT, { input: input({ id: ids.stand, title: { en: 'Drill stand v2' } }) })).upsertMaterial;
    assert.equal(updated.title, 'Drill stand v2');
    assert.equal(updated.downloadCount, 7);
    assert.equal(updated.publishedAt, daysAgo(3), 'editing keeps the publication date');
  });
});

/** Expected order: publishedAt descending, then id ascending among equal dates. */
function sameDateById(nodes: { id: string; publishedAt: string }[], ids: Record<string, string>) {
  const published = new Map(nodes.map((n) => [n.id, n.publishedAt]));
  return (a: string, b: string) => {
    const [pa, pb] = [published.get(ids[a])!, published.get(ids[b])!];
    if (pa !== pb) return pa < pb ? 1 : -1;
    return ids[a] < ids[b] ? -1 : 1;
  };
}
