import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, errorCode, type TestServer } from '../support/harness.js';

const INSIGHTS = /* GraphQL */ `
  {
    insights {
      partners retentionRateBp churnRateBp repeatPurchaseRateBp
      averageLifetimeValue { amountMinor currency }
      nps npsAnswers pointsOutstanding
    }
  }
`;
const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestOrderInput!) { ingestOrder(input: $input) { pointsAccrued } }
`;

// The clock stands at 2026-11-23T12:00Z: the current window is (2025-11-23T12:00Z, now], the
// previous one (2024-11-23T12:00Z, 2025-11-23T12:00Z].
const MIDDLE = '2025-11-23T12:00:00.000Z';
const START = '2024-11-23T12:00:00.000Z';

let server: TestServer;

async function createPartner(name: string, domain: string, joinedAt: string): Promise<string> {
  const data = ok(
    await server.admin(`mutation P($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`, { input: { name, domain, joinedAt } }),
  );
  return data.createPartner.id;
}

async function order(orderId: string, partnerId: string, orderedAt: string, amountMinor: number) {
  ok(await server.admin(INGEST, { input: { orderId, partnerId, orderedAt, currency: 'USD', lines: [{ productGroup: 'misc', amountMinor }] } }));
}

before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server?.close();
});

describe('insights', () => {
  it('is for the supplier only', async () => {
    assert.equal(errorCode(await server.member('mem_a1', INSIGHTS)), 'FORBIDDEN');
    assert.equal(errorCode((await server.post({ query: INSIGHTS })).body), 'UNAUTHENTICATED');
  });

  it('reports an empty program as zeros and no NPS', async () => {
    assert.deepEqual(ok(await server.admin(INSIGHTS)).insights, {
      partners: 2,
      retentionRateBp: 0,
      churnRateBp: 0,
      repeatPurchaseRateBp: 0,
      averageLifetimeValue: { amountMinor: 0, currency: 'USD' },
      nps: null,
      npsAnswers: 0,
      pointsOutstanding: 0,
    });
  });

  it('computes retention, churn, repeat purchases, LTV, NPS and outstanding points on a known data set', async () => {
    const loyal = await createPartner('Loyal Co', 'loyal.example', '2024-06-01T00:00:00.000Z');
    const gone = await createPartner('Gone Co', 'gone.example', '2024-06-01T00:00:00.000Z');
    const back = await createPartner('Back Co', 'back.example', '2024-06-01T00:00:00.000Z');
    const ancient = await createPartner('Ancient Co', 'ancient.example', '2024-01-01T00:00:00.000Z');

    // Loyal: ordered in both windows, twice in the current one (retained, repeat buyer).
    await order('IN-L1', loyal, '2025-03-01T00:00:00.000Z', 100_000); // expired by now
    await order('IN-L2', loyal, '2026-05-01T00:00:00.000Z', 200_000);
    await order('IN-L3', loyal, '2026-09-01T00:00:00.000Z', 50_000);
    // Gone: its only order is the last instant of the previous window (churned).
    await order('IN-G1', gone, MIDDLE, 300_000); // expires exactly now
    // Back: in both windows, but its second current order was refunded (retained, no repeat).
    await order('IN-B1', back, '2025-01-01T00:00:00.000Z', 10_000); // expired by now
    await order('IN-B2', back, '2026-02-01T00:00:00.000Z', 30_000);
    await order('IN-B3', back, '2026-03-01T00:00:00.000Z', 70_000);
    ok(await server.admin(`mutation R($input: RefundOrderInput!) { refundOrder(input: $input) { orderId } }`, { input: { orderId: 'IN-B3' } }));
    // Ancient: ordered at the very start of the previous window, which is excluded (start exclusive).
    await order('IN-X1', ancient, START, 90_000);
    // Alpha: new in the current window, one order.
    await order('IN-A1', 'ptn_a', '2026-10-01T00:00:00.000Z', 40_000);
    // Beta: no orders at all.

    // NPS: three answers now (+50 points each), one earlier this year, two older than 12 months.
    assert.equal(ok(await server.member('mem_a1', `mutation { submitNps(input: { score: 10 }) { pointsAwarded } }`)).submitNps.pointsAwarded, 50);
    ok(await server.member('mem_a2', `mutation { submitNps(input: { score: 9 }) { pointsAwarded } }`));
    ok(await server.member('mem_b1', `mutation { submitNps(input: { score: 3 }) { pointsAwarded } }`));
    await server.server.deps.db
      .insertInto('nps_answers')
      .values([
        { member_id: 'mem_b2', partner_id: 'ptn_b', period: '2026-Q1', score: 7, comment: null, created_at: new Date('2026-01-15T00:00:00.000Z') },
        { member_id: 'mem_b2', partner_id: 'ptn_b', period: '2025-Q4', score: 0, comment: null, created_at: new Date(MIDDLE) },
        { member_id: 'mem_a1', partner_id: 'ptn_a', period: '2025-Q3', score: 0, comment: null, created_at: new Date('2025-08-01T00:00:00.000Z') },
      ])
      .execute();

    const insights = ok(await server.admin(INSIGHTS)).insights;
    assert.deepEqual(insights, {
      partners: 6,
      // Previous window: Loyal, Gone, Back; of those Loyal and Back ordered again: 2/3.
      retentionRateBp: 6667,
      churnRateBp: 3333,
      // Current window buyers: Loyal, Back, Alpha; only Loyal twice: 1/3.
      repeatPurchaseRateBp: 3333,
      // (3,500 + 3,000 + 400 + 900 + 400 + 0) / 6 partners = $1,366.67, rounded half up.
      averageLifetimeValue: { amountMinor: 136_667, currency: 'USD' },
      // 10, 9 promoters; 7 passive; 3 detractor: (2 − 1) / 4 = 25.
      nps: 25,
      npsAnswers: 4,
      // Loyal 2,500 + Back 300 + Alpha 400 + 100 NPS + Beta 50 NPS; expired lots count for nothing.
      pointsOutstanding: 3350,
    });
  });
});
