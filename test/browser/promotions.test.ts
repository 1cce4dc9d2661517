import { expect, html } from '@open-wc/testing';
import type { PartnerPromotions } from '../../src/index.js';
import { allInShadow, fmt, focused, heightOf, inShadow, isLoading, part, parts, press, shadowText, tabTo, textOf, until, untilError, untilReady } from './support/dom.js';
import { admin, asMember, clock, initialNow, mark, requestsSince, server, uniqueId } from './support/loyalty.js';
import { inPortal, settle, whileHeld, widget } from './support/mount.js';
import { persona } from './support/truth.js';

interface Money {
  amountMinor: number;
  currency: string;
}

interface Promotion {
  id: string;
  title: string;
  description: string;
  productGroups: string[];
  groups: { code: string; name: string }[];
  pointsMultiplierPct: number | null;
  extraDiscountPct: number | null;
  startsAt: string;
  endsAt: string;
  status: 'ACTIVE' | 'UPCOMING';
}

interface Truth {
  serverTime: string;
  promotions: Promotion[];
  program: { currency: string; volumeDiscountLadder: { threshold: Money; percent: number }[] };
  viewer: { partner: { tenure: { months: number; perks: { label: string; unlocked: boolean; daysLeft: number }[] } } };
}

interface Quote {
  percent: number;
  discount: Money;
  nextStep: { percent: number } | null;
  remainingForNext: Money | null;
}

const DAY = 86_400;

/** What the server says, asked as the member (not through the widget). */
const truthOf = (memberId: string, locale = 'en'): Promise<Truth> =>
  asMember(
    memberId,
    `{ serverTime promotions { id title description productGroups groups { code name } pointsMultiplierPct extraDiscountPct startsAt endsAt status }
       program { currency volumeDiscountLadder { threshold { amountMinor currency } percent } }
       viewer { partner { tenure { months perks { label unlocked daysLeft } } } } }`,
    {},
    locale,
  );

const quoteOf = async (memberId: string, amount: number): Promise<Quote> =>
  (
    await asMember(
      memberId,
      `query($amount: SafeInt!) { volumeDiscountQuote(orderAmountMinor: $amount) {
        percent discount { amountMinor currency } nextStep { percent } remainingForNext { amountMinor currency } } }`,
      { amount },
    )
  ).volumeDiscountQuote;

/** A promotion of this test's own, through the supplier's API; answers its id. */
async function upsertPromotion(title: string, startsAt: Date, endsAt: Date, extra: Record<string, unknown> = {}): Promise<string> {
  const { upsertPromotion } = await admin(`mutation($input: UpsertPromotionInput!) { upsertPromotion(input: $input) { id } }`, {
    input: {
      title: { en: title, nb: `${title} (nb)` },
      description: { en: `${title}: a test promotion.` },
      productGroups: ['test-group'],
      pointsMultiplierPct: 150,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      ...extra,
    },
  });
  return upsertPromotion.id;
}

/** Over long ago: no partner sees it any more (there is no delete). */
async function retire(id: string, title: string) {
  const now = await initialNow();
  await upsertPromotion(title, new Date(now.getTime() - 30 * DAY * 1000), new Date(now.getTime() - 29 * DAY * 1000), { id });
}

const pct = (locale: string, percent: number) => fmt.number(locale, percent / 100, { style: 'percent' });
const days = (locale: string, count: number, unit = 'day') => (unit === 'day' ? fmt.days(locale, count) : fmt.number(locale, count, { style: 'unit', unit, unitDisplay: 'long' }));

/** One promotion as a person reads it, from the server's truth at `now`. */
function expectedPromotion(promotion: Promotion, now: number) {
  const active = promotion.status === 'ACTIVE';
  const { pointsMultiplierPct: multiplier, extraDiscountPct: discount, groups } = promotion;
  const offer = [
    multiplier && multiplier > 100 ? `+${pct('en', multiplier - 100)} points` : '',
    discount ? `${pct('en', discount)} extra discount` : '',
    groups.length ? `on ${groups.map((group) => group.name).join(', ')}` : 'on every product',
    active ? `until ${fmt.date('en', new Date(Date.parse(promotion.endsAt) - 1).toISOString())}` : '',
  ].filter(Boolean);
  const countdown = active
    ? `Ends in ${fmt.duration('en', Date.parse(promotion.endsAt) - now)}`
    : `Starts in ${fmt.duration('en', Date.parse(promotion.startsAt) - now)}`;
  return `${promotion.title} ${active ? 'Running now' : 'Coming soon'} · ${offer.join(' ')} ${promotion.description} ${countdown}`;
}

const shown = (host: Element) => parts(host, 'promotion').map(textOf);
const statusOf = (host: Element, id: string) => host.shadowRoot!.querySelector(`[part="promotion"][data-id="${id}"]`)?.getAttribute('data-status') ?? 'hidden';
const result = (host: Element) => textOf(inShadow(host, '#result'));
const announcement = (host: Element) => textOf(inShadow(host, 'p.visually-hidden[role="status"]')) || inShadow(host, 'p.visually-hidden[role="status"]').textContent!.trim();

async function mount(memberId: string, locale = 'en') {
  const portal = await inPortal(memberId, html`<partner-promotions></partner-promotions>`, { locale });
  const promotions = widget<PartnerPromotions>(portal, 'partner-promotions');
  await untilReady(promotions);
  return promotions;
}

/** Types `text` into the order-amount field and asks at once (Enter). */
async function ask(host: Element, text: string) {
  const input = inShadow<HTMLInputElement>(host, 'input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  inShadow<HTMLFormElement>(host, 'form').requestSubmit();
}

/** What the field should say about `amountMinor`, from the server's quote. */
function expectedQuote(quote: Quote): string {
  const money = (value: Money) => fmt.money('en', value);
  const first = quote.percent ? `${pct('en', quote.percent)} volume discount: ${money(quote.discount)} off.` : 'No volume discount on this amount yet.';
  const then = quote.nextStep ? `${money(quote.remainingForNext!)} more in this order for ${pct('en', quote.nextStep.percent)}.` : 'That is the highest step.';
  return `${first} ${then}`;
}

describe('<partner-promotions>', () => {
  afterEach(() => server.restore());

  it('shows placeholders while loading, busy, hidden from assistive technology, in the room the data takes', async () => {
    const { result: portal } = await whileHeld(() => inPortal(persona('silver').memberId, html`<partner-promotions></partner-promotions>`));
    const promotions = widget(portal, 'partner-promotions');
    expect(isLoading(promotions)).to.be.true;
    expect(textOf(inShadow(promotions, 'h2'))).to.equal('Promotions and discounts');
    expect(inShadow(promotions, '.visually-hidden').textContent).to.equal('Loading promotions…');
    const height = heightOf(promotions);
    await expect(promotions).to.be.accessible();
    await server.release();
    await untilReady(promotions);
    expect(heightOf(promotions), 'the skeleton is no taller than the data').to.be.at.least(height * 0.9);
  });

  it('lists running and announced promotions as the server has them, with countdowns from the server clock', async () => {
    const silver = persona('silver');
    const truth = await truthOf(silver.memberId);
    const statuses = new Set(truth.promotions.map((promotion) => promotion.status));
    expect([...statuses].sort(), 'the seed has running and announced promotions').to.deep.equal(['ACTIVE', 'UPCOMING']);
    const promotions = await mount(silver.memberId);
    const now = Date.parse(truth.serverTime);
    expect(shown(promotions)).to.deep.equal(truth.promotions.map((promotion) => expectedPromotion(promotion, now)));
    await expect(promotions).to.be.accessible();
  });

  it('announces a promotion exactly 7 days before it starts, and shows it running once it has started', async () => {
    const start = new Date((await initialNow()).getTime() + 8 * DAY * 1000);
    const title = `Announcement window ${uniqueId('w')}`;
    const id = await upsertPromotion(title, start, new Date(start.getTime() + 2 * DAY * 1000));
    const silver = persona('silver').memberId;
    try {
      let promotions = await mount(silver);
      expect(statusOf(promotions, id), '8 days ahead').to.equal('hidden');

      await clock.advanceSeconds(DAY - 1);
      promotions = await mount(silver);
      expect(statusOf(promotions, id), '7 days and a second ahead').to.equal('hidden');

      await clock.advanceSeconds(1);
      promotions = await mount(silver);
      expect(statusOf(promotions, id), 'exactly 7 days ahead').to.equal('UPCOMING');
      const item = inShadow(promotions, `[data-id="${id}"]`);
      expect(textOf(item.querySelector('[part="badge"]'))).to.equal('Coming soon');
      expect(textOf(item.querySelector('[part="countdown"]'))).to.equal(`Starts in ${days('en', 7)}`);
      await expect(promotions).to.be.accessible();

      await clock.advanceSeconds(7 * DAY);
      promotions = await mount(silver);
      expect(statusOf(promotions, id), 'at its start').to.equal('ACTIVE');
      expect(textOf(inShadow(promotions, `[data-id="${id}"] [part="countdown"]`))).to.equal(`Ends in ${days('en', 2)}`);

      await clock.advanceSeconds(2 * DAY);
      promotions = await mount(silver);
      expect(statusOf(promotions, id), 'at its end').to.equal('hidden');
    } finally {
      await clock.reset();
      await retire(id, title);
    }
  });

  it('counts down without asking the server again: a promotion starts and another ends on screen, announced politely once', async () => {
    const now = await initialNow();
    const startsSoon = `Starts soon ${uniqueId('s')}`;
    const endsSoon = `Ends soon ${uniqueId('e')}`;
    const soonId = await upsertPromotion(startsSoon, new Date(now.getTime() + 2_000), new Date(now.getTime() + 3_600_000));
    const endingId = await upsertPromotion(endsSoon, new Date(now.getTime() - 3_600_000), new Date(now.getTime() + 4_000));
    try {
      const promotions = await mount(persona('silver').memberId);
      const since = await mark();
      expect(statusOf(promotions, soonId)).to.equal('UPCOMING');
      expect(textOf(inShadow(promotions, `[data-id="${soonId}"] [part="countdown"]`))).to.equal('Starts in 1 min');
      expect(statusOf(promotions, endingId)).to.equal('ACTIVE');
      expect(announcement(promotions), 'nothing to announce at first').to.equal('');
      // The countdowns are not a live region: only changes that matter are spoken.
      for (const countdown of parts(promotions, 'countdown')) expect(countdown.closest('[aria-live], [role="status"]')).to.be.null;

      await until(() => statusOf(promotions, soonId) === 'ACTIVE', 'the promotion to start on screen', 6000);
      expect(announcement(promotions)).to.equal(`${startsSoon} has started.`);
      expect(textOf(inShadow(promotions, `[data-id="${soonId}"] [part="countdown"]`))).to.equal('Ends in 1 hr');
      const height = heightOf(promotions);

      await until(() => statusOf(promotions, endingId) === 'hidden', 'the other to end on screen', 6000);
      expect(announcement(promotions)).to.equal(`${endsSoon} has ended.`);
      const before = heightOf(promotions);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(heightOf(promotions), 'a tick moves nothing').to.equal(before);
      expect(height).to.be.greaterThan(before, 'the ended promotion left the list');
      expect(await requestsSince(since), 'no request for any of it').to.have.length(0);
      await expect(promotions).to.be.accessible();
    } finally {
      await retire(soonId, startsSoon);
      await retire(endingId, endsSoon);
    }
  });

  it('stops its timer while out of the page and starts it again when back', async () => {
    const promotions = await mount(persona('silver').memberId);
    const parent = promotions.parentElement!;
    let updates = 0;
    const original = promotions.requestUpdate.bind(promotions);
    promotions.requestUpdate = (...args: Parameters<typeof original>) => {
      updates++;
      return original(...args);
    };
    promotions.remove();
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(updates, 'no ticks while disconnected').to.equal(0);
    parent.append(promotions);
    await until(() => updates >= 2, 'ticks again once back', 3000);
  });

  it('shows the volume-discount ladder from the program and quotes an order amount right at each boundary', async () => {
    const silver = persona('silver').memberId;
    const truth = await truthOf(silver);
    const { volumeDiscountLadder: ladder, currency } = truth.program;
    expect(ladder.length, 'the program has a ladder').to.be.greaterThan(1);
    const promotions = await mount(silver);
    expect(textOf(inShadow(promotions, 'label'))).to.equal(`Order amount (${currency})`);
    expect(allInShadow(promotions, '[part="ladder"] li').map(textOf)).to.deep.equal(
      ladder.map((step) => `${pct('en', step.percent)} off orders from ${fmt.money('en', step.threshold)}`),
    );
    const reached = () => allInShadow(promotions, '[part="ladder"] li[data-reached]').length;
    expect(reached()).to.equal(0);

    for (const [i, step] of ladder.entries()) {
      for (const amountMinor of [step.threshold.amountMinor - 1, step.threshold.amountMinor, step.threshold.amountMinor + 1]) {
        const typed = (amountMinor / 100).toFixed(2);
        const quote = await quoteOf(silver, amountMinor);
        await ask(promotions, typed);
        const expected = expectedQuote(quote);
        await until(() => result(promotions) === expected, `"${expected}" for ${typed}; it says "${result(promotions)}"`);
        // Exactly at a threshold is that step reached.
        expect(quote.percent, `${typed}`).to.equal(amountMinor >= step.threshold.amountMinor ? step.percent : (ladder[i - 1]?.percent ?? 0));
        expect(reached(), `steps reached at ${typed}`).to.equal(amountMinor >= step.threshold.amountMinor ? i + 1 : i);
      }
    }
    expect(inShadow(promotions, 'input').getAttribute('aria-invalid')).to.equal('false');
    await expect(promotions).to.be.accessible();
  });

  it('reads amounts as people type them, refuses what is not one, and forgets the quote when the field is cleared', async () => {
    const silver = persona('silver').memberId;
    const promotions = await mount(silver);
    const input = inShadow<HTMLInputElement>(promotions, 'input');
    await ask(promotions, '$8,760');
    const expected = expectedQuote(await quoteOf(silver, 876_000));
    expect(expected).to.contain(`${fmt.money('en', { amountMinor: 124_000, currency: 'USD' })} more in this order for ${pct('en', 10)}`);
    await until(() => result(promotions) === expected, 'the quote for $8,760');
    for (const wrong of ['-5', '12.345', 'ten', '1e6']) {
      await ask(promotions, wrong);
      await until(() => input.getAttribute('aria-invalid') === 'true', `"${wrong}" refused`);
      expect(result(promotions)).to.equal(`Enter an amount like ${fmt.number('en', 1234.56)}.`);
      expect(allInShadow(promotions, '[data-reached]')).to.have.length(0);
      await expect(promotions).to.be.accessible();
      await ask(promotions, '1');
      await until(() => input.getAttribute('aria-invalid') === 'false', 'a good amount again');
    }
    await ask(promotions, '');
    await until(() => result(promotions) === '', 'the quote gone with the amount');
  });

  it('asks while typing, after a pause, with one request for the amount', async () => {
    const silver = persona('silver').memberId;
    const promotions = await mount(silver);
    const input = inShadow<HTMLInputElement>(promotions, 'input');
    const since = await mark();
    input.focus();
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ type: '6000' });
    const expected = expectedQuote(await quoteOf(silver, 600_000));
    await until(() => result(promotions) === expected, 'the quote after typing');
    await settle();
    const requests = await requestsSince(since);
    expect(requests.map((request) => request.operations)).to.deep.equal([['VolumeDiscountQuote']]);
  });

  it('works from the keyboard: Tab to the amount, type, Enter', async () => {
    const silver = persona('silver').memberId;
    const promotions = await mount(silver);
    const input = inShadow<HTMLInputElement>(promotions, 'input');
    await tabTo(input, 5);
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ type: '10000' });
    await press('Enter');
    const expected = expectedQuote(await quoteOf(silver, 1_000_000));
    await until(() => result(promotions) === expected, 'the quote after Enter');
    expect(focused(), 'focus stays in the field').to.equal(input);
    expect(input.getAttribute('aria-describedby')).to.equal('result');
  });

  it('shows the tenure perks: unlocked ones ticked, the others with the days left', async () => {
    for (const key of ['new', 'silver', 'platinum'] as const) {
      const { memberId } = persona(key);
      const { tenure } = (await truthOf(memberId)).viewer.partner;
      const promotions = await mount(memberId);
      // A partner in its first month has no "after 0 months" to speak of.
      const heading = tenure.months > 0 ? `Your perks after ${days('en', tenure.months, 'month')} in the program` : 'Perks that come with time in the program';
      expect(textOf(inShadow(promotions, '[part="perks"]').previousElementSibling), key).to.equal(heading);
      expect(
        allInShadow(promotions, '[part="perks"] li').map((li) => [textOf(li), li.hasAttribute('data-unlocked')]),
        key,
      ).to.deep.equal(tenure.perks.map((perk) => [perk.unlocked ? `${perk.label}: unlocked` : `${perk.label} in ${days('en', perk.daysLeft)}`, perk.unlocked]));
    }
    const { tenure } = (await truthOf(persona('new').memberId)).viewer.partner;
    expect(tenure.perks.some((perk) => !perk.unlocked && perk.daysLeft > 0), 'the new partner has perks to wait for').to.be.true;
  });

  it('says so when nothing is running or announced (the ladder and perks stay)', async () => {
    await clock.advanceSeconds(100 * DAY);
    const silver = persona('silver').memberId;
    expect((await truthOf(silver)).promotions).to.have.length(0);
    const promotions = await mount(silver);
    expect(parts(promotions, 'promotion')).to.have.length(0);
    expect(shadowText(promotions)).to.contain('No promotions are running or announced right now.');
    expect(allInShadow(promotions, '[part="ladder"] li').length).to.be.greaterThan(0);
    await expect(promotions).to.be.accessible();
  });

  it('server down: the network message, and retry brings the promotions', async () => {
    await server.stop();
    const portal = await inPortal(persona('silver').memberId, html`<partner-promotions></partner-promotions>`);
    const promotions = widget(portal, 'partner-promotions');
    const error = await untilError(promotions);
    expect(textOf(error.querySelector('p'))).to.equal('We can’t reach the loyalty service right now. Check your connection and try again.');
    await expect(promotions).to.be.accessible();
    await server.start();
    part(promotions, 'retry-button').click();
    await untilReady(promotions);
  });

  it('one request loads it together with the leaderboard', async () => {
    const since = await mark();
    const portal = await inPortal(persona('new').memberId, html`<partner-promotions></partner-promotions><partner-leaderboard></partner-leaderboard>`);
    await untilReady(widget(portal, 'partner-promotions'));
    await untilReady(widget(portal, 'partner-leaderboard'));
    await settle();
    const requests = await requestsSince(since);
    expect(requests.map((request) => request.operations)).to.deep.equal([['Promotions', 'Leaderboard']]);
  });

  for (const [locale, key, heading, everything] of [
    ['nb', 'gold', 'Kampanjer og rabatter', 'på alle produkter'],
    ['th', 'platinum', 'โปรโมชันและส่วนลด', 'สำหรับสินค้าทุกรายการ'],
    ['ms', 'bronze', 'Promosi dan diskaun', 'untuk semua produk'],
  ] as const) {
    it(`speaks ${locale}: texts, percentages, money, dates and countdowns in that locale, amounts typed its way`, async () => {
      const { memberId } = persona(key);
      const truth = await truthOf(memberId, locale);
      const promotions = await mount(memberId, locale);
      expect(textOf(inShadow(promotions, 'h2'))).to.equal(heading);
      expect(parts(promotions, 'promotion').map((li) => textOf(li.querySelector('h3')))).to.deep.equal(truth.promotions.map((promotion) => promotion.title));
      // (textOf reads no-break spaces as spaces.)
      const spaced = (text: string) => text.replace(/\s+/g, ' ');
      const now = Date.parse(truth.serverTime);
      const countdowns = parts(promotions, 'countdown').map(textOf);
      truth.promotions.forEach((promotion, i) => {
        const left = fmt.duration(locale, Date.parse(promotion.status === 'ACTIVE' ? promotion.endsAt : promotion.startsAt) - now);
        expect(countdowns[i]).to.contain(spaced(left));
      });
      if (truth.promotions.some((promotion) => promotion.productGroups.length === 0)) expect(shadowText(promotions)).to.contain(everything);
      // The demo program's product groups by their names in this locale, never by their codes.
      const seeded = ['power-tools', 'hand-tools', 'fasteners', 'safety', 'accessories'];
      for (const group of truth.promotions.flatMap((promotion) => promotion.groups).filter((group) => seeded.includes(group.code))) {
        expect(group.name, `${group.code} is named in ${locale}`).to.not.equal(group.code);
        expect(shadowText(promotions)).to.contain(group.name);
      }
      const [first] = truth.program.volumeDiscountLadder;
      expect(textOf(inShadow(promotions, '[part="ladder"] li'))).to.contain(spaced(fmt.money(locale, first!.threshold))).and.contain(spaced(pct(locale, first!.percent)));
      // 5 000,00 in Norwegian, 5,000.00 in Thai and Malay: exactly the first step.
      await ask(promotions, fmt.number(locale, first!.threshold.amountMinor / 100, { minimumFractionDigits: 2 }));
      await until(() => allInShadow(promotions, '[data-reached]').length === 1, `${locale}: the first step reached`);
      expect(result(promotions)).to.contain(spaced(pct(locale, first!.percent)));
      await expect(promotions).to.be.accessible();
    });
  }
});
