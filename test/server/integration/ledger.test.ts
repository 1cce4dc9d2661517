import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, errorCode, type TestServer } from '../support/harness.js';

const INGEST = `mutation($o: IngestOrderInput!) { ingestOrder(input: $o) { orderId pointsAccrued volumeDiscountPct replayed total { amountMinor currency } } }`;
const POINTS = `{ viewer { partner { tier { code } points { available pending expiringSoon expiringSoonDate lifetimeEarned } } } }`;
const LEDGER = `query($first: Int, $after: String, $types: [LedgerEntryType!]) { viewer { partner { ledger(first: $first, after: $after, types: $types) {
  nodes { type points reason pending source { kind reference } member { name } createdAt availableAt } pageInfo { hasNextPage endCursor } } } } }`;

const daysAgo = (server: TestServer, days: number) => new Date(server.clock.now().getTime() - days * 86_400_000).toISOString();

describe('orders and the points ledger', () => {
  let server: TestServer;
  const order = (id: string, partnerId: string, days: number, amountMinor: number, group = 'power-tools', memberId: string | null = null) =>
    server.admin(INGEST, { o: { orderId: id, partnerId, memberId, orderedAt: daysAgo(server, days), currency: 'USD', lines: [{ productGroup: group, amountMinor }] } });
  const points = async (memberId: string) => ok(await server.member(memberId, POINTS)).viewer.partner;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('accrues 1 point per dollar at Bronze, pending for 14 days, and replays an order without a second accrual', async () => {
    const first = ok(await order('A-1', 'ptn_b', 3, 123_456, 'power-tools', 'mem_b1')).ingestOrder;
    assert.equal(first.pointsAccrued, 1234, 'floor($1,234.56 × 1)');
    assert.equal(first.replayed, false);
    assert.deepEqual(first.total, { amountMinor: 123_456, currency: 'USD' });
    const again = ok(await order('A-1', 'ptn_b', 3, 123_456, 'power-tools', 'mem_b1')).ingestOrder;
    assert.equal(again.replayed, true);
    assert.equal(again.pointsAccrued, 1234);
    const p = (await points('mem_b1')).points;
    assert.equal(p.pending, 1234);
    assert.equal(p.available, 0);
  });

  it('refuses the same order id with different contents', async () => {
    const response = await order('A-1', 'ptn_b', 3, 999, 'power-tools', 'mem_b1');
    assert.equal(errorCode(response), 'IDEMPOTENCY_CONFLICT');
  });

  it('releases pending points when the return window has passed', async () => {
    // Ordered 3 days ago: available 11 days from now.
    server.clock.advanceDays(10);
    assert.equal((await points('mem_b1')).points.pending, 1234, 'still pending a day before');
    server.clock.advanceDays(1);
    const p = (await points('mem_b1')).points;
    assert.equal(p.pending, 0);
    assert.equal(p.available, 1234);
    assert.equal(p.lifetimeEarned, 1234);
  });

  it('shows the volume-discount step an order reached', async () => {
    assert.equal(ok(await order('A-2', 'ptn_b', 40, 499_999)).ingestOrder.volumeDiscountPct, 0);
    assert.equal(ok(await order('A-3', 'ptn_b', 39, 500_000)).ingestOrder.volumeDiscountPct, 5);
    assert.equal(ok(await order('A-4', 'ptn_b', 38, 1_000_000)).ingestOrder.volumeDiscountPct, 10);
  });

  it('earns the multiplier of the tier held before the order', async () => {
    // Partner B now has $29,999.99 + $1,234.56 in the window: Silver (×1.25) from $10,000.
    assert.equal((await points('mem_b1')).tier.code, 'SILVER');
    assert.equal(ok(await order('A-5', 'ptn_b', 1, 10_000)).ingestOrder.pointsAccrued, 125);
  });

  it('reverses a refunded order once, including a still-pending accrual', async () => {
    const before = (await points('mem_b1')).points;
    const refund = ok(await server.admin(`mutation { refundOrder(input: { orderId: "A-5" }) { pointsReversed replayed } }`)).refundOrder;
    assert.deepEqual(refund, { pointsReversed: 125, replayed: false });
    const replay = ok(await server.admin(`mutation { refundOrder(input: { orderId: "A-5" }) { pointsReversed replayed } }`)).refundOrder;
    assert.deepEqual(replay, { pointsReversed: 125, replayed: true });
    const after = (await points('mem_b1')).points;
    assert.equal(after.pending, before.pending - 125);
    assert.equal(after.available, before.available);
    assert.equal(errorCode(await server.admin(`mutation { refundOrder(input: { orderId: "NOPE" }) { replayed } }`)), 'NOT_FOUND');
  });

  it('reverses a released accrual only down to zero when the points were spent', async () => {
    ok(await order('A-6', 'ptn_a', 30, 50_000, 'fasteners', 'mem_a1'));
    const available = (await points('mem_a1')).points.available;
    assert.equal(available, 500);
    ok(await server.admin(`mutation { adjustPoints(input: { partnerId: "ptn_a", points: -400, reason: "Manual correction", idempotencyKey: "adj-ptn-a-1" }) { points } }`));
    const refund = ok(await server.admin(`mutation { refundOrder(input: { orderId: "A-6" }) { pointsReversed } }`)).refundOrder;
    assert.equal(refund.pointsReversed, 100, 'only what was left');
    assert.equal((await points('mem_a1')).points.available, 0);
  });

  it('adjusts points idempotently and never below zero', async () => {
    const credit = `mutation { adjustPoints(input: { partnerId: "ptn_a", points: 300, reason: "Goodwill", idempotencyKey: "adj-ptn-a-2" }) { type points reason } }`;
    assert.deepEqual(ok(await server.admin(credit)).adjustPoints, { type: 'ADJUSTMENT', points: 300, reason: 'Adjustment: Goodwill' });
    ok(await server.admin(credit));
    assert.equal((await points('mem_a1')).points.available, 300, 'the replay credited nothing');
    const conflict = await server.admin(`mutation { adjustPoints(input: { partnerId: "ptn_a", points: 301, reason: "Goodwill", idempotencyKey: "adj-ptn-a-2" }) { points } }`);
    assert.equal(errorCode(conflict), 'IDEMPOTENCY_CONFLICT');
    const overdraw = await server.admin(`mutation { adjustPoints(input: { partnerId: "ptn_a", points: -301, reason: "Too much", idempotencyKey: "adj-ptn-a-3" }) { points } }`);
    assert.equal(errorCode(overdraw), 'INSUFFICIENT_POINTS');
    assert.equal(overdraw.errors![0].extensions!.shortBy, 1);
    assert.equal((await points('mem_a1')).points.available, 300);
  });

  it('lists the ledger newest first with readable reasons, member, filters and cursor pages', async () => {
    const page1 = ok(await server.member('mem_b1', LEDGER, { first: 2 })).viewer.partner.ledger;
    assert.equal(page1.nodes.length, 2);
    assert.equal(page1.pageInfo.hasNextPage, true);
    assert.equal(page1.nodes[0].type, 'REVERSAL');
    assert.equal(page1.nodes[0].reason, 'Order A-5 refunded');
    const page2 = ok(await server.member('mem_b1', LEDGER, { first: 10, after: page1.pageInfo.endCursor })).viewer.partner.ledger;
    const all = [...page1.nodes, ...page2.nodes];
    assert.equal(all.length, 6);
    assert.equal(page2.pageInfo.hasNextPage, false);
    const times = all.map((n: { createdAt: string }) => Date.parse(n.createdAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
    const first = all.find((n: { source: { reference: string } }) => n.source.reference === 'A-1');
    assert.equal(first.member.name, 'Bea Beta');
    assert.deepEqual(first.source, { kind: 'ORDER', reference: 'A-1' });
    const accruals = ok(await server.member('mem_b1', LEDGER, { first: 20, types: ['REVERSAL'] })).viewer.partner.ledger.nodes;
    assert.equal(accruals.length, 1);
    const thai = ok(await server.member('mem_b1', LEDGER, { first: 1 }, 'th-TH')).viewer.partner.ledger.nodes[0];
    assert.equal(thai.reason, 'คืนเงินคำสั่งซื้อ A-5');
  });

  it('expires points oldest first after 12 months and warns 30 days ahead', async () => {
    const fresh = await startTestServer();
    try {
      const o = (id: string, days: number, amount: number) =>
        fresh.admin(INGEST, { o: { orderId: id, partnerId: 'ptn_a', orderedAt: daysAgo(fresh, days), currency: 'USD', lines: [{ productGroup: 'safety', amountMinor: amount }] } });
      ok(await o('E-1', 350, 100_000)); // 1000 points, expire in ~15 days
      ok(await o('E-2', 100, 50_000)); // 500 points
      const p = ok(await fresh.member('mem_a1', POINTS)).viewer.partner.points;
      assert.equal(p.available, 1500);
      assert.equal(p.expiringSoon, 1000);
      assert.ok(p.expiringSoonDate);
      // Spending 300 consumes the oldest lot first: 700 of it is left to expire.
      ok(await fresh.admin(`mutation { adjustPoints(input: { partnerId: "ptn_a", points: -300, reason: "Spend", idempotencyKey: "spend-00001" }) { points } }`));
      assert.equal(ok(await fresh.member('mem_a1', POINTS)).viewer.partner.points.expiringSoon, 700);
      fresh.clock.advanceDays(20);
      const afterExpiry = ok(await fresh.member('mem_a1', POINTS)).viewer.partner.points;
      assert.equal(afterExpiry.available, 500);
      assert.equal(afterExpiry.expiringSoon, 0);
      const ledger = ok(await fresh.member('mem_a1', LEDGER, { first: 10, types: ['EXPIRY'] })).viewer.partner.ledger.nodes;
      assert.equal(ledger.length, 1);
      assert.equal(ledger[0].points, -700);
      assert.match(ledger[0].reason, /expired/);
      const run = ok(await fresh.admin(`mutation { runExpiry { partnersAffected pointsExpired } }`)).runExpiry;
      assert.deepEqual(run, { partnersAffected: 0, pointsExpired: 0 }, 'nothing expires twice');
    } finally {
      await fresh.close();
    }
  });
});
