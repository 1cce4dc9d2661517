import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createMember, createPartner } from '../../../server/src/services/partners.js';
import { startTestServer, ok, errorCode, usingPostgres, type TestServer } from '../support/harness.js';

// PGlite runs one statement at a time, so races can only be shown on a real PostgreSQL server
// with a connection pool: these tests fire requests at the HTTP server all at once.

const REDEEM = `mutation($i: RedeemRewardInput!) { redeemReward(input: $i) { redemption { id } } }`;
const INGEST = `mutation($o: IngestOrderInput!) { ingestOrder(input: $o) { pointsAccrued replayed } }`;
const day = 86_400_000;

describe('concurrent writes on PostgreSQL', { skip: !usingPostgres() && 'needs TEST_DATABASE=postgres and DATABASE_URL' }, () => {
  let server: TestServer;
  const rewardIds: Record<string, string> = {};
  const db = () => server.server.deps.db;
  const balance = async (partnerId: string) =>
    (await db().selectFrom('point_accounts').select('balance').where('partner_id', '=', partnerId).executeTakeFirstOrThrow()).balance;
  const stock = async (sku: string) => (await db().selectFrom('rewards').select('stock').where('sku', '=', sku).executeTakeFirstOrThrow()).stock;
  const ledgerSum = async (partnerId: string) =>
    Number((await sql<{ s: number }>`SELECT coalesce(sum(points), 0) AS s FROM ledger_entries WHERE partner_id = ${partnerId} AND released`.execute(db())).rows[0]!.s);
  const grant = async (partnerId: string, points: number, key: string) =>
    ok(await server.admin(`mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { id } }`, { i: { partnerId, points, reason: 'Test grant', idempotencyKey: key } }));

  before(async () => {
    server = await startTestServer();
    ok(await server.admin(`mutation { upsertRewardCategory(input: { code: "merch", name: { en: "Merchandise" } }) { id } }`));
    for (const [sku, cost, units] of [['MUG', 100, 50], ['DRILL', 10, 10]] as const) {
      const r = ok(
        await server.admin(`mutation($i: UpsertRewardInput!) { upsertReward(input: $i) { id } }`, {
          i: { sku, categoryCode: 'merch', name: { en: sku }, description: { en: sku }, costPoints: cost, stock: units },
        }),
      ).upsertReward;
      rewardIds[sku] = r.id;
    }
  });
  after(() => server?.close());

  it('200 concurrent redemptions against a balance that affords exactly 10: 10 succeed, the rest are refused', async () => {
    await grant('ptn_a', 10 * 100 + 55, 'grant-redeem-race');
    const tokens = [await server.tokenFor('mem_a1'), await server.tokenFor('mem_a2')];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        server.post(
          { query: REDEEM, variables: { i: { rewardId: rewardIds.MUG, idempotencyKey: `race-${i}-${Date.now()}`, quantity: 1 } } },
          { authorization: `Bearer ${tokens[i % 2]}` },
        ),
      ),
    );
    const succeeded = results.filter((r) => r.body.data?.redeemReward);
    const codes = results.filter((r) => !r.body.data?.redeemReward).map((r) => errorCode(r.body));
    assert.equal(succeeded.length, 10);
    assert.deepEqual([...new Set(codes)], ['INSUFFICIENT_POINTS']);
    assert.equal(codes.length, 190);
    assert.equal(await balance('ptn_a'), 55);
    assert.equal(await ledgerSum('ptn_a'), 55, 'balance = sum of entries');
    assert.equal(await stock('MUG'), 40);
    const redemptions = await db().selectFrom('redemptions').select((eb) => eb.fn.countAll<number>().as('n')).where('partner_id', '=', 'ptn_a').executeTakeFirstOrThrow();
    assert.equal(Number(redemptions.n), 10);
  });

  it('when stock is the limit, exactly the units in stock are handed out', async () => {
    await grant('ptn_b', 100_000, 'grant-stock-race');
    const token = await server.tokenFor('mem_b1');
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        server.post({ query: REDEEM, variables: { i: { rewardId: rewardIds.DRILL, idempotencyKey: `stock-${i}-${Date.now()}`, quantity: 1 } } }, { authorization: `Bearer ${token}` }),
      ),
    );
    assert.equal(results.filter((r) => r.body.data?.redeemReward).length, 10);
    assert.deepEqual([...new Set(results.filter((r) => !r.body.data?.redeemReward).map((r) => errorCode(r.body)))], ['OUT_OF_STOCK']);
    assert.equal(await stock('DRILL'), 0);
    assert.equal(await balance('ptn_b'), 100_000 - 10 * 10);
  });

  it('the same redemption key sent 20 times at once spends once', async () => {
    const before = await balance('ptn_b');
    const token = await server.tokenFor('mem_b2');
    const key = `double-click-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => server.post({ query: REDEEM, variables: { i: { rewardId: rewardIds.MUG, idempotencyKey: key, quantity: 1 } } }, { authorization: `Bearer ${token}` })),
    );
    const ids = new Set(results.map((r) => ok(r.body).redeemReward.redemption.id));
    assert.equal(ids.size, 1, 'every replay returns the first redemption');
    assert.equal(await balance('ptn_b'), before - 100);
  });

  it('a double click on the last affordable redemption replays, it is not refused', async () => {
    await createPartner(db(), { id: 'ptn_c', name: 'Gamma Tools', domain: 'gamma-tools.example', joinedAt: server.clock.now() });
    await createMember(db(), { id: 'mem_c1', partnerId: 'ptn_c', name: 'Cai Gamma', email: 'cai@gamma-tools.example', role: 'OWNER' });
    await grant('ptn_c', 100, 'grant-double-click');
    const token = await server.tokenFor('mem_c1');
    const key = `last-points-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => server.post({ query: REDEEM, variables: { i: { rewardId: rewardIds.MUG, idempotencyKey: key, quantity: 1 } } }, { authorization: `Bearer ${token}` })),
    );
    const ids = new Set(results.map((r) => ok(r.body).redeemReward.redemption.id));
    assert.equal(ids.size, 1);
    assert.equal(await balance('ptn_c'), 0);
  });

  it('the same order ingested 3 times at once accrues once', async () => {
    const before = await ledgerSum('ptn_b');
    const order = {
      orderId: `ORD-RACE-${Date.now()}`,
      partnerId: 'ptn_b',
      memberId: 'mem_b1',
      orderedAt: new Date(server.clock.now().getTime() - 30 * day).toISOString(),
      currency: 'USD',
      lines: [{ productGroup: 'tools', amountMinor: 123_400 }],
    };
    const results = await Promise.all(Array.from({ length: 3 }, () => server.admin(INGEST, { o: order })));
    const payloads = results.map((r) => ok(r).ingestOrder);
    assert.equal(payloads.filter((p) => !p.replayed).length, 1);
    assert.ok(payloads.every((p) => p.pointsAccrued === 1234));
    const accruals = await db().selectFrom('ledger_entries').select('points').where('source_ref', '=', order.orderId).execute();
    assert.deepEqual(accruals.map((a) => a.points), [1234]);
    assert.equal(await ledgerSum('ptn_b'), before + 1234);

    // And its refund, three times at once, reverses it once.
    const refunds = await Promise.all(Array.from({ length: 3 }, () => server.admin(`mutation($i: RefundOrderInput!) { refundOrder(input: $i) { pointsReversed replayed } }`, { i: { orderId: order.orderId } })));
    assert.equal(refunds.map((r) => ok(r).refundOrder).filter((p) => !p.replayed).length, 1);
    const entries = await db().selectFrom('ledger_entries').select(['type', 'points', 'source_ref', 'released']).where('partner_id', '=', 'ptn_b').orderBy('id').execute();
    assert.equal(await ledgerSum('ptn_b'), before, JSON.stringify(entries));
  });

  it('cancelling one redemption from several tabs restores points and stock once', async () => {
    const token = await server.tokenFor('mem_a1');
    await grant('ptn_a', 100, 'grant-cancel-race');
    const redeemed = ok((await server.post({ query: REDEEM, variables: { i: { rewardId: rewardIds.MUG, idempotencyKey: `cancel-race-${Date.now()}`, quantity: 1 } } }, { authorization: `Bearer ${token}` })).body);
    const balanceBefore = await balance('ptn_a');
    const stockBefore = await stock('MUG');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        server.post({ query: `mutation($id: ID!) { cancelRedemption(input: { redemptionId: $id }) { redemption { status } } }`, variables: { id: redeemed.redeemReward.redemption.id } }, { authorization: `Bearer ${token}` }),
      ),
    );
    assert.ok(results.every((r) => r.body.data?.cancelRedemption?.redemption.status === 'CANCELLED'), JSON.stringify(results.map((r) => r.body.errors)));
    assert.equal(await balance('ptn_a'), balanceBefore + 100);
    assert.equal(await stock('MUG'), stockBefore! + 1);
  });
});
