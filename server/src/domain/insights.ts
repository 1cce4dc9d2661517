import { addMonths } from './time.js';
import { assertIntegerInRange, assertNonNegativeInteger, assertValidDate, badInput } from './validate.js';

/** One order of one partner: all the insights need. */
export interface PartnerOrder {
  partnerId: string;
  orderedAt: Date;
}

export const BASIS_POINTS = 10_000;

/** A share in basis points (10 000 = 100 %) with the counts behind it, for "42 of 50 partners". */
export interface Rate {
  bp: number;
  numerator: number;
  /** 0 means there was nobody to measure; `bp` is then 0. */
  denominator: number;
}

/** numerator / denominator in basis points, rounded half up; 0 for an empty denominator. */
export function rateBp(numerator: number, denominator: number): number {
  assertNonNegativeInteger(numerator, 'numerator');
  assertNonNegativeInteger(denominator, 'denominator');
  if (numerator > denominator) throw badInput('a share cannot exceed its whole', { numerator, denominator });
  if (denominator === 0) return 0;
  return Math.floor((2 * numerator * BASIS_POINTS + denominator) / (2 * denominator));
}

function rate(numerator: number, denominator: number): Rate {
  return { bp: rateBp(numerator, denominator), numerator, denominator };
}

interface Periods {
  /** Partner → number of orders in (asOf − w, asOf]. */
  current: Map<string, number>;
  /** Partners with an order in (asOf − 2w, asOf − w]. */
  previous: Set<string>;
}

// Both windows have the same shape as tier qualification: start exclusive, end inclusive, and
// they meet without gap or overlap, so every order falls into at most one of them.
function periods(orders: readonly PartnerOrder[], asOf: Date, windowMonths: number): Periods {
  if (!Array.isArray(orders)) throw badInput('orders must be a list');
  assertValidDate(asOf, 'asOf');
  assertIntegerInRange(windowMonths, 'windowMonths', 1, 600);
  const end = asOf.getTime();
  const middle = addMonths(asOf, -windowMonths).getTime();
  const start = addMonths(asOf, -2 * windowMonths).getTime();
  const current = new Map<string, number>();
  const previous = new Set<string>();
  orders.forEach((order, i) => {
    if (typeof order.partnerId !== 'string' || order.partnerId === '') {
      throw badInput(`orders[${i}].partnerId must not be empty`);
    }
    assertValidDate(order.orderedAt, `orders[${i}].orderedAt`);
    const t = order.orderedAt.getTime();
    if (t > middle && t <= end) current.set(order.partnerId, (current.get(order.partnerId) ?? 0) + 1);
    else if (t > start && t <= middle) previous.add(order.partnerId);
  });
  return { current, previous };
}

/**
 * Retention: of the partners who ordered in the previous window (asOf − 2w, asOf − w], the share
 * who ordered again in the current window (asOf − w, asOf]. Partners new in the current window
 * are neither retained nor churned: they weren't there to keep.
 */
export function retentionRate(orders: readonly PartnerOrder[], asOf: Date, windowMonths = 12): Rate {
  const { current, previous } = periods(orders, asOf, windowMonths);
  let retained = 0;
  for (const partnerId of previous) if (current.has(partnerId)) retained++;
  return rate(retained, previous.size);
}

/**
 * Churn: of the partners who ordered in the previous window, the share with no order in the
 * current one. Its `bp` is 10 000 − retention's, so the two always add up even when both
 * would round up on their own.
 */
export function churnRate(orders: readonly PartnerOrder[], asOf: Date, windowMonths = 12): Rate {
  const retention = retentionRate(orders, asOf, windowMonths);
  return {
    bp: retention.denominator === 0 ? 0 : BASIS_POINTS - retention.bp,
    numerator: retention.denominator - retention.numerator,
    denominator: retention.denominator,
  };
}

/**
 * Repeat purchase: of the partners who ordered in the current window (asOf − w, asOf], the share
 * with two or more orders there. Partners without any order are not in the base: the rate
 * measures whether buyers come back, not how many partners buy at all.
 */
export function repeatPurchaseRate(orders: readonly PartnerOrder[], asOf: Date, windowMonths = 12): Rate {
  const { current } = periods(orders, asOf, windowMonths);
  let repeaters = 0;
  for (const count of current.values()) if (count >= 2) repeaters++;
  return rate(repeaters, current.size);
}

/**
 * The mean of each partner's total spend since joining, in minor units, rounded half up; 0 when
 * there are no partners (the API's `averageLifetimeValue` is a non-null Money).
 */
export function averageLifetimeValueMinor(partnersSpend: readonly number[]): number {
  if (!Array.isArray(partnersSpend)) throw badInput('partnersSpend must be a list');
  if (partnersSpend.length === 0) return 0;
  let total = 0n;
  partnersSpend.forEach((spend, i) => {
    assertNonNegativeInteger(spend, `partnersSpend[${i}]`);
    total += BigInt(spend);
  });
  const n = BigInt(partnersSpend.length);
  // The mean of safe integers is a safe integer, so Number() loses nothing here.
  return Number((2n * total + n) / (2n * n));
}
