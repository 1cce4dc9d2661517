import { assertDomainError, iso } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  qualificationWindow,
  qualifyingSpend,
  sortedTiers,
  tierForSpend,
  tierProgress,
  type TierRule,
} from '../../../server/src/domain/tiers.js';

const BRONZE: TierRule = { code: 'BRONZE', rank: 0, thresholdMinor: 0, multiplierPct: 100, discountPct: 0 };
const SILVER: TierRule = { code: 'SILVER', rank: 1, thresholdMinor: 1_000_000, multiplierPct: 125, discountPct: 2 };
const GOLD: TierRule = { code: 'GOLD', rank: 2, thresholdMinor: 5_000_000, multiplierPct: 150, discountPct: 5 };
const PLATINUM: TierRule = { code: 'PLATINUM', rank: 3, thresholdMinor: 10_000_000, multiplierPct: 200, discountPct: 8 };
// Deliberately unsorted: the program's table may come from the database in any order.
const TIERS = [GOLD, BRONZE, PLATINUM, SILVER];

describe('qualificationWindow', () => {
  it('spans the trailing 12 months by default', () => {
    const w = qualificationWindow(iso('2026-06-30T12:00:00Z'));
    assert.equal(w.start.toISOString(), '2025-06-30T12:00:00.000Z');
    assert.equal(w.end.toISOString(), '2026-06-30T12:00:00.000Z');
  });
  it('clamps like addMonths (Feb 29 → Feb 28 a year earlier)', () => {
    assert.equal(qualificationWindow(iso('2028-02-29T00:00:00Z')).start.toISOString(), '2027-02-28T00:00:00.000Z');
  });
  it('refuses a window of 0 or fractional months', () => {
    assertDomainError(() => qualificationWindow(iso('2026-01-01T00:00:00Z'), 0), 'BAD_USER_INPUT');
    assertDomainError(() => qualificationWindow(iso('2026-01-01T00:00:00Z'), 1.5), 'BAD_USER_INPUT');
  });
});

describe('qualifyingSpend', () => {
  const asOf = iso('2026-06-30T12:00:00.000Z');
  const windowStart = iso('2025-06-30T12:00:00.000Z');
  const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

  it('is 0 without orders', () => assert.equal(qualifyingSpend([], asOf), 0));

  it('excludes an order exactly at the window start (start is exclusive)', () => {
    assert.equal(qualifyingSpend([{ orderedAt: windowStart, amountMinor: 100 }], asOf), 0);
  });
  it('includes an order 1 ms after the window start', () => {
    assert.equal(qualifyingSpend([{ orderedAt: at(windowStart, 1), amountMinor: 100 }], asOf), 100);
  });
  it('includes an order exactly at asOf (end is inclusive)', () => {
    assert.equal(qualifyingSpend([{ orderedAt: asOf, amountMinor: 100 }], asOf), 100);
  });
  it('excludes an order after asOf', () => {
    assert.equal(qualifyingSpend([{ orderedAt: at(asOf, 1), amountMinor: 100 }], asOf), 0);
  });
  it('sums the orders inside the window only', () => {
    const orders = [
      { orderedAt: iso('2024-01-01T00:00:00Z'), amountMinor: 999_999 },
      { orderedAt: iso('2025-08-01T00:00:00Z'), amountMinor: 250_000 },
      { orderedAt: iso('2026-02-01T00:00:00Z'), amountMinor: 750_000 },
      { orderedAt: iso('2026-06-30T12:00:00Z'), amountMinor: 1 },
      { orderedAt: iso('2027-01-01T00:00:00Z'), amountMinor: 999_999 },
    ];
    assert.equal(qualifyingSpend(orders, asOf), 1_000_001);
  });
  it('honours a custom window length', () => {
    const orders = [
      { orderedAt: iso('2026-03-30T12:00:00Z'), amountMinor: 1 }, // exactly 3 months back: out
      { orderedAt: iso('2026-03-30T12:00:00.001Z'), amountMinor: 10 },
      { orderedAt: iso('2026-05-01T00:00:00Z'), amountMinor: 100 },
    ];
    assert.equal(qualifyingSpend(orders, asOf, 3), 110);
  });
  it('counts zero-amount (fully refunded) orders as nothing', () => {
    assert.equal(qualifyingSpend([{ orderedAt: asOf, amountMinor: 0 }], asOf), 0);
  });
  it('sums beyond 2^32 exactly and refuses a total beyond 2^53', () => {
    const big = Number.MAX_SAFE_INTEGER - 10;
    assert.equal(qualifyingSpend([{ orderedAt: asOf, amountMinor: big }, { orderedAt: asOf, amountMinor: 10 }], asOf), Number.MAX_SAFE_INTEGER);
    assertDomainError(
      () => qualifyingSpend([{ orderedAt: asOf, amountMinor: big }, { orderedAt: asOf, amountMinor: 11 }], asOf),
      'BAD_USER_INPUT',
    );
  });
  it('refuses negative, fractional or unsafe amounts and invalid dates', () => {
    for (const amountMinor of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) {
      assertDomainError(() => qualifyingSpend([{ orderedAt: asOf, amountMinor }], asOf), 'BAD_USER_INPUT');
    }
    assertDomainError(() => qualifyingSpend([{ orderedAt: new Date('x'), amountMinor: 1 }], asOf), 'BAD_USER_INPUT');
    assertDomainError(() => qualifyingSpend([], new Date('x')), 'BAD_USER_INPUT');
  });
});

describe('tierForSpend', () => {
  const cases: [number, TierRule][] = [
    [0, BRONZE],
    [999_999, BRONZE],
    [1_000_000, SILVER], // threshold inclusive
    [1_000_001, SILVER],
    [4_999_999, SILVER],
    [5_000_000, GOLD],
    [9_999_999, GOLD],
    [10_000_000, PLATINUM],
    [Number.MAX_SAFE_INTEGER, PLATINUM],
  ];
  for (const [spend, tier] of cases) {
    it(`${spend} → ${tier.code}`, () => assert.equal(tierForSpend(spend, TIERS), tier));
  }

  it('works with a single entry tier', () => assert.equal(tierForSpend(123, [BRONZE]), BRONZE));

  it('refuses negative or fractional spend', () => {
    assertDomainError(() => tierForSpend(-1, TIERS), 'BAD_USER_INPUT');
    assertDomainError(() => tierForSpend(0.5, TIERS), 'BAD_USER_INPUT');
  });
});

describe('sortedTiers (tier table validation)', () => {
  it('sorts by threshold without changing the input', () => {
    const input = [...TIERS];
    assert.deepEqual(sortedTiers(input).map((t) => t.code), ['BRONZE', 'SILVER', 'GOLD', 'PLATINUM']);
    assert.deepEqual(input, TIERS);
  });
  const invalid: [string, TierRule[]][] = [
    ['an empty table', []],
    ['no tier with threshold 0', [SILVER, GOLD]],
    ['two tiers with threshold 0', [BRONZE, { ...SILVER, thresholdMinor: 0 }]],
    ['an entry tier with rank 1', [{ ...BRONZE, rank: 1 }, { ...SILVER, rank: 2 }]],
    ['duplicate codes', [BRONZE, SILVER, { ...GOLD, code: 'SILVER' }]],
    ['a shared threshold', [BRONZE, SILVER, { ...GOLD, thresholdMinor: SILVER.thresholdMinor }]],
    ['ranks out of threshold order', [BRONZE, { ...SILVER, rank: 2 }, { ...GOLD, rank: 1 }]],
    ['equal ranks', [BRONZE, SILVER, { ...GOLD, rank: 1 }]],
    ['an empty code', [BRONZE, { ...SILVER, code: ' ' }]],
    ['a negative threshold', [BRONZE, { ...SILVER, thresholdMinor: -1 }]],
    ['a fractional multiplier', [BRONZE, { ...SILVER, multiplierPct: 112.5 }]],
    ['a discount over 100 %', [BRONZE, { ...SILVER, discountPct: 101 }]],
    ['a negative rank', [BRONZE, { ...SILVER, rank: -1 }]],
  ];
  for (const [label, tiers] of invalid) {
    it(`refuses ${label}`, () => { assertDomainError(() => sortedTiers(tiers), 'BAD_USER_INPUT'); });
  }
});

describe('tierProgress', () => {
  it('at 0: entry tier, all of the way to SILVER left', () => {
    assert.deepEqual(tierProgress(0, TIERS), { current: BRONZE, next: SILVER, remainingMinor: 1_000_000, progressPct: 0 });
  });
  it('1 below a threshold: 99 % (rounded down, never 100 before the tier is reached)', () => {
    assert.deepEqual(tierProgress(999_999, TIERS), { current: BRONZE, next: SILVER, remainingMinor: 1, progressPct: 99 });
  });
  it('exactly at a threshold: the new tier at 0 % toward the next', () => {
    assert.deepEqual(tierProgress(1_000_000, TIERS), { current: SILVER, next: GOLD, remainingMinor: 4_000_000, progressPct: 0 });
  });
  it('measures from the current threshold, not from 0', () => {
    assert.equal(tierProgress(3_000_000, TIERS).progressPct, 50);
    assert.equal(tierProgress(1_040_000, TIERS).progressPct, 1);
    assert.equal(tierProgress(1_039_999, TIERS).progressPct, 0);
  });
  it('rounds down (1/3 → 33)', () => {
    assert.equal(tierProgress(333_333, [BRONZE, SILVER]).progressPct, 33);
    assert.equal(tierProgress(666_667, [BRONZE, SILVER]).progressPct, 66);
  });
  it('at the top tier: no next, nothing remaining, 100 %', () => {
    assert.deepEqual(tierProgress(10_000_000, TIERS), { current: PLATINUM, next: null, remainingMinor: 0, progressPct: 100 });
    assert.deepEqual(tierProgress(Number.MAX_SAFE_INTEGER, TIERS), { current: PLATINUM, next: null, remainingMinor: 0, progressPct: 100 });
    assert.deepEqual(tierProgress(5, [BRONZE]), { current: BRONZE, next: null, remainingMinor: 0, progressPct: 100 });
  });
  it('stays exact with thresholds near 2^53', () => {
    const top: TierRule = { ...SILVER, thresholdMinor: Number.MAX_SAFE_INTEGER };
    const spend = Number.MAX_SAFE_INTEGER - 1;
    const p = tierProgress(spend, [BRONZE, top]);
    assert.equal(p.remainingMinor, 1);
    assert.equal(p.progressPct, 99);
  });
  it('refuses negative spend', () => { assertDomainError(() => tierProgress(-1, TIERS), 'BAD_USER_INPUT'); });
});
