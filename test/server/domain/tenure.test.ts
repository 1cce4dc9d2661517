import { assertDomainError, forEachSeed, iso, randomInt, seededRandom } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { perkStatus, tenureMonths } from '../../../server/src/domain/tenure.js';
import { addMonths, DAY_MS } from '../../../server/src/domain/time.js';

describe('tenureMonths', () => {
  const joined = iso('2026-01-15T10:00:00.000Z');
  const cases: [string, string, number][] = [
    ['the joining instant', '2026-01-15T10:00:00.000Z', 0],
    ['1 ms before a month', '2026-02-15T09:59:59.999Z', 0],
    ['exactly one month', '2026-02-15T10:00:00.000Z', 1],
    ['the last instant of month 1', '2026-03-15T09:59:59.999Z', 1],
    ['one year', '2027-01-15T10:00:00.000Z', 12],
    ['a later month with an earlier day', '2027-03-01T00:00:00.000Z', 13],
  ];
  for (const [label, asOf, months] of cases) {
    it(`${label} → ${months}`, () => assert.equal(tenureMonths(joined, iso(asOf)), months));
  }

  it('is 0 before joining', () => assert.equal(tenureMonths(joined, iso('2025-12-01T00:00:00Z')), 0));

  it('completes a month on the clamped day when the month is short (joined Jan 31)', () => {
    const jan31 = iso('2026-01-31T00:00:00Z');
    assert.equal(tenureMonths(jan31, iso('2026-02-27T23:59:59.999Z')), 0);
    assert.equal(tenureMonths(jan31, iso('2026-02-28T00:00:00Z')), 1);
    assert.equal(tenureMonths(jan31, iso('2026-03-30T23:59:59.999Z')), 1);
    assert.equal(tenureMonths(jan31, iso('2026-03-31T00:00:00Z')), 2);
  });

  it('counts a Feb 29 join a year later on Feb 28', () => {
    const leap = iso('2028-02-29T00:00:00Z');
    assert.equal(tenureMonths(leap, iso('2029-02-27T23:59:59.999Z')), 11);
    assert.equal(tenureMonths(leap, iso('2029-02-28T00:00:00Z')), 12);
  });

  it('agrees with addMonths for random dates: addMonths(j, n) ≤ asOf < addMonths(j, n + 1)', () => {
    forEachSeed(200, (seed) => {
      const random = seededRandom(seed);
      const start = iso('2020-01-01T00:00:00Z').getTime();
      const joinedAt = new Date(start + randomInt(random, 0, 3 * 365) * DAY_MS + randomInt(random, 0, DAY_MS - 1));
      // Land often exactly on month boundaries, where off-by-one bugs live.
      const asOf =
        random() < 0.5
          ? addMonths(joinedAt, randomInt(random, 0, 40))
          : new Date(joinedAt.getTime() + randomInt(random, 0, 1500) * DAY_MS + randomInt(random, -DAY_MS, DAY_MS));
      const n = tenureMonths(joinedAt, asOf);
      if (asOf < joinedAt) return assert.equal(n, 0);
      assert.ok(addMonths(joinedAt, n) <= asOf, `addMonths(j, ${n}) ≤ asOf`);
      assert.ok(addMonths(joinedAt, n + 1) > asOf, `addMonths(j, ${n + 1}) > asOf`);
    });
  });

  it('refuses invalid dates', () => { assertDomainError(() => tenureMonths(new Date('x'), joined), 'BAD_USER_INPUT'); });
});

describe('perkStatus', () => {
  const fastPayout = { code: 'FAST_PAYOUT', minMonths: 6 };
  const joined = iso('2026-01-01T00:00:00Z');
  const unlocksAt = iso('2026-07-01T00:00:00Z');

  it('"in 43 days"', () => {
    assert.deepEqual(perkStatus(fastPayout, joined, iso('2026-05-19T00:00:00Z')), { unlocked: false, unlocksAt, daysLeft: 43 });
  });
  it('rounds a part day up (42.5 days → 43)', () => {
    assert.equal(perkStatus(fastPayout, joined, iso('2026-05-19T12:00:00Z')).daysLeft, 43);
  });
  it('1 ms before unlocking: still locked, 1 day left', () => {
    assert.deepEqual(perkStatus(fastPayout, joined, new Date(unlocksAt.getTime() - 1)), { unlocked: false, unlocksAt, daysLeft: 1 });
  });
  it('unlocks exactly at joinedAt + minMonths', () => {
    assert.deepEqual(perkStatus(fastPayout, joined, unlocksAt), { unlocked: true, unlocksAt, daysLeft: 0 });
  });
  it('stays unlocked afterwards', () => {
    assert.deepEqual(perkStatus(fastPayout, joined, iso('2030-01-01T00:00:00Z')), { unlocked: true, unlocksAt, daysLeft: 0 });
  });
  it('agrees with tenureMonths at the boundary', () => {
    assert.equal(tenureMonths(joined, unlocksAt) >= fastPayout.minMonths, true);
    assert.equal(tenureMonths(joined, new Date(unlocksAt.getTime() - 1)) >= fastPayout.minMonths, false);
  });
  it('clamps the unlock date like addMonths (joined Aug 31 + 6 → Feb 28)', () => {
    assert.equal(perkStatus(fastPayout, iso('2025-08-31T00:00:00Z'), joined).unlocksAt.toISOString(), '2026-02-28T00:00:00.000Z');
  });
  it('a 0-month perk is unlocked from the start', () => {
    assert.deepEqual(perkStatus({ code: 'WELCOME', minMonths: 0 }, joined, joined), { unlocked: true, unlocksAt: joined, daysLeft: 0 });
  });
  it('shows the full wait before joining', () => {
    assert.equal(perkStatus(fastPayout, joined, iso('2025-12-31T00:00:00Z')).daysLeft, 182);
  });
  it('refuses negative or fractional minMonths and an empty code', () => {
    assertDomainError(() => perkStatus({ code: 'X', minMonths: -1 }, joined, joined), 'BAD_USER_INPUT');
    assertDomainError(() => perkStatus({ code: 'X', minMonths: 1.5 }, joined, joined), 'BAD_USER_INPUT');
    assertDomainError(() => perkStatus({ code: '', minMonths: 1 }, joined, joined), 'BAD_USER_INPUT');
  });
});
