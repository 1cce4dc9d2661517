import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, ok, errorCode, type TestServer } from '../support/harness.js';

const TENURE = `{ viewer { partner { tenure { joinedAt months perks { code label minMonths unlocked unlocksAt daysLeft } } } } }`;
const T0 = '2026-11-23T12:00:00.000Z';

let server: TestServer;
/** A partner that joined on 2026-05-31 10:00 UTC: its six months (the base program's fast payout) are up on 2026-11-30 10:00. */
let memberId: string;
const JOINED = '2026-05-31T10:00:00.000Z';
const UNLOCKS = '2026-11-30T10:00:00.000Z';

before(async () => {
  server = await startTestServer({ now: T0 });
  const partner = ok(
    await server.admin(`mutation P($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`, {
      input: { name: 'Tenure Test Co', domain: 'tenure-test.example', joinedAt: JOINED },
    }),
  ).createPartner.id;
  memberId = ok(
    await server.admin(`mutation M($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
      input: { partnerId: partner, name: 'Tina Tenure', email: 'tina@tenure-test.example' },
    }),
  ).createMember.id;
});
after(async () => {
  await server?.close();
});

const tenureAt = async (at: string, locale?: string) => {
  server.clock.set(at);
  return ok(await server.member(memberId, TENURE, {}, locale)).viewer.partner.tenure;
};

describe('Partner.tenure', () => {
  it('counts whole months and the days left to each perk, rounded up ("in 7 days")', async () => {
    const tenure = await tenureAt(T0);
    assert.equal(tenure.joinedAt, JOINED);
    assert.equal(tenure.months, 5);
    assert.deepEqual(tenure.perks, [
      // 6 days 22 hours to go: the partner reads "in 7 days".
      { code: 'FAST_PAYOUT', label: 'Fast payout', minMonths: 6, unlocked: false, unlocksAt: UNLOCKS, daysLeft: 7 },
    ]);
  });

  it('unlocks a perk at the instant its months are complete, not a millisecond before', async () => {
    const before = await tenureAt(new Date(Date.parse(UNLOCKS) - 1).toISOString());
    assert.equal(before.months, 5);
    assert.deepEqual([before.perks[0].unlocked, before.perks[0].daysLeft], [false, 1]);
    const at = await tenureAt(UNLOCKS);
    assert.equal(at.months, 6);
    assert.deepEqual([at.perks[0].unlocked, at.perks[0].daysLeft, at.perks[0].unlocksAt], [true, 0, UNLOCKS]);
    // Unlocked stays unlocked: the date it unlocked is still given.
    const later = await tenureAt('2027-03-01T00:00:00.000Z');
    assert.deepEqual([later.months, later.perks[0].unlocked, later.perks[0].daysLeft, later.perks[0].unlocksAt], [9, true, 0, UNLOCKS]);
  });

  it('localizes the perk labels, and is for members only', async () => {
    const th = await tenureAt(T0, 'th');
    assert.equal(th.perks[0].label, 'Fast payout (th)');
    assert.equal(errorCode(await server.admin(TENURE)), 'FORBIDDEN');
    assert.equal(errorCode((await server.post({ query: TENURE })).body), 'UNAUTHENTICATED');
  });

  it('reads the seeded partners as the server computes them', async () => {
    // ptn_a joined 8 months before the base program was seeded at T0, ptn_b 2 months before.
    server.clock.set(T0);
    const a = ok(await server.member('mem_a1', TENURE)).viewer.partner.tenure;
    const b = ok(await server.member('mem_b1', TENURE)).viewer.partner.tenure;
    assert.deepEqual([a.months, a.perks[0].unlocked, a.perks[0].daysLeft], [8, true, 0]);
    assert.equal(b.months, 2);
    assert.equal(b.perks[0].unlocked, false);
    assert.equal(b.perks[0].unlocksAt, '2027-03-23T12:00:00.000Z');
    assert.equal(b.perks[0].daysLeft, (Date.parse('2027-03-23T12:00:00.000Z') - Date.parse(T0)) / 86_400_000);
  });
});
