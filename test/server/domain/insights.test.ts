import { assertDomainError, iso } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  averageLifetimeValueMinor,
  churnRate,
  rateBp,
  repeatPurchaseRate,
  retentionRate,
  type PartnerOrder,
} from '../../../server/src/domain/insights.js';

const asOf = iso('2026-06-30T00:00:00.000Z');
// current window: (2025-06-30, 2026-06-30]; previous window: (2024-06-30, 2025-06-30]
const order = (partnerId: string, at: string): PartnerOrder => ({ partnerId, orderedAt: iso(at) });
const orders: PartnerOrder[] = [
  order('retained', '2024-09-01T00:00:00Z'),
  order('retained', '2026-01-15T00:00:00Z'),
  order('churned', '2025-03-01T00:00:00Z'),
  order('new-repeat', '2026-02-01T00:00:00Z'),
  order('new-repeat', '2026-06-30T00:00:00Z'), // exactly asOf: current window
  order('boundary', '2025-06-30T00:00:00Z'), // exactly asOf − 12 months: previous window, not current
  order('too-old', '2024-06-30T00:00:00Z'), // exactly asOf − 24 months: in neither window
  order('future', '2026-06-30T00:00:00.001Z'), // after asOf: ignored
];

describe('retentionRate', () => {
  it('is the share of last window’s buyers who bought again (boundary orders in the earlier window)', () => {
    // previous: retained, churned, boundary → 1 of 3 bought again.
    assert.deepEqual(retentionRate(orders, asOf), { bp: 3333, numerator: 1, denominator: 3 });
  });
  it('is 0 of 0 without earlier buyers', () => {
    assert.deepEqual(retentionRate([order('a', '2026-01-01T00:00:00Z')], asOf), { bp: 0, numerator: 0, denominator: 0 });
    assert.deepEqual(retentionRate([], asOf), { bp: 0, numerator: 0, denominator: 0 });
  });
  it('counts a partner once however many orders it placed', () => {
    const many = [order('a', '2025-01-01T00:00:00Z'), order('a', '2025-02-01T00:00:00Z'), order('a', '2026-01-01T00:00:00Z'), order('a', '2026-02-01T00:00:00Z')];
    assert.deepEqual(retentionRate(many, asOf), { bp: 10_000, numerator: 1, denominator: 1 });
  });
  it('honours a custom window length', () => {
    // 6-month windows: current (2025-12-30, 2026-06-30], previous (2025-06-30, 2025-12-30]
    const sixMonthly = [order('a', '2025-10-01T00:00:00Z'), order('a', '2026-03-01T00:00:00Z'), order('b', '2025-12-30T00:00:00Z')];
    assert.deepEqual(retentionRate(sixMonthly, asOf, 6), { bp: 5000, numerator: 1, denominator: 2 });
  });
  it('refuses bad input', () => {
    assertDomainError(() => retentionRate([order('', '2026-01-01T00:00:00Z')], asOf), 'BAD_USER_INPUT');
    assertDomainError(() => retentionRate([{ partnerId: 'a', orderedAt: new Date('x') }], asOf), 'BAD_USER_INPUT');
    assertDomainError(() => retentionRate([], asOf, 0), 'BAD_USER_INPUT');
  });
});

describe('churnRate', () => {
  it('is the share of last window’s buyers with no order since', () => {
    assert.deepEqual(churnRate(orders, asOf), { bp: 6667, numerator: 2, denominator: 3 });
  });
  it('always adds up to 100 % with retention, even when both would round up', () => {
    // 1 of 32 retained: 312.5 bp and 9687.5 bp; rounding each alone would give 313 + 9688.
    const partners = Array.from({ length: 32 }, (_, i) => order(`p${i}`, '2025-01-01T00:00:00Z'));
    partners.push(order('p0', '2026-01-01T00:00:00Z'));
    const retention = retentionRate(partners, asOf);
    const churn = churnRate(partners, asOf);
    assert.equal(retention.bp, 313);
    assert.equal(churn.bp, 9687);
    assert.equal(retention.bp + churn.bp, 10_000);
  });
  it('is 0 of 0 without earlier buyers', () => assert.deepEqual(churnRate([], asOf), { bp: 0, numerator: 0, denominator: 0 }));
});

describe('repeatPurchaseRate', () => {
  it('is the share of this window’s buyers with two or more orders in it', () => {
    // current buyers: retained (1 order), new-repeat (2 orders) → 1 of 2.
    assert.deepEqual(repeatPurchaseRate(orders, asOf), { bp: 5000, numerator: 1, denominator: 2 });
  });
  it('does not count an order from the previous window toward repeat', () => {
    assert.deepEqual(repeatPurchaseRate([order('a', '2025-06-30T00:00:00Z'), order('a', '2025-06-30T00:00:00.001Z')], asOf), {
      bp: 0,
      numerator: 0,
      denominator: 1,
    });
  });
  it('is 0 of 0 without buyers', () => assert.deepEqual(repeatPurchaseRate([], asOf), { bp: 0, numerator: 0, denominator: 0 }));
});

describe('rateBp', () => {
  const cases: [number, number, number][] = [
    [0, 0, 0],
    [0, 5, 0],
    [5, 5, 10_000],
    [1, 3, 3333],
    [2, 3, 6667],
    [1, 8, 1250],
    [1, 20_000, 1], // 0.5 bp rounds half up
    [1, 20_001, 0],
  ];
  for (const [n, d, bp] of cases) it(`${n}/${d} → ${bp} bp`, () => assert.equal(rateBp(n, d), bp));
  it('refuses a part larger than the whole and negative counts', () => {
    assertDomainError(() => rateBp(2, 1), 'BAD_USER_INPUT');
    assertDomainError(() => rateBp(-1, 1), 'BAD_USER_INPUT');
  });
});

describe('averageLifetimeValueMinor', () => {
  const cases: [number[], number][] = [
    [[], 0],
    [[0], 0],
    [[100, 200], 150],
    [[1, 2], 2], // 1.5 rounds half up
    [[1, 1, 2], 1], // 1.33
    [[1, 2, 2], 2], // 1.67
    [[Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], Number.MAX_SAFE_INTEGER], // the sum exceeds 2^53
  ];
  for (const [spend, expected] of cases) {
    it(`[${spend.join(', ')}] → ${expected}`, () => assert.equal(averageLifetimeValueMinor(spend), expected));
  }
  it('refuses negative or fractional spend', () => {
    assertDomainError(() => averageLifetimeValueMinor([100, -1]), 'BAD_USER_INPUT');
    assertDomainError(() => averageLifetimeValueMinor([0.5]), 'BAD_USER_INPUT');
  });
});
