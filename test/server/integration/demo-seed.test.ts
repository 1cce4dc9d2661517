import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestServer, ok, type TestServer } from '../support/harness.js';
import { DEMO_PERSONAS } from '../../../server/src/seed/demo.js';

// The demo program is what a supplier evaluating the product sees first, and what the browser
// tests assert on: it must populate every screen and keep the ledger's invariants.

let s: TestServer;
before(async () => {
  s = await startTestServer({ seed: 'demo' });
});
after(() => s?.close());

const db = () => s.server.deps.db;

test('every persona sees the tier the demo promises, with points and history', async () => {
  for (const persona of DEMO_PERSONAS) {
    const data = ok(
      await s.member(
        persona.memberId,
        `{ viewer { member { id } partner { id tier { code } tierProgress { next { code } remaining { amountMinor } }
           points { available pending } ledger(first: 5) { nodes { points reason } } } } }`,
      ),
    );
    assert.equal(data.viewer.partner.id, persona.partnerId);
    assert.equal(data.viewer.partner.tier.code, persona.tier, `${persona.key} persona's tier`);
    if (persona.key === 'new') {
      // Joined last week, no orders yet: only the survey bonus, if anything.
      assert.ok(data.viewer.partner.points.available <= 50);
    } else {
      assert.ok(data.viewer.partner.points.available > 0, `${persona.key} has points to spend`);
      assert.equal(data.viewer.partner.ledger.nodes.length, 5);
    }
  }
});

test('every tier is populated and some partners are close to the next one', async () => {
  const data = ok(await s.admin(`{ partners(first: 50) { nodes { id tier { code } tierProgress { progressPct next { code } } } } }`));
  const partners = data.partners.nodes as { tier: { code: string }; tierProgress: { progressPct: number; next: unknown } }[];
  assert.ok(partners.length >= 20, `${partners.length} partners`);
  const byTier = new Map<string, number>();
  for (const p of partners) byTier.set(p.tier.code, (byTier.get(p.tier.code) ?? 0) + 1);
  for (const code of ['BRONZE', 'SILVER', 'GOLD', 'PLATINUM']) assert.ok((byTier.get(code) ?? 0) >= 2, `at least two ${code} partners`);
  assert.ok(partners.some((p) => p.tierProgress.next && p.tierProgress.progressPct >= 75), 'someone is within reach of the next tier');
});

test('at least twelve months of order history for the established partners', async () => {
  const { rows } = await sql<{ oldest: Date; orders: number }>`
    SELECT min(ordered_at) AS oldest, count(*) AS orders FROM orders WHERE partner_id = 'ptn_siam_builders'`.execute(db());
  const months = (s.clock.now().getTime() - new Date(rows[0]!.oldest).getTime()) / (30.4 * 86_400_000);
  assert.ok(months >= 12, `history spans ${months.toFixed(1)} months`);
  assert.ok(rows[0]!.orders >= 40);
});

test('the ledger is consistent: every balance is the sum of its entries and never negative', async () => {
  const { rows } = await sql<{ partner_id: string; balance: number; pending: number; released: number; held: number }>`
    SELECT a.partner_id, a.balance, a.pending,
           coalesce(sum(e.points) FILTER (WHERE e.released), 0) AS released,
           coalesce(sum(e.points) FILTER (WHERE NOT e.released), 0) AS held
    FROM point_accounts a LEFT JOIN ledger_entries e ON e.partner_id = a.partner_id
    GROUP BY a.partner_id, a.balance, a.pending`.execute(db());
  for (const row of rows) {
    assert.equal(row.balance, row.released, `${row.partner_id} balance`);
    assert.equal(row.pending, row.held, `${row.partner_id} pending`);
    assert.ok(row.balance >= 0);
  }
  const types = await sql<{ type: string }>`SELECT DISTINCT type FROM ledger_entries`.execute(db());
  assert.deepEqual(types.rows.map((r) => r.type).sort(), ['ACCRUAL', 'BONUS', 'EXPIRY', 'REDEMPTION', 'REVERSAL']);
});

test('the catalog has 40+ rewards, with tier-gated, out-of-stock and seasonal ones', async () => {
  const persona = DEMO_PERSONAS.find((p) => p.key === 'silver')!;
  const data = ok(
    await s.member(persona.memberId, `{ rewards(first: 100) { totalCount nodes { stockState requiredTier { code } availableFrom availableUntil } } }`),
  );
  const rewards = data.rewards.nodes as { stockState: string; requiredTier: unknown; availableFrom: string | null }[];
  assert.ok(data.rewards.totalCount >= 40, `${data.rewards.totalCount} rewards`);
  assert.ok(rewards.some((r) => r.requiredTier));
  assert.ok(rewards.some((r) => r.stockState === 'OUT_OF_STOCK'));
  assert.ok(rewards.some((r) => r.availableFrom));
});

test('texts come in every market language', async () => {
  const persona = DEMO_PERSONAS.find((p) => p.key === 'gold')!;
  const query = `{ rewards(first: 1, sort: POINTS_ASC) { nodes { name } } program { tiers { name } } }`;
  const names = new Set<string>();
  for (const locale of ['en', 'th', 'nb', 'ms']) {
    const data = ok(await s.member(persona.memberId, query, {}, locale));
    names.add(`${data.rewards.nodes[0].name}|${data.program.tiers.map((t: { name: string }) => t.name).join(',')}`);
  }
  assert.equal(names.size, 4, 'four distinct translations');
});

test('training, materials, referrals, promotions, challenge and survey are all populated', async () => {
  const gold = DEMO_PERSONAS.find((p) => p.key === 'gold')!;
  const data = ok(
    await s.member(
      gold.memberId,
      `{ courses(first: 50) { nodes { quiz { id } lessons { id } progress { status } } }
         upcoming: webinars(when: UPCOMING) { nodes { id seats seatsLeft } }
         past: webinars(when: PAST) { nodes { id recordingUrl } }
         materials(first: 100) { totalCount nodes { type language } }
         viewer { referrals(first: 50) { nodes { status } } }
         promotions { status }
         currentChallenge { viewerEligible leaderboard { rank score } }
         npsSurvey { canAnswer } }`,
    ),
  );
  assert.ok(data.courses.nodes.length >= 8);
  assert.ok(data.courses.nodes.every((c: { lessons: unknown[] }) => c.lessons.length > 0));
  assert.ok(data.courses.nodes.filter((c: { quiz: unknown }) => c.quiz).length >= 6);
  assert.deepEqual(new Set(data.courses.nodes.map((c: { progress: { status: string } }) => c.progress.status)), new Set(['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED']));
  assert.ok(data.upcoming.nodes.length >= 3 && data.past.nodes.length >= 2);
  // Every state of the webinars widget: open, nearly full, fully booked; recorded and not.
  const seatsLeft = data.upcoming.nodes.map((w: { seatsLeft: number }) => w.seatsLeft);
  assert.ok(seatsLeft.includes(0), 'a fully booked webinar');
  assert.ok(seatsLeft.includes(1), 'a webinar with one seat left');
  assert.ok(seatsLeft.some((left: number) => left > 1), 'a webinar with seats to spare');
  const recordings = data.past.nodes.map((w: { recordingUrl: string | null }) => w.recordingUrl !== null);
  assert.ok(recordings.includes(true) && recordings.includes(false), 'past webinars with and without a recording');
  assert.ok(data.materials.totalCount >= 30);
  assert.ok(new Set(data.materials.nodes.map((m: { language: string }) => m.language)).size >= 3);
  assert.ok(new Set(data.materials.nodes.map((m: { type: string }) => m.type)).size >= 4);
  assert.deepEqual(
    new Set(data.viewer.referrals.nodes.map((r: { status: string }) => r.status)),
    new Set(['SUBMITTED', 'QUALIFIED', 'CONVERTED', 'REWARDED', 'REJECTED']),
  );
  const statuses = data.promotions.map((p: { status: string }) => p.status);
  assert.ok(statuses.includes('ACTIVE') && statuses.includes('UPCOMING'), statuses.join());
  assert.equal(data.currentChallenge.viewerEligible, false, 'the challenge is for new partners');
  assert.ok(data.currentChallenge.leaderboard.length >= 3);
  assert.equal(data.npsSurvey.canAnswer, true, 'the gold persona has not answered this quarter');
  const answers = await sql<{ n: number }>`SELECT count(*) AS n FROM nps_answers`.execute(db());
  assert.ok(answers.rows[0]!.n >= 30);
});
