import { assertDomainError } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortedLadder, volumeDiscount, type LadderStep } from '../../../server/src/domain/volume-discount.js';

// The demo program: 5 % from $5,000, 10 % from $10,000.
const DEMO_LADDER: LadderStep[] = [
  { thresholdMinor: 500_000, percent: 5 },
  { thresholdMinor: 1_000_000, percent: 10 },
];

describe('volumeDiscount on the demo ladder', () => {
  const cases: [number, number, number, { thresholdMinor: number; percent: number; remainingMinor: number } | null][] = [
    [0, 0, 0, { thresholdMinor: 500_000, percent: 5, remainingMinor: 500_000 }],
    [1, 0, 0, { thresholdMinor: 500_000, percent: 5, remainingMinor: 499_999 }],
    [499_999, 0, 0, { thresholdMinor: 500_000, percent: 5, remainingMinor: 1 }],
    [500_000, 5, 25_000, { thresholdMinor: 1_000_000, percent: 10, remainingMinor: 500_000 }],
    [500_001, 5, 25_000, { thresholdMinor: 1_000_000, percent: 10, remainingMinor: 499_999 }], // 25000.05 floors
    [500_019, 5, 25_000, { thresholdMinor: 1_000_000, percent: 10, remainingMinor: 499_981 }], // 25000.95 floors
    [500_020, 5, 25_001, { thresholdMinor: 1_000_000, percent: 10, remainingMinor: 499_980 }],
    [999_999, 5, 49_999, { thresholdMinor: 1_000_000, percent: 10, remainingMinor: 1 }], // 49999.95 floors
    [1_000_000, 10, 100_000, null],
    [1_000_001, 10, 100_000, null],
    [1_000_009, 10, 100_000, null],
    [1_000_010, 10, 100_001, null],
  ];
  for (const [amount, percent, discountMinor, next] of cases) {
    it(`${amount} → ${percent} %, discount ${discountMinor}, next ${next ? next.remainingMinor : 'none'}`, () => {
      assert.deepEqual(volumeDiscount(amount, DEMO_LADDER), { percent, discountMinor, next });
    });
  }

  it('is exact for amounts near 2^53 (amount × percent exceeds 2^53)', () => {
    assert.deepEqual(volumeDiscount(Number.MAX_SAFE_INTEGER, DEMO_LADDER), {
      percent: 10,
      discountMinor: 900_719_925_474_099,
      next: null,
    });
  });

  it('gives the same answer for an unsorted ladder', () => {
    const reversed = [...DEMO_LADDER].reverse();
    for (const amount of [0, 499_999, 500_000, 999_999, 1_000_000]) {
      assert.deepEqual(volumeDiscount(amount, reversed), volumeDiscount(amount, DEMO_LADDER));
    }
  });
});

describe('volumeDiscount on other ladders', () => {
  it('an empty ladder: no discount, no next step', () => {
    assert.deepEqual(volumeDiscount(123_456, []), { percent: 0, discountMinor: 0, next: null });
  });
  it('a step at 0 applies to every order', () => {
    assert.deepEqual(volumeDiscount(0, [{ thresholdMinor: 0, percent: 1 }]), { percent: 1, discountMinor: 0, next: null });
    assert.equal(volumeDiscount(100, [{ thresholdMinor: 0, percent: 1 }]).discountMinor, 1);
  });
  it('100 % gives the whole amount', () => {
    assert.equal(volumeDiscount(12_345, [{ thresholdMinor: 1, percent: 100 }]).discountMinor, 12_345);
  });
  it('three steps: the highest reached applies, the one just above is next', () => {
    const ladder = [
      { thresholdMinor: 100, percent: 1 },
      { thresholdMinor: 200, percent: 2 },
      { thresholdMinor: 300, percent: 3 },
    ];
    assert.deepEqual(volumeDiscount(250, ladder), {
      percent: 2,
      discountMinor: 5,
      next: { thresholdMinor: 300, percent: 3, remainingMinor: 50 },
    });
  });
});

describe('volumeDiscount input validation', () => {
  it('refuses negative, fractional or unsafe amounts', () => {
    for (const amount of [-1, 0.5, Number.NaN, 2 ** 53]) {
      assertDomainError(() => volumeDiscount(amount, DEMO_LADDER), 'BAD_USER_INPUT');
    }
  });
  const invalid: [string, LadderStep[]][] = [
    ['a shared threshold', [{ thresholdMinor: 100, percent: 1 }, { thresholdMinor: 100, percent: 2 }]],
    ['a percentage that falls as the threshold rises', [{ thresholdMinor: 100, percent: 5 }, { thresholdMinor: 200, percent: 3 }]],
    ['an equal percentage on a higher step', [{ thresholdMinor: 100, percent: 5 }, { thresholdMinor: 200, percent: 5 }]],
    ['a 0 % step', [{ thresholdMinor: 100, percent: 0 }]],
    ['more than 100 %', [{ thresholdMinor: 100, percent: 101 }]],
    ['a fractional percentage', [{ thresholdMinor: 100, percent: 2.5 }]],
    ['a negative threshold', [{ thresholdMinor: -1, percent: 5 }]],
  ];
  for (const [label, ladder] of invalid) {
    it(`refuses ${label}`, () => { assertDomainError(() => sortedLadder(ladder), 'BAD_USER_INPUT'); });
  }
});
