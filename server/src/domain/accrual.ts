import { assertIntegerInRange, assertNonNegativeInteger, badInput, toSafeNumber } from './validate.js';

/** ISO 4217 currencies have 0 (JPY), 2 (USD), 3 (KWD) or 4 (CLF) minor digits. */
export const MAX_CURRENCY_MINOR_DIGITS = 4;

export interface AccrualInput {
  /** The amount the points are earned on, in minor units. */
  amountMinor: number;
  /** 2 for cents, 0 for yen. */
  currencyMinorDigits: number;
  /** Points per whole currency unit before multipliers. */
  pointsPerUnit: number;
  /** The partner's tier multiplier in percent (100 = ×1). */
  tierMultiplierPct: number;
  /** The best active promotion's multiplier in percent; 100 when none applies. */
  promotionMultiplierPct?: number | null | undefined;
}

/**
 * floor(amount in major units × pointsPerUnit × tier multiplier × promotion multiplier).
 *
 * The product is computed exactly in BigInt and floored once at the end: rounding each factor
 * separately would lose points on every order (and differ from what a partner can check by
 * hand), and a Number product of a large order can exceed 2^53 before it is divided back down.
 */
export function accruePoints(input: AccrualInput): number {
  const { amountMinor, currencyMinorDigits, pointsPerUnit, tierMultiplierPct } = input;
  const promotionMultiplierPct = input.promotionMultiplierPct ?? 100;
  assertNonNegativeInteger(amountMinor, 'amountMinor');
  assertIntegerInRange(currencyMinorDigits, 'currencyMinorDigits', 0, MAX_CURRENCY_MINOR_DIGITS);
  assertNonNegativeInteger(pointsPerUnit, 'pointsPerUnit');
  assertNonNegativeInteger(tierMultiplierPct, 'tierMultiplierPct');
  assertNonNegativeInteger(promotionMultiplierPct, 'promotionMultiplierPct');
  const numerator =
    BigInt(amountMinor) * BigInt(pointsPerUnit) * BigInt(tierMultiplierPct) * BigInt(promotionMultiplierPct);
  const denominator = 10n ** BigInt(currencyMinorDigits) * 100n * 100n;
  return toSafeNumber(numerator / denominator, 'points');
}

export interface OrderLine {
  amountMinor: number;
  productGroup: string;
}

export interface OrderAccrualContext {
  currencyMinorDigits: number;
  pointsPerUnit: number;
  tierMultiplierPct: number;
  /** The best active promotion multiplier for a product group at the order's time; 100 when none. */
  promotionMultiplierPctFor(productGroup: string): number;
}

export interface LineAccrual {
  productGroup: string;
  amountMinor: number;
  /** The promotion multiplier applied to this line (100 = none). */
  multiplierPct: number;
  points: number;
}

export interface OrderAccrual {
  points: number;
  lines: LineAccrual[];
}

/**
 * Points for an order whose lines may fall under different promotions. Each line is floored on
 * its own and the order earns the sum, so the order total always equals what the per-line
 * breakdown shows the partner.
 */
export function accrueOrderLines(lines: readonly OrderLine[], ctx: OrderAccrualContext): OrderAccrual {
  if (!Array.isArray(lines)) throw badInput('lines must be a list');
  let total = 0n;
  const result = lines.map((line, i): LineAccrual => {
    if (typeof line.productGroup !== 'string' || line.productGroup.trim() === '') {
      throw badInput(`lines[${i}].productGroup must not be empty`, { field: `lines[${i}].productGroup` });
    }
    assertNonNegativeInteger(line.amountMinor, `lines[${i}].amountMinor`);
    const multiplierPct = ctx.promotionMultiplierPctFor(line.productGroup);
    const points = accruePoints({
      amountMinor: line.amountMinor,
      currencyMinorDigits: ctx.currencyMinorDigits,
      pointsPerUnit: ctx.pointsPerUnit,
      tierMultiplierPct: ctx.tierMultiplierPct,
      promotionMultiplierPct: multiplierPct,
    });
    total += BigInt(points);
    return { productGroup: line.productGroup, amountMinor: line.amountMinor, multiplierPct, points };
  });
  return { points: toSafeNumber(total, 'points'), lines: result };
}
