import { assertDomainError } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accrueOrderLines, accruePoints, type AccrualInput } from '../../../server/src/domain/accrual.js';

const base: AccrualInput = { amountMinor: 10_000, currencyMinorDigits: 2, pointsPerUnit: 1, tierMultiplierPct: 100 };

describe('accruePoints', () => {
  const cases: [string, Partial<AccrualInput>, number][] = [
    ['$100.00 at 1 point per dollar', {}, 100],
    ['$100.00 at 10 points per dollar', { pointsPerUnit: 10 }, 1000],
    ['$100.00 with a ×1.25 tier', { tierMultiplierPct: 125 }, 125],
    ['$100.00 with ×1.25 tier and ×2 promotion', { tierMultiplierPct: 125, promotionMultiplierPct: 200 }, 250],
    ['an explicit 100 % promotion changes nothing', { promotionMultiplierPct: 100 }, 100],
    ['$9.99 floors to 9', { amountMinor: 999 }, 9],
    ['$0.99 floors to 0', { amountMinor: 99 }, 0],
    ['$0.00 earns 0', { amountMinor: 0 }, 0],
    ['$1.00 with ×1.25 floors to 1', { amountMinor: 100, tierMultiplierPct: 125 }, 1],
    ['$3.99 with ×1.25 = 4.9875 floors to 4', { amountMinor: 399, tierMultiplierPct: 125 }, 4],
    ['$4.00 with ×1.25 = exactly 5', { amountMinor: 400, tierMultiplierPct: 125 }, 5],
    ['¥1000 (0 minor digits)', { amountMinor: 1000, currencyMinorDigits: 0 }, 1000],
    ['KWD 1.999 (3 minor digits) floors to 1', { amountMinor: 1999, currencyMinorDigits: 3 }, 1],
    ['KWD 2.000 (3 minor digits)', { amountMinor: 2000, currencyMinorDigits: 3 }, 2],
    ['a 0 % tier multiplier earns nothing', { tierMultiplierPct: 0 }, 0],
    ['0 points per unit earns nothing', { pointsPerUnit: 0 }, 0],
  ];
  for (const [label, overrides, expected] of cases) {
    it(label, () => assert.equal(accruePoints({ ...base, ...overrides }), expected));
  }

  it('is exact where floating point is not ($1.15 × 100 points)', () => {
    // 1.15 * 100 === 114.99999999999999 in floating point, which would floor to 114.
    assert.equal(Math.floor((115 / 100) * 100), 114);
    assert.equal(accruePoints({ ...base, amountMinor: 115, pointsPerUnit: 100 }), 115);
  });

  it('is exact for amounts near 2^53', () => {
    const amountMinor = Number.MAX_SAFE_INTEGER;
    assert.equal(accruePoints({ ...base, amountMinor }), 90_071_992_547_409);
    const expected = (BigInt(amountMinor) * 150n * 300n) / 1_000_000n;
    assert.equal(
      accruePoints({ ...base, amountMinor, tierMultiplierPct: 150, promotionMultiplierPct: 300 }),
      Number(expected),
    );
  });

  it('refuses a result beyond 2^53', () => {
    assertDomainError(
      () => accruePoints({ ...base, amountMinor: Number.MAX_SAFE_INTEGER, currencyMinorDigits: 0, pointsPerUnit: 2 }),
      'BAD_USER_INPUT',
    );
  });

  const invalid: [string, Partial<AccrualInput>][] = [
    ['a negative amount', { amountMinor: -1 }],
    ['a fractional amount', { amountMinor: 10.5 }],
    ['NaN', { amountMinor: Number.NaN }],
    ['an unsafe amount', { amountMinor: 2 ** 53 }],
    ['more than 4 minor digits', { currencyMinorDigits: 5 }],
    ['negative minor digits', { currencyMinorDigits: -1 }],
    ['a fractional points rate', { pointsPerUnit: 1.5 }],
    ['a negative points rate', { pointsPerUnit: -1 }],
    ['a negative tier multiplier', { tierMultiplierPct: -100 }],
    ['a fractional promotion multiplier', { promotionMultiplierPct: 150.5 }],
  ];
  for (const [label, overrides] of invalid) {
    it(`refuses ${label}`, () => { assertDomainError(() => accruePoints({ ...base, ...overrides }), 'BAD_USER_INPUT'); });
  }
});

describe('accrueOrderLines', () => {
  const ctx = {
    currencyMinorDigits: 2,
    pointsPerUnit: 1,
    tierMultiplierPct: 100,
    promotionMultiplierPctFor: (group: string) => (group === 'SOLAR' ? 200 : 100),
  };

  it('applies each line’s promotion and sums the lines', () => {
    const result = accrueOrderLines(
      [
        { productGroup: 'SOLAR', amountMinor: 10_000 },
        { productGroup: 'CABLES', amountMinor: 5_000 },
      ],
      ctx,
    );
    assert.deepEqual(result, {
      points: 250,
      lines: [
        { productGroup: 'SOLAR', amountMinor: 10_000, multiplierPct: 200, points: 200 },
        { productGroup: 'CABLES', amountMinor: 5_000, multiplierPct: 100, points: 50 },
      ],
    });
  });

  it('floors each line on its own (the order total equals the sum of the breakdown)', () => {
    const result = accrueOrderLines(
      [
        { productGroup: 'CABLES', amountMinor: 199 },
        { productGroup: 'CABLES', amountMinor: 199 },
      ],
      ctx,
    );
    // $3.98 as one amount would be 3 points; two lines of $1.99 are 1 + 1.
    assert.equal(result.points, 2);
    assert.equal(result.points, result.lines.reduce((sum, line) => sum + line.points, 0));
  });

  it('applies the tier multiplier to every line', () => {
    const result = accrueOrderLines([{ productGroup: 'SOLAR', amountMinor: 10_000 }], { ...ctx, tierMultiplierPct: 150 });
    assert.equal(result.points, 300);
  });

  it('gives 0 points for an order without lines', () => {
    assert.deepEqual(accrueOrderLines([], ctx), { points: 0, lines: [] });
  });

  it('refuses invalid lines and invalid promotion multipliers', () => {
    assertDomainError(() => accrueOrderLines([{ productGroup: 'SOLAR', amountMinor: -5 }], ctx), 'BAD_USER_INPUT');
    assertDomainError(() => accrueOrderLines([{ productGroup: '', amountMinor: 5 }], ctx), 'BAD_USER_INPUT');
    assertDomainError(
      () => accrueOrderLines([{ productGroup: 'SOLAR', amountMinor: 5 }], { ...ctx, promotionMultiplierPctFor: () => 1.5 }),
      'BAD_USER_INPUT',
    );
  });
});
