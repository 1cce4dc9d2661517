import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, errorCode, type TestServer } from '../support/harness.js';

const DAY = 86_400_000;
const T0 = new Date('2026-11-23T12:00:00.000Z');

const UPSERT = /* GraphQL */ `
  mutation Upsert($input: UpsertPromotionInput!) {
    upsertPromotion(input: $input) {
      id title description productGroups pointsMultiplierPct extraDiscountPct startsAt endsAt status
    }
  }
`;
const PROMOTIONS = `{ promotions { id title status startsAt endsAt productGroups pointsMultiplierPct extraDiscountPct } }`;
const QUOTE = /* GraphQL */ `
  query Quote($amount: SafeInt!) {
    volumeDiscountQuote(orderAmountMinor: $amount) {
      orderAmount { amountMinor currency }
      percent
      discount { amountMinor currency }
      nextStep { threshold { amountMinor currency } percent }
      remainingForNext { amountMinor currency }
    }
  }
`;
const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestOrderInput!) { ingestOrder(input: $input) { orderId pointsAccrued replayed } }
`;
const CHALLENGE = /* GraphQL */ `
  query Challenge($first: Int) {
    currentChallenge {
      id title description metric startsAt endsAt eligibility viewerEligible
      prizes { rank label points }
      leaderboard(first: $first) { rank displayName anonymized score isViewer }
      viewerRow { rank displayName anonymized score isViewer }
    }
  }
`;

let server: TestServer;

const text = (en: string) => ({ en, th: `${en} (th)`, nb: `${en} (nb)` });

function promotion(overrides: Record<string, unknown> = {}) {
  return {
    title: text('Double points on tools'),
    description: text('Every tool earns double points.'),
    productGroups: ['tools'],
    pointsMultiplierPct: 200,
    startsAt: new Date(T0.getTime() + 10 * DAY).toISOString(),
    endsAt: new Date(T0.getTime() + 20 * DAY).toISOString(),
    ...overrides,
  };
}

async function promotionCount(): Promise<number> {
  const row = await server.server.deps.db.selectFrom('promotions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server?.close();
});

describe('upsertPromotion', () => {
  it('creates and updates a promotion; the supplier sees its status even before it is announced', async () => {
    const created = ok(await server.admin(UPSERT, { input: promotion({ productGroups: [' tools ', 'tools', 'paint'] }) })).upsertPromotion;
    assert.match(created.id, /^prm_/);
    assert.equal(created.title, 'Double points on tools');
    assert.deepEqual(created.productGroups, ['tools', 'paint']);
    assert.equal(created.pointsMultiplierPct, 200);
    assert.equal(created.extraDiscountPct, null);
    assert.equal(created.status, 'SCHEDULED');

    const updated = ok(
      await server.admin(UPSERT, { input: promotion({ id: created.id, title: text('Triple points'), pointsMultiplierPct: 300, extraDiscountPct: 2 }) }),
    ).upsertPromotion;
    assert.equal(updated.id, created.id);
    assert.equal(updated.title, 'Triple points');
    assert.equal(updated.pointsMultiplierPct, 300);
    assert.equal(updated.extraDiscountPct, 2);
    await server.server.deps.db.deleteFrom('promotions').where('id', '=', created.id).execute();
  });

  it('refuses invalid promotions and writes nothing', async () => {
    const before = await promotionCount();
    const cases: [string, Record<string, unknown>, string][] = [
      ['ends before it starts', { endsAt: new Date(T0.getTime() + 5 * DAY).toISOString() }, 'endsAt'],
      ['ends when it starts', { endsAt: new Date(T0.getTime() + 10 * DAY).toISOString() }, 'endsAt'],
      ['offers nothing', { pointsMultiplierPct: null, extraDiscountPct: null }, 'pointsMultiplierPct'],
      ['offers nothing (×1, 0 %)', { pointsMultiplierPct: 100, extraDiscountPct: 0 }, 'pointsMultiplierPct'],
      ['lowers points', { pointsMultiplierPct: 90, extraDiscountPct: 5 }, 'pointsMultiplierPct'],
      ['an absurd multiplier', { pointsMultiplierPct: 10_001 }, 'pointsMultiplierPct'],
      ['a discount above 100 %', { pointsMultiplierPct: null, extraDiscountPct: 101 }, 'extraDiscountPct'],
      ['an empty title', { title: { en: '  ' } }, 'title.en'],
      ['a long title', { title: { en: 'x'.repeat(121) } }, 'title.en'],
      ['a long Thai description', { description: { en: 'ok', th: 'x'.repeat(2001) } }, 'description.th'],
      ['an empty product group', { productGroups: ['tools', ' '] }, 'productGroups[1]'],
    ];
    for (const [label, overrides, field] of cases) {
      const response = await server.admin(UPSERT, { input: promotion(overrides) });
      assert.equal(errorCode(response), 'BAD_USER_INPUT', label);
      assert.equal(response.errors![0]!.extensions!.field, field, label);
    }
    assert.equal(errorCode(await server.admin(UPSERT, { input: promotion({ id: 'prm_missing' }) })), 'NOT_FOUND');
    assert.equal(errorCode(await server.member('mem_a1', UPSERT, { input: promotion() })), 'FORBIDDEN');
    assert.equal(await promotionCount(), before);
  });
});

describe('order ingest during a promotion', () => {
  it('earns double points on the promoted product group only', async () => {
    server.clock.set(T0);
    ok(
      await server.admin(UPSERT, {
        input: promotion({
          title: text('Tools week'),
          startsAt: new Date(T0.getTime() - DAY).toISOString(),
          endsAt: new Date(T0.getTime() + 6 * DAY).toISOString(),
        }),
      }),
    );
    const ingested = ok(
      await server.admin(INGEST, {
        input: {
          orderId: 'ORD-PROMO-1',
          partnerId: 'ptn_b',
          memberId: 'mem_b1',
          orderedAt: T0.toISOString(),
          currency: 'USD',
          lines: [
            { productGroup: 'tools', amountMinor: 10_000 },
            { productGroup: 'paint', amountMinor: 10_000 },
          ],
        },
      }),
    ).ingestOrder;
    // $100 of tools at 1 pt/$ × 2 = 200, plus $100 of paint at the base rate = 100.
    assert.equal(ingested.pointsAccrued, 300);
    const points = ok(await server.member('mem_b1', `{ viewer { partner { points { available pending } } } }`)).viewer.partner.points;
    assert.deepEqual(points, { available: 0, pending: 300 });
  });
});

describe('promotions', () => {
  it('announces a promotion exactly 7 days before it starts and drops it when it ends', async () => {
    server.clock.set(T0);
    const start = new Date('2026-12-10T09:00:00.000Z');
    const end = new Date('2026-12-17T09:00:00.000Z');
    const promo = ok(
      await server.admin(UPSERT, { input: promotion({ title: text('Winter sale'), startsAt: start.toISOString(), endsAt: end.toISOString(), extraDiscountPct: 5 }) }),
    ).upsertPromotion;
    const statusAt = async (at: number) => {
      server.clock.set(new Date(at));
      const list = ok(await server.member('mem_a1', PROMOTIONS)).promotions;
      return list.find((p: { id: string }) => p.id === promo.id)?.status ?? 'hidden';
    };
    assert.equal(await statusAt(start.getTime() - 7 * DAY - 1), 'hidden');
    assert.equal(await statusAt(start.getTime() - 7 * DAY), 'UPCOMING');
    assert.equal(await statusAt(start.getTime() - 1), 'UPCOMING');
    assert.equal(await statusAt(start.getTime()), 'ACTIVE');
    assert.equal(await statusAt(end.getTime() - 1), 'ACTIVE');
    assert.equal(await statusAt(end.getTime()), 'hidden');
  });

  it('lists visible promotions ordered by start, localized, for members and the supplier', async () => {
    server.clock.set(T0);
    const later = ok(
      await server.admin(UPSERT, {
        input: promotion({
          title: text('Paint days'),
          productGroups: [],
          startsAt: new Date(T0.getTime() + 3 * DAY).toISOString(),
          endsAt: new Date(T0.getTime() + 4 * DAY).toISOString(),
        }),
      }),
    ).upsertPromotion;
    const list = ok(await server.member('mem_a1', PROMOTIONS, {}, 'th')).promotions;
    assert.deepEqual(
      list.map((p: { title: string; status: string }) => [p.title, p.status]),
      [
        ['Tools week (th)', 'ACTIVE'],
        ['Paint days (th)', 'UPCOMING'],
      ],
    );
    assert.deepEqual(list[1].productGroups, []);
    assert.equal(list[1].id, later.id);
    const asSupplier = ok(await server.admin(PROMOTIONS)).promotions;
    assert.deepEqual(asSupplier.map((p: { id: string }) => p.id), list.map((p: { id: string }) => p.id));
    assert.equal(errorCode((await server.post({ query: PROMOTIONS })).body), 'UNAUTHENTICATED');
  });
});

describe('product groups', () => {
  it('name a promotion\'s groups in the reader\'s language; an unnamed group is its code; the supplier names them', async () => {
    server.clock.set(T0);
    const UPSERT_GROUP = `mutation G($input: UpsertProductGroupInput!) { upsertProductGroup(input: $input) { code name } }`;
    assert.deepEqual(ok(await server.admin(UPSERT_GROUP, { input: { code: 'tools', name: text('Tools'), position: 1 } })).upsertProductGroup, { code: 'tools', name: 'Tools' });
    await server.admin(UPSERT_GROUP, { input: { code: 'paint', name: text('Paint') } });
    const created = ok(
      await server.admin(UPSERT, {
        input: promotion({ productGroups: ['tools', 'glue'], startsAt: new Date(T0.getTime() - DAY).toISOString(), endsAt: new Date(T0.getTime() + DAY).toISOString() }),
      }),
    ).upsertPromotion;
    const GROUPS = `{ productGroups { code name } promotions { id groups { code name } } }`;
    const th = ok(await server.member('mem_a1', GROUPS, {}, 'th'));
    assert.deepEqual(th.productGroups, [
      { code: 'paint', name: 'Paint (th)' },
      { code: 'tools', name: 'Tools (th)' },
    ]);
    assert.deepEqual(th.promotions.find((p: { id: string }) => p.id === created.id).groups, [
      { code: 'tools', name: 'Tools (th)' },
      { code: 'glue', name: 'glue' },
    ]);
    // Renaming is an upsert; Malay falls back to English.
    await server.admin(UPSERT_GROUP, { input: { code: 'tools', name: { en: 'Hand and power tools' } } });
    const ms = ok(await server.member('mem_a1', GROUPS, {}, 'ms'));
    assert.equal(ms.promotions.find((p: { id: string }) => p.id === created.id).groups[0].name, 'Hand and power tools');
    assert.equal(errorCode(await server.admin(UPSERT_GROUP, { input: { code: ' ', name: text('x') } })), 'BAD_USER_INPUT');
    assert.equal(errorCode((await server.post({ query: `{ productGroups { code } }` })).body), 'UNAUTHENTICATED');
    assert.equal(errorCode(await server.member('mem_a1', UPSERT_GROUP, { input: { code: 'x', name: text('x') } })), 'FORBIDDEN');
  });
});

describe('serverTime', () => {
  it("answers the server's clock, for countdowns that do not trust the browser's", async () => {
    server.clock.set('2026-12-24T17:30:05.250Z');
    assert.equal(ok(await server.member('mem_a1', '{ serverTime }')).serverTime, '2026-12-24T17:30:05.250Z');
    assert.equal(ok(await server.admin('{ serverTime }')).serverTime, '2026-12-24T17:30:05.250Z');
    server.clock.set(T0);
    assert.equal(ok(await server.member('mem_a1', '{ serverTime }')).serverTime, T0.toISOString());
  });
});

describe('volumeDiscountQuote', () => {
  const quote = async (amount: number) => ok(await server.member('mem_a1', QUOTE, { amount })).volumeDiscountQuote;
  const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

  it('applies the ladder at its boundaries', async () => {
    assert.deepEqual(await quote(0), {
      orderAmount: usd(0),
      percent: 0,
      discount: usd(0),
      nextStep: { threshold: usd(500_000), percent: 5 },
      remainingForNext: usd(500_000),
    });
    assert.deepEqual(await quote(499_999), {
      orderAmount: usd(499_999),
      percent: 0,
      discount: usd(0),
      nextStep: { threshold: usd(500_000), percent: 5 },
      remainingForNext: usd(1),
    });
    assert.deepEqual(await quote(500_000), {
      orderAmount: usd(500_000),
      percent: 5,
      discount: usd(25_000),
      nextStep: { threshold: usd(1_000_000), percent: 10 },
      remainingForNext: usd(500_000),
    });
    // 5 % of $9,999.99 is $499.9995: the partner is promised the cents the ladder gives, no more.
    assert.deepEqual(await quote(999_999), {
      orderAmount: usd(999_999),
      percent: 5,
      discount: usd(49_999),
      nextStep: { threshold: usd(1_000_000), percent: 10 },
      remainingForNext: usd(1),
    });
    assert.deepEqual(await quote(1_000_000), {
      orderAmount: usd(1_000_000),
      percent: 10,
      discount: usd(100_000),
      nextStep: null,
      remainingForNext: null,
    });
  });

  it('says how much more reaches the next step ("$1,240 more for 10 %")', async () => {
    const q = await quote(876_000);
    assert.equal(q.percent, 5);
    assert.deepEqual(q.remainingForNext, usd(124_000));
    assert.equal(q.nextStep.percent, 10);
  });

  it('refuses a negative amount and needs a caller', async () => {
    const negative = await server.member('mem_a1', QUOTE, { amount: -1 });
    assert.equal(errorCode(negative), 'BAD_USER_INPUT');
    assert.equal(negative.errors![0]!.extensions!.field, 'orderAmountMinor');
    assert.equal(ok(await server.admin(QUOTE, { amount: 600_000 })).volumeDiscountQuote.percent, 5);
    assert.equal(errorCode((await server.post({ query: QUOTE, variables: { amount: 1 } })).body), 'UNAUTHENTICATED');
  });
});

describe('currentChallenge', () => {
  const ids: Record<string, string> = {};
  const db = () => server.server.deps.db;
  const order = async (orderId: string, partnerId: string, orderedAt: string, amountMinor: number) =>
    ok(await server.admin(INGEST, { input: { orderId, partnerId, orderedAt, currency: 'USD', lines: [{ productGroup: 'misc', amountMinor }] } }));
  const challenge = (first = 10, memberId = 'mem_a1', locale?: string) =>
    server.member(memberId, CHALLENGE, { first }, locale).then((r) => ok(r).currentChallenge);

  before(async () => {
    server.clock.set('2026-11-25T12:00:00.000Z');
    const partner = async (name: string, domain: string, joinedAt: string, leaderboardOptIn: boolean) =>
      ok(
        await server.admin(`mutation P($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`, {
          input: { name, domain, joinedAt, leaderboardOptIn },
        }),
      ).createPartner.id as string;
    ids.zeta = await partner('Zeta Opt-in', 'zeta.example', '2026-06-01T00:00:00.000Z', true);
    ids.old = await partner('Old Timer', 'old-timer.example', '2024-01-01T00:00:00.000Z', false);
    ids.quiet = await partner('Quiet Co', 'quiet.example', '2026-10-01T00:00:00.000Z', false);
    ids.oldMember = ok(
      await server.admin(`mutation M($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
        input: { partnerId: ids.old, name: 'Olga Old', email: 'olga@old-timer.example' },
      }),
    ).createMember.id;

    await order('CH-A-OCT', 'ptn_a', '2026-10-20T00:00:00.000Z', 100_000); // before the window
    await order('CH-A-1', 'ptn_a', '2026-11-10T00:00:00.000Z', 30_000);
    await order('CH-B-1', 'ptn_b', '2026-11-05T00:00:00.000Z', 50_000);
    await order('CH-Z-1', ids.zeta!, '2026-11-12T00:00:00.000Z', 40_000);
    await order('CH-O-1', ids.old!, '2026-11-20T00:00:00.000Z', 1_000_000);
    // An adjustment is no achievement: it doesn't count toward POINTS_EARNED.
    ok(
      await server.admin(`mutation A($input: AdjustPointsInput!) { adjustPoints(input: $input) { points } }`, {
        input: { partnerId: 'ptn_a', points: 5000, reason: 'goodwill', idempotencyKey: 'ch-adjust-1' },
      }),
    );

    await db()
      .insertInto('challenges')
      .values({
        id: 'chl_newcomers',
        title: JSON.stringify({ en: 'Newcomer sprint', th: 'Newcomer sprint (th)' }),
        description: JSON.stringify({ en: 'Earn the most points in November.' }),
        eligibility: JSON.stringify({ en: 'Partners in their first 12 months', th: 'Partners (th)' }),
        metric: 'POINTS_EARNED',
        max_tenure_months: 12,
        starts_at: new Date('2026-11-01T00:00:00.000Z'),
        ends_at: new Date('2026-12-01T00:00:00.000Z'),
        prizes: JSON.stringify([
          { rank: 2, label: { en: 'Silver cup', th: 'Silver cup (th)' }, points: 500 },
          { rank: 1, label: { en: 'Gold cup', th: 'Gold cup (th)' }, points: 1000 },
        ]),
      })
      .execute();
  });

  // Scores in November: Beta 500 (CH-B-1) + 300 (ORD-PROMO-1 above) = 800, Zeta 400, Alpha 300
  // (its October order is before the window), Quiet 0; Old Timer joined too long ago.
  it('ranks eligible partners by points earned in the window, anonymizing those who did not opt in', async () => {
    const c = await challenge();
    assert.equal(c.id, 'chl_newcomers');
    assert.equal(c.metric, 'POINTS_EARNED');
    assert.equal(c.viewerEligible, true);
    assert.deepEqual(c.prizes, [
      { rank: 1, label: 'Gold cup', points: 1000 },
      { rank: 2, label: 'Silver cup', points: 500 },
    ]);
    const betaLabel = c.leaderboard[0].displayName;
    assert.match(betaLabel, /^Partner [0-9A-F]{6}$/);
    assert.deepEqual(c.leaderboard, [
      { rank: 1, displayName: betaLabel, anonymized: true, score: 800, isViewer: false },
      { rank: 2, displayName: 'Zeta Opt-in', anonymized: false, score: 400, isViewer: false },
      // The viewer always sees its own name; others see it anonymized.
      { rank: 3, displayName: 'Alpha Retail', anonymized: true, score: 300, isViewer: true },
      { rank: 4, displayName: c.leaderboard[3].displayName, anonymized: true, score: 0, isViewer: false },
    ]);
    assert.match(c.leaderboard[3].displayName, /^Partner [0-9A-F]{6}$/);
    assert.notEqual(c.leaderboard[3].displayName, betaLabel);
    assert.deepEqual(c.viewerRow, c.leaderboard[2]);
    assert.ok(!JSON.stringify(c.leaderboard).includes('Old Timer'), 'a partner past the tenure limit is not on the board');

    const asBeta = await challenge(10, 'mem_b1');
    const alphaSeenByBeta = asBeta.leaderboard[2];
    assert.equal(alphaSeenByBeta.isViewer, false);
    assert.match(alphaSeenByBeta.displayName, /^Partner [0-9A-F]{6}$/);
    assert.deepEqual(asBeta.leaderboard[0], { rank: 1, displayName: 'Beta Supplies', anonymized: true, score: 800, isViewer: true });
    // Labels are stable: the same partner gets the same label in every request.
    assert.equal((await challenge(10, 'mem_a2')).leaderboard[0].displayName, betaLabel);
    // …and speak the reader's language.
    assert.equal((await challenge(10, 'mem_a1', 'th')).leaderboard[0].displayName, betaLabel.replace('Partner', 'พาร์ทเนอร์'));
    assert.equal((await challenge(10, 'mem_a1', 'ms')).leaderboard[0].displayName, betaLabel.replace('Partner', 'Rakan niaga'));
  });

  it("returns the viewer's row outside the top `first`, in one query whatever `first` is", async () => {
    const count = () => server.server.database.queryCount;
    let before = count();
    const top1 = await challenge(1);
    const smallQueries = count() - before;
    assert.equal(top1.leaderboard.length, 1);
    assert.equal(top1.viewerRow.rank, 3);
    assert.equal(top1.viewerRow.isViewer, true);
    before = count();
    await challenge(50);
    assert.equal(count() - before, smallQueries);
    for (const first of [0, 51]) {
      const response = await server.member('mem_a1', CHALLENGE, { first });
      assert.equal(errorCode(response), 'BAD_USER_INPUT', `first ${first}`);
    }
  });

  it('tells an ineligible partner so and gives it no row; localizes texts', async () => {
    const old = await challenge(10, ids.oldMember!);
    assert.equal(old.viewerEligible, false);
    assert.equal(old.viewerRow, null);
    assert.ok(old.leaderboard.every((r: { isViewer: boolean }) => !r.isViewer));
    const th = await challenge(10, 'mem_a1', 'th');
    assert.equal(th.title, 'Newcomer sprint (th)');
    assert.equal(th.description, 'Earn the most points in November.');
    assert.equal(th.eligibility, 'Partners (th)');
    assert.deepEqual(th.prizes.map((p: { label: string }) => p.label), ['Gold cup (th)', 'Silver cup (th)']);
  });

  it('shows the supplier the board without a viewer', async () => {
    const c = ok(await server.admin(CHALLENGE, { first: 10 })).currentChallenge;
    assert.equal(c.viewerEligible, false);
    assert.equal(c.viewerRow, null);
    assert.equal(c.leaderboard[2].displayName.startsWith('Partner '), true);
    assert.ok(c.leaderboard.every((r: { isViewer: boolean }) => !r.isViewer));
  });

  it('picks the latest-started running challenge; ORDER_VOLUME counts non-refunded orders in the window', async () => {
    await order('CH-A-2', 'ptn_a', '2026-11-18T00:00:00.000Z', 20_000);
    ok(await server.admin(`mutation R($input: RefundOrderInput!) { refundOrder(input: $input) { orderId } }`, { input: { orderId: 'CH-A-2' } }));
    await order('CH-Z-2', ids.zeta!, '2026-11-16T00:00:00.000Z', 25_000);
    await db()
      .insertInto('challenges')
      .values({
        id: 'chl_volume',
        title: JSON.stringify({ en: 'Volume race' }),
        description: JSON.stringify({ en: 'Order the most in the second half of November.' }),
        eligibility: JSON.stringify({ en: 'Every partner' }),
        metric: 'ORDER_VOLUME',
        max_tenure_months: null,
        starts_at: new Date('2026-11-15T00:00:00.000Z'),
        ends_at: new Date('2026-11-30T00:00:00.000Z'),
        prizes: JSON.stringify([]),
      })
      .execute();
    const c = await challenge(10);
    assert.equal(c.id, 'chl_volume');
    assert.equal(c.metric, 'ORDER_VOLUME');
    assert.equal(c.viewerEligible, true);
    // From Nov 15: Old Timer $10,000, Zeta $250 (its Nov 12 order is too early), Beta $200
    // (ORD-PROMO-1), Alpha 0 (its order was refunded), Quiet 0.
    assert.deepEqual(
      c.leaderboard.map((r: { score: number }) => r.score),
      [1_000_000, 25_000, 20_000, 0, 0],
    );
    assert.equal(c.leaderboard[0].displayName.startsWith('Partner '), true);
    assert.equal(c.leaderboard[1].displayName, 'Zeta Opt-in');
    // Those that have not scored share the last rank, after every scorer; the board lists them by partner id.
    assert.deepEqual(
      c.leaderboard.map((r: { rank: number }) => r.rank),
      [1, 2, 3, 4, 4],
    );
    const alphaAt = 3 + ['ptn_a', ids.quiet!].sort().indexOf('ptn_a');
    assert.equal(c.leaderboard[alphaAt].isViewer, true);
    assert.deepEqual(c.viewerRow, { rank: 4, displayName: 'Alpha Retail', anonymized: true, score: 0, isViewer: true });
    const asOld = await challenge(10, ids.oldMember!);
    assert.equal(asOld.viewerEligible, true);
    assert.deepEqual(asOld.viewerRow, { rank: 1, displayName: 'Old Timer', anonymized: true, score: 1_000_000, isViewer: true });
  });

  it('gives equal scores one rank and cuts the board by position, so a tie never lengthens it', async () => {
    // Quiet Co catches up with Beta's $200 in the volume race.
    await order('CH-Q-1', ids.quiet!, '2026-11-20T00:00:00.000Z', 20_000);
    const c = await challenge(10);
    assert.deepEqual(
      c.leaderboard.map((r: { rank: number; score: number }) => [r.rank, r.score]),
      [
        [1, 1_000_000],
        [2, 25_000],
        [3, 20_000],
        [3, 20_000],
        [5, 0],
      ],
    );
    assert.deepEqual(c.viewerRow, { rank: 5, displayName: 'Alpha Retail', anonymized: true, score: 0, isViewer: true });
    const top3 = await challenge(3);
    assert.equal(top3.leaderboard.length, 3);
    assert.deepEqual(top3.viewerRow, c.viewerRow);
  });

  it('is null when no challenge runs', async () => {
    server.clock.set('2026-12-01T00:00:00.000Z');
    assert.equal(await challenge(), null);
    server.clock.set('2026-11-25T12:00:00.000Z');
  });
});
