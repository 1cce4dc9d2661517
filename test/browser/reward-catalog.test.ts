import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PartnerFilterChangeEvent, PartnerRedeemEvent, PartnerRedeemedEvent, RewardFilterDetail } from '../../src/events.js';
import type { PartnerPortal, PartnerRewardCatalog } from '../../src/index.js';
import { availableShown, fmt, focused, inShadow, isLoading, part, parts, press, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { admin, apiUrl, asMember, clock, createPartner, initialNow, mark, requestsSince, server, tokenFor, uniqueId } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { ledgerOf, persona, pointsOf } from './support/truth.js';

interface Reward {
  id: string;
  description?: string;
  sku: string;
  name: string;
  costPoints: number;
  stock: number | null;
  stockState: string;
  requiredTier: { name: string } | null;
  imageUrl: string | null;
  imageAlt: string;
  imageWidth: number;
  imageHeight: number;
  eligibility: { redeemable: boolean; reason: string | null; shortByPoints: number; maxQuantity: number };
}

/** The server's answer, asked as the member (not through the widget). */
async function rewardsOf(memberId: string, args: { first?: number; filter?: Record<string, unknown>; search?: string; sort?: string } = {}) {
  const data = await asMember(
    memberId,
    `query($first: Int!, $filter: RewardFilter, $search: String, $sort: RewardSort) {
      rewards(first: $first, filter: $filter, search: $search, sort: $sort) {
        nodes { id sku name costPoints stock stockState requiredTier { name } imageUrl imageAlt imageWidth imageHeight eligibility { redeemable reason shortByPoints maxQuantity } }
        pageInfo { hasNextPage } totalCount } }`,
    { first: args.first ?? 12, filter: args.filter, search: args.search, sort: args.sort ?? 'POPULARITY' },
  );
  return data.rewards as { nodes: Reward[]; pageInfo: { hasNextPage: boolean }; totalCount: number };
}

async function redemptionCount(memberId: string): Promise<number> {
  const data = await asMember(memberId, `{ viewer { redemptions(first: 100) { nodes { id } } } }`);
  return data.viewer.redemptions.nodes.length;
}

const cards = (host: Element) => parts(host, 'reward').filter((li) => !li.closest('[aria-hidden="true"]'));
const names = (host: Element) => cards(host).map((li) => textOf(li.querySelector('h3')));
const cardOf = (host: Element, id: string) => inShadow(host, `[part~="reward"][data-id="${id}"]`);
const dialogOf = (host: Element) => inShadow<HTMLDialogElement>(host, 'dialog');

async function catalogFor(memberId: string, attributes = html`<partner-reward-catalog></partner-reward-catalog>`) {
  const portal = await inPortal(memberId, attributes);
  const catalog = widget<PartnerRewardCatalog>(portal, 'partner-reward-catalog');
  await untilReady(catalog);
  return { portal, catalog };
}

/** A partner of this test's own with points, and a reward it can redeem (unlimited stock). */
async function partnerWithPoints(points = 50_000) {
  const partner = await createPartner({ points });
  // One the catalog shows on its first page (default sort).
  const { nodes } = await rewardsOf(partner.memberId);
  const reward = nodes.find((candidate) => candidate.eligibility.redeemable && candidate.stock === null && candidate.costPoints > 0);
  expect(reward, 'an unlimited reward the new partner can redeem').to.exist;
  return { ...partner, reward: reward! };
}

async function openConfirm(catalog: Element, rewardId: string) {
  cardOf(catalog, rewardId).querySelector<HTMLButtonElement>('[part="redeem-button"]')!.click();
  await until(() => dialogOf(catalog).open && dialogOf(catalog).querySelector('[part~="confirm-button"]'), 'the confirm dialog');
  return dialogOf(catalog);
}

const UPSERT_REWARD = `mutation($input: UpsertRewardInput!) { upsertReward(input: $input) { id } }`;

/**
 * A reward of the test's own, made by the supplier through the admin API (a unique name, so a
 * catalog searching for it shows just that one). Answers it and a function that changes it.
 */
async function supplierReward(fields: Record<string, unknown> = {}) {
  const name = uniqueId('Stale reward');
  const { rewardCategories } = await asMember(persona('silver').memberId, `{ rewardCategories { code } }`);
  const input = { sku: uniqueId('SKU'), categoryCode: rewardCategories[0].code, name: { en: name }, description: { en: `${name}, as described by the supplier.` }, costPoints: 500, stock: null, ...fields };
  const { upsertReward } = await admin<{ upsertReward: { id: string } }>(UPSERT_REWARD, { input });
  const update = (changes: Record<string, unknown>) => admin(UPSERT_REWARD, { input: { ...input, id: upsertReward.id, ...changes } });
  return { id: upsertReward.id, name, update };
}

/** The catalog of a new partner with points, showing only `reward`; the confirm step opened. */
async function staleCatalogFor(reward: { id: string; name: string }) {
  const { memberId } = await createPartner({ points: 10_000 });
  const { catalog } = await catalogFor(memberId, html`<partner-reward-catalog search=${reward.name}></partner-reward-catalog>`);
  expect(cards(catalog).map((li) => li.dataset.id)).to.deep.equal([reward.id]);
  return { memberId, catalog };
}

/** Confirms and answers the refusal shown in the dialog; nothing was spent. */
async function refusal(catalog: Element, memberId: string, rewardId: string): Promise<string> {
  await openConfirm(catalog, rewardId);
  part(catalog, 'confirm-button').click();
  await until(() => dialogOf(catalog).querySelector('[part~="error"]'), 'the refusal in the dialog');
  const error = dialogOf(catalog).querySelector('[part~="error"]')!;
  expect(error.getAttribute('role')).to.equal('alert');
  expect(dialogOf(catalog).querySelector('[part~="confirm-button"]'), 'no retry for a refusal').to.be.null;
  expect(await redemptionCount(memberId)).to.equal(0);
  expect((await pointsOf(memberId)).available).to.equal(10_000);
  return textOf(error);
}

const operations = async (since: number) => (await requestsSince(since)).flatMap((request) => request.operations);

describe('<partner-reward-catalog>', () => {
  afterEach(() => server.restore());

  it('shows placeholder cards while loading, busy, hidden from assistive technology, reserving room', async () => {
    const { result: portal } = await whileHeld(() => inPortal(persona('silver').memberId, html`<partner-reward-catalog></partner-reward-catalog>`));
    const catalog = widget(portal, 'partner-reward-catalog');
    expect(isLoading(catalog)).to.be.true;
    expect(catalog.getAttribute('aria-busy')).to.equal('true');
    expect(cards(catalog)).to.have.length(0);
    const height = catalog.getBoundingClientRect().height;
    await expect(catalog).to.be.accessible();
    await server.release();
    await untilReady(catalog);
    expect(catalog.getBoundingClientRect().height, 'the skeleton reserves room').to.be.at.least(height * 0.9);
  });

  it('lists the rewards as the API has them for the persona: name, cost, stock, tier gate, picture box, count', async () => {
    const silver = persona('silver');
    const truth = await rewardsOf(silver.memberId);
    expect(truth.nodes.length).to.be.greaterThan(2);
    const { catalog } = await catalogFor(silver.memberId);

    expect(names(catalog)).to.deep.equal(truth.nodes.map((reward) => reward.name));
    for (const reward of truth.nodes) {
      const card = cardOf(catalog, reward.id);
      expect(textOf(card.querySelector('[part="cost"]'))).to.equal(`${fmt.number('en', reward.costPoints)} points`);
      const stock = textOf(card.querySelector('[part="stock"]'));
      expect(stock).to.equal(reward.stockState === 'OUT_OF_STOCK' ? 'Sold out' : reward.stockState === 'LOW_STOCK' ? `Only ${fmt.number('en', reward.stock!)} left` : 'In stock');
      if (reward.requiredTier) expect(textOf(card.querySelector('.tier'))).to.equal(`${reward.requiredTier.name} and above`);
      expect(card.querySelector('[part="redeem-button"]') !== null, `${reward.name} redeemable`).to.equal(reward.eligibility.redeemable);
      const img = card.querySelector('img');
      if (reward.imageUrl) {
        expect({ src: img?.getAttribute('src'), width: img?.getAttribute('width'), height: img?.getAttribute('height'), loading: img?.getAttribute('loading') }).to.deep.equal({
          src: reward.imageUrl,
          width: String(reward.imageWidth),
          height: String(reward.imageHeight),
          loading: 'lazy',
        });
      }
    }
    expect(textOf(inShadow(catalog, 'footer .count'))).to.equal(`${fmt.number('en', truth.totalCount)} rewards`);
    expect(catalog.shadowRoot!.querySelector('[part="more-button"]') !== null).to.equal(truth.pageInfo.hasNextPage);
    await expect(catalog).to.be.accessible();
  });

  it('seasonal: each card shows its window, and the stock ("Only N left") as the API has it', async () => {
    const silver = persona('silver');
    const data = await asMember(
      silver.memberId,
      `{ rewards(first: 24, filter: { seasonal: true }) { nodes { id name availableFrom availableUntil stock stockState } } }`,
    );
    const truth = data.rewards.nodes as { id: string; availableFrom: string | null; availableUntil: string | null; stock: number | null; stockState: string }[];
    expect(truth.length, 'the seed has seasonal rewards').to.be.greaterThan(0);
    const { catalog } = await catalogFor(silver.memberId, html`<partner-reward-catalog seasonal page-size="24"></partner-reward-catalog>`);
    expect(cards(catalog).map((li) => li.dataset.id)).to.deep.equal(truth.map((reward) => reward.id));
    for (const reward of truth) {
      const season = textOf(cardOf(catalog, reward.id).querySelector('.season'));
      const from = reward.availableFrom && fmt.date('en', reward.availableFrom);
      const until = reward.availableUntil && fmt.date('en', reward.availableUntil);
      expect(season).to.equal(from && until ? `Available ${from} – ${until}` : from ? `Available from ${from}` : until ? `Available until ${until}` : 'Seasonal');
      if (reward.stockState === 'LOW_STOCK') expect(textOf(cardOf(catalog, reward.id).querySelector('[part="stock"]'))).to.equal(`Only ${reward.stock} left`);
    }
  });

  it('in Thai: texts and numbers in the reader’s language, reward names from the server', async () => {
    const silver = persona('silver');
    const data = await asMember(silver.memberId, `{ rewards(first: 12) { nodes { id name costPoints } totalCount } }`, {}, 'th');
    const portal = await inPortal(silver.memberId, html`<partner-reward-catalog></partner-reward-catalog>`, { locale: 'th' });
    const catalog = widget(portal, 'partner-reward-catalog');
    await untilReady(catalog);
    expect(textOf(inShadow(catalog, 'h2'))).to.equal('ของรางวัล');
    expect(names(catalog)).to.deep.equal(data.rewards.nodes.map((reward: { name: string }) => reward.name));
    const [first] = data.rewards.nodes;
    expect(textOf(cardOf(catalog, first.id).querySelector('[part="cost"]'))).to.equal(`${fmt.number('th', first.costPoints)} คะแนน`);
    expect(textOf(inShadow(catalog, 'footer .count'))).to.equal(`ของรางวัล ${fmt.number('th', data.rewards.totalCount)} รายการ`);
    await expect(catalog).to.be.accessible();
  });

  it('"Show more" follows the cursor', async () => {
    const silver = persona('silver');
    const truth = await rewardsOf(silver.memberId, { first: 6 });
    expect(truth.pageInfo.hasNextPage).to.be.true;
    const { catalog } = await catalogFor(silver.memberId, html`<partner-reward-catalog page-size="3"></partner-reward-catalog>`);
    expect(names(catalog)).to.deep.equal(truth.nodes.slice(0, 3).map((reward) => reward.name));
    part(catalog, 'more-button').click();
    await until(() => cards(catalog).length === 6, 'six rewards after "Show more"');
    expect(names(catalog)).to.deep.equal(truth.nodes.map((reward) => reward.name));
  });

  it('a long catalog keeps a small DOM: only the rows near the viewport are rendered, every reward reachable by scrolling', async () => {
    // A category of this test's own with more rewards than the catalog renders at once.
    const category = uniqueId('bulk').toLowerCase();
    await admin(`mutation($input: UpsertRewardCategoryInput!) { upsertRewardCategory(input: $input) { id } }`, { input: { code: category, name: { en: 'Bulk' } } });
    const created: string[] = [];
    for (let i = 0; i < 150; i++) {
      const input = { sku: uniqueId('BULK'), categoryCode: category, name: { en: `Bulk reward ${i}` }, description: { en: 'One of many.' }, costPoints: 100 + i, stock: null };
      created.push((await admin<{ upsertReward: { id: string } }>(UPSERT_REWARD, { input })).upsertReward.id);
    }
    // The virtualizer measures the rows it adds in the frame it adds them, which Chromium reports
    // as "ResizeObserver loop completed with undelivered notifications": a notice that the rest
    // is delivered next frame (per spec; nothing is lost), not a failure of the page.
    const reportError = window.onerror;
    window.onerror = (message, ...rest) => (String(message).startsWith('ResizeObserver loop') ? true : reportError?.call(window, message, ...rest));
    try {
      await longCatalog(category, created);
    } finally {
      window.onerror = reportError;
    }
  });

  async function longCatalog(category: string, created: string[]) {
    const silver = persona('silver');
    const { catalog } = await catalogFor(silver.memberId, html`<partner-reward-catalog category=${category} sort="POINTS_ASC" page-size="100" hide-images></partner-reward-catalog>`);
    const nodes = () => catalog.shadowRoot!.querySelectorAll('*').length;
    await until(() => catalog.shadowRoot!.querySelector('.virtual [part~="reward"]'), 'the virtual list');
    await settle();
    expect(catalog.shadowRoot!.querySelector('.first-rows'), 'the plainly drawn first rows gave way to the virtual ones').to.be.null;
    expect(cards(catalog).length, 'rewards in the DOM').to.be.within(3, 60);
    expect(nodes(), 'elements in the shadow root').to.be.at.most(300);
    expect(cards(catalog)[0].dataset.id).to.equal(created[0]);
    expect(inShadow(catalog, '.virtual').getAttribute('role')).to.equal('list');
    expect(textOf(inShadow(catalog, 'footer .count'))).to.equal('150 rewards');

    // The next page joins the same virtual list; the DOM stays as small.
    part(catalog, 'more-button').click();
    await until(() => !catalog.shadowRoot!.querySelector('[part~="more-button"]'), 'the last page');
    // Scrolling to the end brings the last reward into the DOM.
    const rendered = (id: string) => catalog.shadowRoot!.querySelector(`[part~="reward"][data-id="${id}"]`);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await until(() => rendered(created[149]), 'the last reward after scrolling to the end');
    expect(rendered(created[0]), 'the first reward left the DOM').to.be.null;
    expect(nodes()).to.be.at.most(300);
    // The grid keeps its columns: a row's cards share the same top.
    const tops = cards(catalog).map((card) => Math.round(card.getBoundingClientRect().top));
    expect(new Set(tops).size, 'rows of several cards').to.be.below(tops.length);
    await expect(catalog).to.be.accessible();
    window.scrollTo(0, 0);
  }

  it('partner-filter-change tells the host the filters after each change, for its URL', async () => {
    const { portal, catalog } = await catalogFor(persona('silver').memberId, html`<partner-reward-catalog seasonal></partner-reward-catalog>`);
    const seen: RewardFilterDetail[] = [];
    portal.addEventListener('partner-filter-change', (event) => seen.push((event as Event as PartnerFilterChangeEvent<RewardFilterDetail>).detail));
    const sort = inShadow<HTMLSelectElement>(catalog, 'select[name="sort"]');
    sort.value = 'NEWEST';
    sort.dispatchEvent(new Event('change'));
    await until(() => seen.length === 1, 'an event after the sort changed');
    expect(seen[0]).to.deep.equal({ category: null, affordable: false, myTier: false, seasonal: true, search: null, sort: 'NEWEST' });
    inShadow<HTMLInputElement>(catalog, 'input[name="affordable"]').click();
    await until(() => seen.length === 2, 'an event after "I can afford now"');
    expect(seen[1]).to.include({ affordable: true, sort: 'NEWEST' });
    catalog.setAttribute('search', 'drill');
    await until(() => seen.length === 3, 'an event after the host set the search');
    expect(seen[2].search).to.equal('drill');
  });

  it('filters, sort and search from attributes ask the API for the same and show its answer', async () => {
    const silver = persona('silver');
    const truth = await rewardsOf(silver.memberId, { filter: { affordable: true }, sort: 'POINTS_DESC' });
    const { catalog } = await catalogFor(silver.memberId, html`<partner-reward-catalog affordable sort="POINTS_DESC"></partner-reward-catalog>`);
    expect(names(catalog)).to.deep.equal(truth.nodes.map((reward) => reward.name));
    expect(inShadow<HTMLInputElement>(catalog, 'input[name="affordable"]').checked).to.be.true;
    expect(inShadow<HTMLSelectElement>(catalog, 'select[name="sort"]').value).to.equal('POINTS_DESC');
  });

  it('the controls reflect into attributes: my tier, seasonal, category, sort, debounced search', async () => {
    const silver = persona('silver');
    const { catalog } = await catalogFor(silver.memberId);

    const myTier = inShadow<HTMLInputElement>(catalog, 'input[name="my-tier"]');
    myTier.click();
    await catalog.updateComplete;
    expect(catalog.hasAttribute('my-tier')).to.be.true;
    let truth = await rewardsOf(silver.memberId, { filter: { availableAtMyTier: true } });
    await until(() => JSON.stringify(names(catalog)) === JSON.stringify(truth.nodes.map((reward) => reward.name)) && !catalog.hasAttribute('aria-busy'), 'rewards at my tier');

    const sort = inShadow<HTMLSelectElement>(catalog, 'select[name="sort"]');
    sort.value = 'POINTS_ASC';
    sort.dispatchEvent(new Event('change'));
    await catalog.updateComplete;
    expect(catalog.getAttribute('sort')).to.equal('POINTS_ASC');
    truth = await rewardsOf(silver.memberId, { filter: { availableAtMyTier: true }, sort: 'POINTS_ASC' });
    await until(() => JSON.stringify(names(catalog)) === JSON.stringify(truth.nodes.map((reward) => reward.name)), 'sorted by points');

    const categories = (await asMember(silver.memberId, `{ rewardCategories { code name } }`)).rewardCategories as { code: string; name: string }[];
    const select = inShadow<HTMLSelectElement>(catalog, 'select[name="category"]');
    expect([...select.options].slice(1).map((option) => option.textContent?.trim())).to.deep.equal(categories.map((category) => category.name));
    select.value = categories[0].code;
    select.dispatchEvent(new Event('change'));
    await catalog.updateComplete;
    expect(catalog.getAttribute('category')).to.equal(categories[0].code);
    truth = await rewardsOf(silver.memberId, { filter: { availableAtMyTier: true, categoryCode: categories[0].code }, sort: 'POINTS_ASC' });
    await until(() => JSON.stringify(names(catalog)) === JSON.stringify(truth.nodes.map((reward) => reward.name)), 'one category');

    // Search: one request after typing stops.
    catalog.category = undefined;
    catalog.myTier = false;
    await until(() => !catalog.hasAttribute('aria-busy'), 'loaded');
    const word = (await rewardsOf(silver.memberId)).nodes[0].name.split(' ')[0];
    const since = await mark();
    const input = inShadow<HTMLInputElement>(catalog, 'input[type="search"]');
    for (const letter of word) {
      input.value += letter;
      input.dispatchEvent(new Event('input'));
    }
    expect(catalog.hasAttribute('search'), 'not yet: debounced').to.be.false;
    await until(() => catalog.getAttribute('search') === word, 'search reflected');
    truth = await rewardsOf(silver.memberId, { search: word, sort: 'POINTS_ASC' });
    await until(() => JSON.stringify(names(catalog)) === JSON.stringify(truth.nodes.map((reward) => reward.name)), 'search results');
    await settle();
    expect((await operations(since)).filter((name) => name === 'RewardCatalog')).to.have.length(1);
  });

  it('nothing matches: the empty message and "Clear filters", which clears the attributes', async () => {
    const silver = persona('silver');
    const { catalog } = await catalogFor(silver.memberId, html`<partner-reward-catalog seasonal search="zzqx-no-such-reward"></partner-reward-catalog>`);
    const empty = inShadow(catalog, '.empty p');
    expect(textOf(empty)).to.equal('No rewards match these filters.');
    await expect(catalog).to.be.accessible();
    part(catalog, 'clear-button').click();
    await until(() => cards(catalog).length > 0 && !catalog.hasAttribute('aria-busy'), 'the whole catalog again');
    expect(catalog.hasAttribute('seasonal') || catalog.hasAttribute('search')).to.be.false;
    expect(focused()).to.equal(inShadow(catalog, 'input[type="search"]'));
  });

  it('redeem: modal confirm with cost and balance after, events, the balance on the page drops, one redemption', async () => {
    const { memberId, reward } = await partnerWithPoints();
    const before = await pointsOf(memberId);
    const portal = await inPortal(memberId, html`<partner-points-balance></partner-points-balance><partner-reward-catalog></partner-reward-catalog>`);
    const balance = widget(portal, 'partner-points-balance');
    const catalog = widget(portal, 'partner-reward-catalog');
    await untilReady(catalog);
    await untilReady(balance);

    const opener = cardOf(catalog, reward.id).querySelector<HTMLButtonElement>('[part="redeem-button"]')!;
    opener.focus();
    const dialog = await openConfirm(catalog, reward.id);
    expect(dialog.matches(':modal')).to.be.true;
    expect(textOf(dialog.querySelector('.cost'))).to.equal(`${fmt.number('en', reward.costPoints)} points`);
    expect(textOf(dialog.querySelector('.balance'))).to.equal(`${fmt.number('en', before.available)} points`);
    expect(textOf(dialog.querySelector('.after'))).to.equal(`${fmt.number('en', before.available - reward.costPoints)} points`);
    expect(focused()).to.equal(part(catalog, 'confirm-button'));
    await expect(catalog).to.be.accessible();

    const request = oneEvent(portal, 'partner-redeem') as Promise<PartnerRedeemEvent>;
    const redeemed = oneEvent(portal, 'partner-redeemed') as Promise<PartnerRedeemedEvent>;
    part(catalog, 'confirm-button').click();
    const asked = await request;
    expect(asked.cancelable && asked.bubbles && asked.composed).to.be.true;
    expect(asked.detail).to.include({ rewardId: reward.id, sku: reward.sku, costPoints: reward.costPoints, quantity: 1 });
    expect(asked.detail.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    const done = await redeemed;
    const after = await pointsOf(memberId);
    expect(after.available).to.equal(before.available - reward.costPoints);
    expect(done.detail).to.deep.include({ reward: { id: reward.id, sku: reward.sku, name: reward.name }, pointsSpent: reward.costPoints, available: after.available });
    await until(() => textOf(dialog.querySelector('.success')) !== '', 'the success message');
    expect(textOf(dialog.querySelector('.success'))).to.equal(`You redeemed ${reward.name}. Your balance is now ${fmt.number('en', after.available)} points.`);
    await until(() => availableShown(balance) === fmt.number('en', after.available), 'the balance widget drops');
    expect(await redemptionCount(memberId)).to.equal(1);

    part(catalog, 'dismiss-button').click();
    await until(() => !dialog.open, 'the dialog closes');
    await until(() => focused() === cardOf(catalog, reward.id).querySelector('[part="redeem-button"]'), 'focus back on "Redeem"');
  });

  it('quantity and a delivery note: the redemption on the server has both, the cost and balance after follow the quantity', async () => {
    const { memberId, reward } = await partnerWithPoints();
    const before = await pointsOf(memberId);
    const { portal, catalog } = await catalogFor(memberId);
    const dialog = await openConfirm(catalog, reward.id);
    const quantity = dialog.querySelector<HTMLInputElement>('input[name="quantity"]')!;
    expect(quantity.labels![0].textContent).to.contain('Quantity');
    quantity.value = '3';
    quantity.dispatchEvent(new Event('input'));
    await until(() => textOf(dialog.querySelector('.cost')) === `${fmt.number('en', reward.costPoints * 3)} points`, 'the cost of three');
    expect(textOf(dialog.querySelector('.after'))).to.equal(`${fmt.number('en', before.available - reward.costPoints * 3)} points`);
    const note = dialog.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!;
    note.value = '  Deliver to the back door, ask for Siri.  ';
    note.dispatchEvent(new Event('input'));
    await expect(catalog).to.be.accessible();

    const request = oneEvent(portal, 'partner-redeem') as Promise<PartnerRedeemEvent>;
    part(catalog, 'confirm-button').click();
    expect((await request).detail).to.include({ quantity: 3, note: 'Deliver to the back door, ask for Siri.' });
    await until(() => dialog.querySelector('.success'), 'the success message');
    expect(textOf(dialog.querySelector('h2'))).to.equal('Reward redeemed');
    expect(dialog.querySelector('input, textarea, dl'), 'the order is done: nothing left to change, no stale figures').to.be.null;
    const { viewer } = await asMember(memberId, `{ viewer { redemptions(first: 5) { nodes { quantity pointsSpent note reward { id } } } } }`);
    expect(viewer.redemptions.nodes).to.deep.equal([{ quantity: 3, pointsSpent: reward.costPoints * 3, note: 'Deliver to the back door, ask for Siri.', reward: { id: reward.id } }]);
    expect((await pointsOf(memberId)).available).to.equal(before.available - reward.costPoints * 3);
  });

  it('quantity: at most what the server allows in one redemption; cost and balance after follow each keystroke; out of range is flagged', async () => {
    const { memberId, reward } = await partnerWithPoints();
    const before = await pointsOf(memberId);
    // Unlimited stock: the program's limit per redemption (10) or the points, whichever is lower.
    const most = reward.eligibility.maxQuantity;
    expect(most).to.equal(Math.min(10, Math.floor(before.available / reward.costPoints)));
    expect(most, 'room to type a smaller quantity').to.be.at.least(4);
    const { catalog } = await catalogFor(memberId);
    const dialog = await openConfirm(catalog, reward.id);
    const quantity = dialog.querySelector<HTMLInputElement>('input[name="quantity"]')!;
    expect(quantity.max).to.equal(String(most));
    const hint = dialog.querySelector(`#${quantity.getAttribute('aria-describedby')}`);
    expect(textOf(hint)).to.equal(`Up to ${most} in one redemption`);

    quantity.focus();
    quantity.value = '4';
    quantity.dispatchEvent(new Event('input'));
    await until(() => textOf(dialog.querySelector('.cost')) === `${fmt.number('en', reward.costPoints * 4)} points`, 'the cost of four while typing');
    expect(textOf(dialog.querySelector('.after'))).to.equal(`${fmt.number('en', before.available - reward.costPoints * 4)} points`);

    quantity.value = String(most + 4);
    quantity.dispatchEvent(new Event('input'));
    await until(() => quantity.getAttribute('aria-invalid') === 'true', 'more than allowed is flagged');
    expect(textOf(dialog.querySelector('.cost')), 'the figures stay at the last quantity that can be ordered').to.equal(`${fmt.number('en', reward.costPoints * 4)} points`);
    await expect(catalog).to.be.accessible();
    // "Redeem now" won't send what the member sees flagged, nor correct it behind their back.
    const asked: Event[] = [];
    catalog.addEventListener('partner-redeem', (event) => asked.push(event));
    expect(part(catalog, 'confirm-button').getAttribute('aria-disabled')).to.equal('true');
    part(catalog, 'confirm-button').click();
    await settle();
    expect(asked, 'nothing sent').to.have.length(0);
    expect(quantity.value).to.equal(String(most + 4));
    expect(focused(), 'back to the field to fix').to.equal(quantity);

    quantity.value = String(most);
    quantity.dispatchEvent(new Event('input'));
    await until(() => quantity.getAttribute('aria-invalid') === 'false', 'the most is fine');
    expect(textOf(dialog.querySelector('.cost'))).to.equal(`${fmt.number('en', reward.costPoints * most)} points`);
    part(catalog, 'confirm-button').click();
    await until(() => dialog.querySelector('.success'), 'the most redeemed');
    const { viewer } = await asMember(memberId, `{ viewer { redemptions(first: 1) { nodes { quantity } } } }`);
    expect(viewer.redemptions.nodes[0].quantity).to.equal(most);
  });

  it('quantity: the stock left and the points available lower the most', async () => {
    const { memberId, reward } = await partnerWithPoints();
    const { available } = await pointsOf(memberId);
    // Points for exactly three.
    await admin(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }`, {
      input: { partnerId: (await asMember(memberId, `{ viewer { partner { id } } }`)).viewer.partner.id, points: reward.costPoints * 3 - available, reason: 'Quantity test', idempotencyKey: uniqueId('adjust') },
    });
    const { catalog } = await catalogFor(memberId);
    const dialog = await openConfirm(catalog, reward.id);
    expect(dialog.querySelector<HTMLInputElement>('input[name="quantity"]')!.max).to.equal('3');
  });

  it('two tabs with enough points for one: both confirm, one redemption, the stale tab says how many points are missing', async () => {
    const { memberId, reward } = await partnerWithPoints();
    const { available } = await pointsOf(memberId);
    // Spend down to exactly one reward's worth, the way the supplier corrects a balance.
    await admin(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }`, {
      input: { partnerId: (await asMember(memberId, `{ viewer { partner { id } } }`)).viewer.partner.id, points: reward.costPoints - available, reason: 'Two-tab test', idempotencyKey: uniqueId('adjust') },
    });
    // Two portals are two clients, as two tabs would be: nothing shared but the server.
    const first = await catalogFor(memberId);
    const second = await catalogFor(memberId);
    // The first tab redeems; the second still shows the old balance and tries too.
    const firstDialog = await openConfirm(first.catalog, reward.id);
    part(first.catalog, 'confirm-button').click();
    await until(() => firstDialog.querySelector('.success'), 'the first tab redeemed');
    part(first.catalog, 'dismiss-button').click();
    await until(() => !firstDialog.open, 'the first dialog closed');
    const secondDialog = await openConfirm(second.catalog, reward.id);
    expect(textOf(secondDialog.querySelector('.after')), 'the second tab still believes it can').to.equal('0 points');
    part(second.catalog, 'confirm-button').click();
    await until(() => secondDialog.querySelector('[part~="error"]'), 'the second tab refused');
    expect(textOf(secondDialog.querySelector('[part~="error"]'))).to.equal(`You don’t have enough points: ${fmt.number('en', reward.costPoints)} more are needed.`);
    expect(await redemptionCount(memberId)).to.equal(1);
    expect((await pointsOf(memberId)).available).to.equal(0);
  });

  describe('optimistic balance', () => {
    /** Every balance a widget shows from now on, in order (repeats left out). */
    const watchBalance = (balance: Element) => {
      const seen = [availableShown(balance)];
      const observer = new MutationObserver(() => {
        const shown = part(balance, 'available') ? availableShown(balance) : '(none)';
        if (shown !== seen[seen.length - 1]) seen.push(shown);
      });
      observer.observe(balance.shadowRoot!, { subtree: true, childList: true, characterData: true });
      return { seen, stop: () => observer.disconnect() };
    };

    async function balanceAndCatalog(memberId: string) {
      const portal = await inPortal(memberId, html`<partner-points-balance></partner-points-balance><partner-reward-catalog></partner-reward-catalog>`);
      const balance = widget(portal, 'partner-points-balance');
      const catalog = widget(portal, 'partner-reward-catalog');
      await untilReady(catalog);
      await untilReady(balance);
      return { portal, balance, catalog };
    }

    it('the balance on the page drops before the server answers, without a loading state; then shows the server’s number', async () => {
      const { memberId, reward } = await partnerWithPoints();
      const before = await pointsOf(memberId);
      const { balance, catalog } = await balanceAndCatalog(memberId);
      const dialog = await openConfirm(catalog, reward.id);
      const lowered = fmt.number('en', before.available - reward.costPoints);

      const since = await mark();
      await server.hold();
      part(catalog, 'confirm-button').click();
      await until(async () => (await operations(since)).includes('RedeemReward'), 'the redemption to reach the server (held)');
      await until(() => availableShown(balance) === lowered, `the balance to show ${lowered} at once`);
      expect(balance.hasAttribute('aria-busy'), 'no loading state').to.be.false;
      expect(isLoading(balance)).to.be.false;
      expect(textOf(dialog.querySelector('.after')), 'the dialog agrees').to.equal(`${lowered} points`);
      await settle();
      expect(await operations(since), 'nothing fetched for it').to.deep.equal(['RedeemReward']);

      await server.release();
      await until(() => dialog.querySelector('.success'), 'redeemed');
      const after = await pointsOf(memberId);
      await until(async () => (await operations(since)).includes('PointsBalance'), 'the refresh');
      await until(() => availableShown(balance) === fmt.number('en', after.available), 'the server’s number');
      expect(after.available).to.equal(before.available - reward.costPoints);
    });

    it('server down: the balance drops, and is back where it was when the redemption fails', async () => {
      const { memberId, reward } = await partnerWithPoints();
      const before = await pointsOf(memberId);
      const { balance, catalog } = await balanceAndCatalog(memberId);
      await openConfirm(catalog, reward.id);
      const watch = watchBalance(balance);

      await server.stop();
      part(catalog, 'confirm-button').click();
      await until(() => dialogOf(catalog).querySelector('[part~="error"]'), 'the network failure in the dialog');
      await settle();
      watch.stop();
      const previous = fmt.number('en', before.available);
      expect(watch.seen).to.deep.equal([previous, fmt.number('en', before.available - reward.costPoints), previous]);
      expect(availableShown(balance)).to.equal(previous);
      expect(await redemptionCount(memberId)).to.equal(0);
    });

    it('a stale catalog (points removed by the supplier): back to the previous balance, then the server’s', async () => {
      const { memberId, partnerId, reward } = await partnerWithPoints(20_000);
      const { balance, catalog } = await balanceAndCatalog(memberId);
      const { available } = await pointsOf(memberId);
      const left = reward.costPoints - 7;
      await admin(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }`, {
        input: { partnerId, points: left - available, reason: 'Correction', idempotencyKey: uniqueId('adjust') },
      });

      await openConfirm(catalog, reward.id);
      const watch = watchBalance(balance);
      part(catalog, 'confirm-button').click();
      await until(() => dialogOf(catalog).querySelector('[part~="error"]'), 'INSUFFICIENT_POINTS in the dialog');
      await until(() => availableShown(balance) === fmt.number('en', left), 'the server’s balance after the refresh');
      watch.stop();
      const previous = fmt.number('en', available);
      expect(watch.seen).to.deep.equal([previous, fmt.number('en', available - reward.costPoints), previous, fmt.number('en', left)]);
      expect(await redemptionCount(memberId)).to.equal(0);
    });
  });

  it('a double click on "Redeem now" and a retry after a network failure spend once, with one key', async () => {
    const { memberId, reward } = await partnerWithPoints();
    const { portal, catalog } = await catalogFor(memberId);
    const keys: string[] = [];
    portal.addEventListener('partner-redeem', (event) => keys.push(event.detail.idempotencyKey));

    await openConfirm(catalog, reward.id);
    await server.stop();
    part(catalog, 'confirm-button').click();
    await until(() => dialogOf(catalog).querySelector('[part~="error"]'), 'the network failure in the dialog');
    expect(textOf(dialogOf(catalog).querySelector('[part~="error"]'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await server.start();

    const since = await mark();
    const confirm = part(catalog, 'confirm-button');
    expect(textOf(confirm)).to.equal('Try again');
    confirm.click();
    confirm.click();
    await until(() => dialogOf(catalog).querySelector('.success')?.textContent, 'redeemed');
    await settle();
    expect((await operations(since)).filter((name) => name === 'RedeemReward')).to.have.length(1);
    expect(new Set(keys).size, 'one idempotency key for the attempt').to.equal(1);
    expect(await redemptionCount(memberId)).to.equal(1);
  });

  it('points spent elsewhere meanwhile: INSUFFICIENT_POINTS in the dialog with how many more are needed', async () => {
    const { memberId, partnerId, reward } = await partnerWithPoints(20_000);
    const { catalog } = await catalogFor(memberId);
    const { available } = await pointsOf(memberId);
    const left = reward.costPoints - 7;
    await admin(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }`, {
      input: { partnerId, points: left - available, reason: 'Correction', idempotencyKey: uniqueId('adjust') },
    });

    await openConfirm(catalog, reward.id);
    part(catalog, 'confirm-button').click();
    await until(() => dialogOf(catalog).querySelector('[part~="error"]'), 'the failure in the dialog');
    const error = dialogOf(catalog).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.equal(`You don’t have enough points: ${fmt.number('en', 7)} more are needed.`);
    expect(dialogOf(catalog).querySelector('[part~="confirm-button"]'), 'no retry for a refusal').to.be.null;
    await expect(catalog).to.be.accessible();
    expect(await redemptionCount(memberId)).to.equal(0);
  });

  it('the host vetoes with preventDefault: no request, the dialog closes, focus back on "Redeem"', async () => {
    const { memberId, reward } = await partnerWithPoints();
    const { portal, catalog } = await catalogFor(memberId);
    portal.addEventListener('partner-redeem', (event) => event.preventDefault(), { once: true });
    let redeemedEvents = 0;
    portal.addEventListener('partner-redeemed', () => redeemedEvents++);

    const since = await mark();
    await openConfirm(catalog, reward.id);
    part(catalog, 'confirm-button').click();
    await until(() => !dialogOf(catalog).open, 'the dialog closes');
    await settle();
    expect(await operations(since)).to.not.include('RedeemReward');
    expect(redeemedEvents).to.equal(0);
    expect(await redemptionCount(memberId)).to.equal(0);
    await until(() => focused() === cardOf(catalog, reward.id).querySelector('[part="redeem-button"]'), 'focus back on "Redeem"');
  });

  it('keyboard only: Tab to "Redeem", Enter, Escape closes; again, Enter redeems, Enter closes', async () => {
    const { memberId, reward } = await partnerWithPoints();
    const portal = await inPortal(memberId, html`<partner-reward-catalog></partner-reward-catalog>`);
    const catalog = widget(portal, 'partner-reward-catalog');
    await untilReady(catalog);
    const redeem = cardOf(catalog, reward.id).querySelector<HTMLButtonElement>('[part="redeem-button"]')!;
    inShadow<HTMLInputElement>(catalog, 'input[name="seasonal"]').focus();
    await tabTo(redeem, 20);

    await press('Enter');
    await until(() => focused() === catalog.shadowRoot!.querySelector('[part~="confirm-button"]'), 'focus in the dialog');
    await press('Escape');
    await until(() => !dialogOf(catalog).open && focused() === redeem, 'closed, focus back');
    expect(await redemptionCount(memberId)).to.equal(0);

    await press('Enter');
    await until(() => focused() === catalog.shadowRoot!.querySelector('[part~="confirm-button"]'), 'focus in the dialog');
    await press('Enter');
    await until(() => focused() === catalog.shadowRoot!.querySelector('dialog [part~="dismiss-button"]') && dialogOf(catalog).querySelector('.success'), 'redeemed, focus on Close');
    await press('Enter');
    await until(() => !dialogOf(catalog).open, 'closed');
    expect(await redemptionCount(memberId)).to.equal(1);
  });

  describe('the catalog on screen is out of date', () => {
    it('sold out meanwhile (the supplier set the stock to 0): OUT_OF_STOCK in the dialog, the card then says "Sold out"', async () => {
      const reward = await supplierReward({ stock: 5 });
      const { memberId, catalog } = await staleCatalogFor(reward);
      await reward.update({ stock: 0 });
      expect(await refusal(catalog, memberId, reward.id)).to.equal('Sorry, this reward has just sold out.');
      part(catalog, 'dismiss-button').click();
      await until(() => textOf(cardOf(catalog, reward.id).querySelector('[part="stock"]')) === 'Sold out', 'the card shows it sold out');
    });

    it('the supplier raised the tier gate meanwhile: TIER_REQUIRED in the dialog, naming the tier', async () => {
      const reward = await supplierReward();
      const { memberId, catalog } = await staleCatalogFor(reward);
      const { program } = await asMember(memberId, `{ program { tiers { code name rank } } }`);
      const top = [...program.tiers].sort((a: { rank: number }, b: { rank: number }) => b.rank - a.rank)[0];
      await reward.update({ requiredTierCode: top.code });
      await refusal(catalog, memberId, reward.id);
      const expected = `This reward is for partners at ${top.name} tier and above.`;
      await until(() => textOf(dialogOf(catalog).querySelector('[part~="error"]')) === expected, `"${expected}" (the tier's name, not its code)`);
    });

    it('a seasonal reward whose window ended meanwhile: NOT_AVAILABLE in the dialog', async () => {
      const now = await initialNow();
      const reward = await supplierReward({ availableFrom: new Date(now.getTime() - 86_400_000).toISOString(), availableUntil: new Date(now.getTime() + 300_000).toISOString() });
      const { memberId, catalog } = await staleCatalogFor(reward);
      await clock.advanceSeconds(600);
      expect(await refusal(catalog, memberId, reward.id)).to.equal('This reward is not available at the moment: it is outside its season.');
    });

    it('the token expires before "Redeem now": renewed once through tokenProvider, redeemed, the points spent once', async () => {
      const { memberId, reward } = await partnerWithPoints();
      const before = await pointsOf(memberId);
      let asked = 0;
      const provider = async () => {
        asked++;
        return tokenFor(memberId);
      };
      const portal = await fixture<PartnerPortal>(
        html`<partner-portal endpoint=${await apiUrl()} token=${await tokenFor(memberId, { ttlSeconds: 60 })} .tokenProvider=${provider}><partner-reward-catalog></partner-reward-catalog></partner-portal>`,
      );
      const catalog = widget<PartnerRewardCatalog>(portal, 'partner-reward-catalog');
      await untilReady(catalog);
      await clock.advanceSeconds(61);
      await openConfirm(catalog, reward.id);
      part(catalog, 'confirm-button').click();
      await until(() => dialogOf(catalog).querySelector('.success'), 'redeemed');
      expect(dialogOf(catalog).querySelector('[part~="error"]')).to.be.null;
      expect(asked, 'tokenProvider calls').to.equal(1);
      expect(await redemptionCount(memberId)).to.equal(1);
      const spent = (await ledgerOf(memberId, { types: ['REDEMPTION'] })).nodes;
      expect(spent.map((entry) => entry.points)).to.deep.equal([-reward.costPoints]);
      expect((await pointsOf(memberId)).available).to.equal(before.available - reward.costPoints);
    });

    it('the answer is lost after the server redeemed: "Try again" replays the same key, one redemption', async () => {
      const { memberId, reward } = await partnerWithPoints();
      const before = await pointsOf(memberId);
      const { catalog } = await catalogFor(memberId);
      await openConfirm(catalog, reward.id);
      const since = await mark();
      await server.dropNextAnswer();
      part(catalog, 'confirm-button').click();
      await until(() => dialogOf(catalog).querySelector('[part~="error"]'), 'the network failure in the dialog');
      const [lost] = await requestsSince(since);
      expect(lost).to.include({ aborted: true, answered: false });
      expect(lost.operations).to.deep.equal(['RedeemReward']);
      expect(await redemptionCount(memberId), 'the server did redeem').to.equal(1);

      part(catalog, 'confirm-button').click();
      await until(() => dialogOf(catalog).querySelector('.success'), 'redeemed');
      expect(textOf(dialogOf(catalog).querySelector('.success'))).to.equal(`You redeemed ${reward.name}. Your balance is now ${fmt.number('en', before.available - reward.costPoints)} points.`);
      expect((await operations(since)).filter((name) => name === 'RedeemReward'), 'the replay reached the server').to.have.length(2);
      expect(await redemptionCount(memberId)).to.equal(1);
      expect((await ledgerOf(memberId, { types: ['REDEMPTION'] })).nodes).to.have.length(1);
    });
  });

  describe('the detail view', () => {
    const detailOf = (host: Element) => inShadow<HTMLDialogElement>(host, 'dialog[part~="detail"]');

    it('keyboard: Tab to a name, Enter opens the modal detail (picture, description, facts as the API has them), Escape closes, focus back', async () => {
      const { memberId, reward } = await partnerWithPoints();
      const { catalog } = await catalogFor(memberId);
      const { reward: truth } = await asMember(memberId, `query($id: ID!) { reward(id: $id) { description } }`, { id: reward.id });
      const name = cardOf(catalog, reward.id).querySelector<HTMLButtonElement>('[part~="name-button"]')!;
      expect(name.localName).to.equal('button');
      inShadow<HTMLInputElement>(catalog, 'input[name="seasonal"]').focus();
      await tabTo(name, 30);

      await press('Enter');
      const detail = detailOf(catalog);
      await until(() => detail.open && detail.contains(focused()), 'the detail open, focus in it');
      expect(detail.matches(':modal'), 'modal: the page behind is inert').to.be.true;
      expect(textOf(detail.querySelector('h2'))).to.equal(reward.name);
      expect(textOf(detail.querySelector('.description'))).to.equal(truth.description);
      expect(textOf(detail.querySelector('[part="cost"]'))).to.equal(`${fmt.number('en', reward.costPoints)} points`);
      expect(textOf(detail.querySelector('[part="stock"]'))).to.equal('In stock');
      if (reward.imageUrl) {
        const img = detail.querySelector('img')!;
        expect([img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height')], 'the picture, its size reserved').to.deep.equal([reward.imageUrl, String(reward.imageWidth), String(reward.imageHeight)]);
      }
      await expect(catalog).to.be.accessible();

      await press('Escape');
      await until(() => !detail.open && focused() === name, 'closed, focus back on the name');
    });

    it('stays current while open: the supplier sells out the reward, the next refresh shows it in the open view', async () => {
      const reward = await supplierReward({ stock: 5 });
      const { memberId } = await createPartner({ points: 10_000 });
      const { portal, catalog } = await catalogFor(memberId, html`<partner-reward-catalog search=${reward.name}></partner-reward-catalog>`);
      cardOf(catalog, reward.id).querySelector<HTMLButtonElement>('[part~="name-button"]')!.click();
      const detail = detailOf(catalog);
      await until(() => detail.open, 'the detail view');
      expect(textOf(detail.querySelector('[part="stock"]'))).to.equal('Only 5 left');
      await reward.update({ stock: 0 });
      (portal as PartnerPortal).client!.invalidate(['rewards']);
      await until(() => textOf(detail.querySelector('[part="stock"]')) === 'Sold out', 'the open view shows the new stock');
      expect(detail.querySelector('[part~="redeem-button"]'), 'no "Redeem" for a sold-out reward').to.be.null;
    });

    it('in Norwegian: the name and description from the server in the reader’s language', async () => {
      const { memberId, reward } = await partnerWithPoints();
      const { reward: truth } = await asMember(memberId, `query($id: ID!) { reward(id: $id) { name description } }`, { id: reward.id }, 'nb');
      const portal = await inPortal(memberId, html`<partner-reward-catalog></partner-reward-catalog>`, { locale: 'nb' });
      const catalog = widget(portal, 'partner-reward-catalog');
      await untilReady(catalog);
      cardOf(catalog, reward.id).querySelector<HTMLButtonElement>('[part~="name-button"]')!.click();
      await until(() => detailOf(catalog).open, 'the detail');
      expect(textOf(detailOf(catalog).querySelector('h2'))).to.equal(truth.name);
      expect(textOf(detailOf(catalog).querySelector('.description'))).to.equal(truth.description);
      expect(textOf(detailOf(catalog).querySelector('[part~="dismiss-button"]'))).to.equal('Lukk');
    });

    it('the picture opens it too; "Redeem" there leads to the confirm step and redeems once', async () => {
      const { memberId, reward } = await partnerWithPoints();
      const { catalog } = await catalogFor(memberId);
      cardOf(catalog, reward.id).querySelector<HTMLElement>('.picture')!.click();
      const detail = detailOf(catalog);
      await until(() => detail.open, 'the detail');
      detail.querySelector<HTMLButtonElement>('[part~="redeem-button"]')!.click();
      await until(() => !detail.open && dialogOf(catalog).open && focused() === part(catalog, 'confirm-button'), 'the confirm step instead, focus on "Redeem now"');
      part(catalog, 'confirm-button').click();
      await until(() => dialogOf(catalog).querySelector('.success'), 'redeemed');
      expect(await redemptionCount(memberId)).to.equal(1);
      part(catalog, 'dismiss-button').click();
      await until(() => !dialogOf(catalog).open && focused() === cardOf(catalog, reward.id).querySelector('[part="redeem-button"]'), 'focus back on the card');
    });
  });

  it('server down: the network message and retry', async () => {
    await server.stop();
    const portal = await inPortal(persona('silver').memberId, html`<partner-reward-catalog></partner-reward-catalog>`);
    const catalog = widget(portal, 'partner-reward-catalog');
    const error = await untilError(catalog);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(catalog).to.be.accessible();
    await server.start();
    part(catalog, 'retry-button').click();
    await untilReady(catalog);
    expect(cards(catalog).length).to.be.greaterThan(0);
  });
});
