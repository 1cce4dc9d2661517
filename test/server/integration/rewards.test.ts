import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, errorCode, type TestServer } from '../support/harness.js';

const REDEEM = `mutation($i: RedeemRewardInput!) { redeemReward(input: $i) { replayed redemption { id status quantity pointsSpent cancellable reward { sku stock } member { name } } points { available } } }`;
const CANCEL = `mutation($id: ID!) { cancelRedemption(input: { redemptionId: $id }) { redemption { status history { status } cancellable } points { available } } }`;
const CATALOG = `query($filter: RewardFilter, $search: String, $sort: RewardSort, $first: Int, $after: String) {
  rewards(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id sku name costPoints stock stockState seasonal requiredTier { code } category { code name } eligibility { redeemable reason shortByPoints maxQuantity } } } }`;

describe('reward catalog and redemption', () => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  const balance = async (member: string) => ok(await server.member(member, `{ viewer { partner { points { available } } } }`)).viewer.partner.points.available;
  // Each attempt a minute after the last, as a person would: the list is newest first.
  const redeem = (member: string, sku: string, key: string, quantity = 1) => {
    server.clock.advanceDays(1 / 1440);
    return server.member(member, REDEEM, { i: { rewardId: ids[sku], idempotencyKey: key, quantity } });
  };

  before(async () => {
    server = await startTestServer();
    for (const [code, en] of [['merch', 'Merchandise'], ['tools', 'Tools']]) {
      ok(await server.admin(`mutation($n: String!, $c: String!) { upsertRewardCategory(input: { code: $c, name: { en: $n, nb: "Norsk" } }) { id } }`, { c: code, n: en }));
    }
    const reward = async (input: Record<string, unknown>) => {
      const r = ok(await server.admin(`mutation($i: UpsertRewardInput!) { upsertReward(input: $i) { id sku } }`, {
        i: { categoryCode: 'merch', description: { en: 'Nice' }, ...input },
      })).upsertReward;
      ids[r.sku] = r.id;
    };
    await reward({ sku: 'MUG', name: { en: 'Coffee mug', nb: 'Kaffekopp' }, costPoints: 500, stock: 3 });
    await reward({ sku: 'CAP', name: { en: 'Cap' }, costPoints: 800, stock: null });
    await reward({ sku: 'DRILL', categoryCode: 'tools', name: { en: 'Cordless drill' }, costPoints: 9_000, stock: 10 });
    await reward({ sku: 'GOLDTRIP', name: { en: 'Factory trip' }, costPoints: 1_000, stock: 5, requiredTierCode: 'GOLD' });
    await reward({ sku: 'SOLDOUT', name: { en: 'Sold-out jacket' }, costPoints: 300, stock: 0 });
    const day = 86_400_000;
    const now = server.clock.now().getTime();
    await reward({ sku: 'XMAS', name: { en: 'Holiday hamper' }, costPoints: 400, availableFrom: new Date(now + 10 * day).toISOString(), availableUntil: new Date(now + 40 * day).toISOString() });
    await reward({ sku: 'OLD', name: { en: 'Summer kit' }, costPoints: 400, availableFrom: new Date(now - 100 * day).toISOString(), availableUntil: new Date(now - 10 * day).toISOString() });
    // Partner A: 2,000 points available (an order 30 days ago, past the 14-day return window).
    ok(await server.admin(`mutation($o: IngestOrderInput!) { ingestOrder(input: $o) { pointsAccrued } }`, {
      o: { orderId: 'R-1', partnerId: 'ptn_a', memberId: 'mem_a1', orderedAt: new Date(now - 30 * day).toISOString(), currency: 'USD', lines: [{ productGroup: 'tools', amountMinor: 200_000 }] },
    }));
  });
  after(() => server.close());

  it('lists the active catalog with stock, tier gates, seasons and why each item can or cannot be had', async () => {
    const catalog = ok(await server.member('mem_a1', CATALOG, { sort: 'POINTS_ASC', first: 50 })).rewards;
    assert.equal(catalog.totalCount, 6, 'the past seasonal item is gone');
    const bySku = Object.fromEntries(catalog.nodes.map((n: { sku: string }) => [n.sku, n]));
    assert.deepEqual(catalog.nodes.map((n: { costPoints: number }) => n.costPoints), [300, 400, 500, 800, 1000, 9000]);
    // Three left in stock, points for four: three at most in one redemption.
    assert.deepEqual(bySku.MUG.eligibility, { redeemable: true, reason: null, shortByPoints: 0, maxQuantity: 3 });
    assert.equal(bySku.CAP.eligibility.maxQuantity, 2, 'points for two');
    assert.equal(bySku.MUG.stockState, 'LOW_STOCK');
    assert.equal(bySku.SOLDOUT.stockState, 'OUT_OF_STOCK');
    assert.equal(bySku.SOLDOUT.eligibility.reason, 'OUT_OF_STOCK');
    assert.equal(bySku.GOLDTRIP.eligibility.reason, 'TIER_REQUIRED');
    assert.equal(bySku.GOLDTRIP.requiredTier.code, 'GOLD');
    assert.equal(bySku.XMAS.eligibility.reason, 'NOT_AVAILABLE');
    assert.equal(bySku.XMAS.seasonal, true);
    assert.deepEqual(bySku.DRILL.eligibility, { redeemable: false, reason: 'INSUFFICIENT_POINTS', shortByPoints: 7000, maxQuantity: 0 });
  });

  it('filters, searches in the viewer\'s language, and pages with a cursor', async () => {
    const affordable = ok(await server.member('mem_a1', CATALOG, { filter: { affordable: true }, first: 50 })).rewards;
    // Enough points, in stock and in season: not the sold-out jacket, not the hamper of next month.
    assert.deepEqual(affordable.nodes.map((n: { sku: string }) => n.sku).sort(), ['CAP', 'GOLDTRIP', 'MUG']);
    assert.equal(affordable.totalCount, 3);
    const tools = ok(await server.member('mem_a1', CATALOG, { filter: { categoryCode: 'tools' } })).rewards;
    assert.deepEqual(tools.nodes.map((n: { sku: string }) => n.sku), ['DRILL']);
    const myTier = ok(await server.member('mem_a1', CATALOG, { filter: { availableAtMyTier: true }, first: 50 })).rewards;
    assert.ok(!myTier.nodes.some((n: { sku: string }) => n.sku === 'GOLDTRIP'));
    const seasonal = ok(await server.member('mem_a1', CATALOG, { filter: { seasonal: true } })).rewards;
    assert.deepEqual(seasonal.nodes.map((n: { sku: string }) => n.sku), ['XMAS']);
    const norsk = ok(await server.member('mem_a1', CATALOG, { search: 'kaffe' }, 'nb')).rewards;
    assert.deepEqual(norsk.nodes.map((n: { name: string }) => n.name), ['Kaffekopp']);
    const percent = ok(await server.member('mem_a1', CATALOG, { search: '%' })).rewards;
    assert.equal(percent.totalCount, 0, '% is a character, not a wildcard');
    const page1 = ok(await server.member('mem_a1', CATALOG, { sort: 'POINTS_DESC', first: 4 })).rewards;
    const page2 = ok(await server.member('mem_a1', CATALOG, { sort: 'POINTS_DESC', first: 4, after: page1.pageInfo.endCursor })).rewards;
    assert.equal(page1.pageInfo.hasNextPage, true);
    assert.equal(page2.pageInfo.hasNextPage, false);
    const skus = [...page1.nodes, ...page2.nodes].map((n: { sku: string }) => n.sku);
    assert.equal(new Set(skus).size, 6);
  });

  it('redeems once per idempotency key: points and stock taken once, the same answer replayed', async () => {
    const first = ok(await redeem('mem_a1', 'MUG', 'attempt-0001')).redeemReward;
    assert.equal(first.replayed, false);
    assert.equal(first.redemption.status, 'ORDERED');
    assert.equal(first.redemption.member.name, 'Ada Alpha');
    assert.equal(first.redemption.reward.stock, 2);
    assert.equal(first.points.available, 1500);
    const again = ok(await redeem('mem_a1', 'MUG', 'attempt-0001')).redeemReward;
    assert.equal(again.replayed, true);
    assert.equal(again.redemption.id, first.redemption.id);
    assert.equal(await balance('mem_a1'), 1500);
    // A double click: two identical requests at once.
    const [x, y] = await Promise.all([redeem('mem_a1', 'CAP', 'attempt-0002'), redeem('mem_a1', 'CAP', 'attempt-0002')]);
    assert.equal(ok(x).redeemReward.redemption.id, ok(y).redeemReward.redemption.id);
    assert.equal(await balance('mem_a1'), 700);
  });

  it('explains each refusal by code and writes nothing', async () => {
    const short = await redeem('mem_a1', 'DRILL', 'attempt-0003');
    assert.equal(errorCode(short), 'INSUFFICIENT_POINTS');
    assert.equal(short.errors![0].extensions!.shortBy, 8300);
    assert.equal(errorCode(await redeem('mem_a1', 'SOLDOUT', 'attempt-0004')), 'OUT_OF_STOCK');
    const tier = await redeem('mem_a1', 'GOLDTRIP', 'attempt-0005');
    assert.equal(errorCode(tier), 'TIER_REQUIRED');
    assert.equal(tier.errors![0].extensions!.requiredTier, 'GOLD');
    assert.equal(errorCode(await redeem('mem_a1', 'XMAS', 'attempt-0006')), 'NOT_AVAILABLE');
    assert.equal(errorCode(await redeem('mem_a1', 'MUG', 'attempt-0007', 3)), 'OUT_OF_STOCK', 'two left');
    assert.equal(errorCode(await redeem('mem_a1', 'MUG', 'attempt-0001', 2)), 'IDEMPOTENCY_CONFLICT');
    assert.equal(errorCode(await server.member('mem_a1', REDEEM, { i: { rewardId: 'rwd_nope', idempotencyKey: 'attempt-0008' } })), 'NOT_FOUND');
    assert.equal(await balance('mem_a1'), 700);
    // A refused key stays free for a later, successful attempt.
    ok(await server.admin(`mutation { adjustPoints(input: { partnerId: "ptn_a", points: 8300, reason: "Bonus", idempotencyKey: "bonus-drill" }) { points } }`));
    assert.equal(ok(await redeem('mem_a1', 'DRILL', 'attempt-0003')).redeemReward.points.available, 0);
  });

  it('lists the partner\'s redemptions and cancels an ordered one, restoring points and stock once', async () => {
    const list = ok(await server.member('mem_a2', `{ viewer { redemptions(first: 10) { nodes { id status reward { sku } cancellable } } } }`)).viewer.redemptions.nodes;
    assert.deepEqual(list.map((r: { reward: { sku: string } }) => r.reward.sku), ['DRILL', 'CAP', 'MUG']);
    const mug = list.find((r: { reward: { sku: string } }) => r.reward.sku === 'MUG');
    const cancelled = ok(await server.member('mem_a2', CANCEL, { id: mug.id })).cancelRedemption;
    assert.equal(cancelled.redemption.status, 'CANCELLED');
    assert.deepEqual(cancelled.redemption.history.map((h: { status: string }) => h.status), ['ORDERED', 'CANCELLED']);
    assert.equal(cancelled.points.available, 500);
    const again = ok(await server.member('mem_a2', CANCEL, { id: mug.id })).cancelRedemption;
    assert.equal(again.redemption.status, 'CANCELLED', 'a second cancel (another tab) answers the same');
    assert.equal(await balance('mem_a1'), 500, 'and restores nothing twice');
    const stock = ok(await server.member('mem_a1', CATALOG, { search: 'mug' })).rewards.nodes[0].stock;
    assert.equal(stock, 3);
    assert.equal(errorCode(await server.member('mem_b1', CANCEL, { id: list[0].id })), 'NOT_FOUND', 'another partner\'s redemption');
  });

  it('lets the supplier move fulfilment forward, never backward, and cancel with a refund', async () => {
    const [drill, cap] = ok(await server.member('mem_a1', `{ viewer { redemptions { nodes { id reward { sku } } } } }`)).viewer.redemptions.nodes;
    const update = (id: string, status: string) => server.admin(`mutation($id: ID!, $s: RedemptionStatus!) { updateRedemptionStatus(input: { redemptionId: $id, status: $s }) { status cancellable } }`, { id, s: status });
    assert.deepEqual(ok(await update(drill.id, 'SHIPPED')).updateRedemptionStatus, { status: 'SHIPPED', cancellable: false });
    assert.equal(errorCode(await server.member('mem_a1', CANCEL, { id: drill.id })), 'INVALID_TRANSITION');
    assert.equal(errorCode(await update(drill.id, 'ORDERED')), 'INVALID_TRANSITION');
    assert.equal(ok(await update(drill.id, 'DELIVERED')).updateRedemptionStatus.status, 'DELIVERED');
    assert.equal(ok(await update(cap.id, 'CANCELLED')).updateRedemptionStatus.status, 'CANCELLED');
    assert.equal(await balance('mem_a1'), 1300);
    assert.equal(errorCode(await server.member('mem_a1', `mutation { updateRedemptionStatus(input: { redemptionId: "x", status: SHIPPED }) { status } }`)), 'FORBIDDEN');
  });
});
