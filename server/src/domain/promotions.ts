import { DAY_MS } from './time.js';
import { assertIntegerInRange, assertValidDate, badInput } from './validate.js';

export interface PromotionRule {
  id: string;
  /** Inclusive. */
  startsAt: Date;
  /** Exclusive: a promotion ending at midnight is over at midnight. */
  endsAt: Date;
  /** The product groups it applies to; empty means every group. */
  productGroups: readonly string[];
  /** Points multiplier in percent (200 = double points); absent or null = none. */
  pointsMultiplierPct?: number | null | undefined;
  /** Extra discount in percent on top of tier and volume discounts; absent or null = none. */
  extraDiscountPct?: number | null | undefined;
}

export type PromotionStatus = 'HIDDEN' | 'UPCOMING' | 'ACTIVE' | 'ENDED';

/** Promotions are announced this many days before they start, so partners can plan orders. */
export const ANNOUNCE_DAYS = 7;

/** Upper bound on a points multiplier (×100): anything above is a typo, not a campaign. */
export const MAX_POINTS_MULTIPLIER_PCT = 10_000;

export function validatePromotion(p: PromotionRule): void {
  assertValidDate(p.startsAt, 'startsAt');
  assertValidDate(p.endsAt, 'endsAt');
  if (p.endsAt.getTime() <= p.startsAt.getTime()) {
    throw badInput('a promotion must end after it starts', { id: p.id });
  }
  if (!Array.isArray(p.productGroups) || p.productGroups.some((g) => typeof g !== 'string' || g === '')) {
    throw badInput('productGroups must be a list of non-empty strings', { id: p.id });
  }
  // A promotion that lowers the rate would be a penalty; 100 (no change) is allowed for a
  // discount-only promotion that still names a multiplier.
  if (p.pointsMultiplierPct != null) {
    assertIntegerInRange(p.pointsMultiplierPct, 'pointsMultiplierPct', 100, MAX_POINTS_MULTIPLIER_PCT);
  }
  if (p.extraDiscountPct != null) assertIntegerInRange(p.extraDiscountPct, 'extraDiscountPct', 0, 100);
}

/**
 * HIDDEN until ANNOUNCE_DAYS before the start (that instant included), then UPCOMING; ACTIVE from
 * `startsAt` (inclusive) until `endsAt` (exclusive); ENDED from `endsAt` on.
 */
export function promotionStatus(p: PromotionRule, now: Date): PromotionStatus {
  validatePromotion(p);
  assertValidDate(now, 'now');
  const t = now.getTime();
  if (t >= p.endsAt.getTime()) return 'ENDED';
  if (t >= p.startsAt.getTime()) return 'ACTIVE';
  if (t >= p.startsAt.getTime() - ANNOUNCE_DAYS * DAY_MS) return 'UPCOMING';
  return 'HIDDEN';
}

/** Whether partners see it: announced or running. */
export function isVisible(p: PromotionRule, now: Date): boolean {
  const status = promotionStatus(p, now);
  return status === 'UPCOMING' || status === 'ACTIVE';
}

export function isActive(p: PromotionRule, at: Date): boolean {
  return promotionStatus(p, at) === 'ACTIVE';
}

export function appliesToProductGroup(p: PromotionRule, productGroup: string): boolean {
  return p.productGroups.length === 0 || p.productGroups.includes(productGroup);
}

function bestBy(
  promos: readonly PromotionRule[],
  productGroup: string,
  at: Date,
  value: (p: PromotionRule) => number | null | undefined,
): PromotionRule | null {
  let best: PromotionRule | null = null;
  let bestValue = -Infinity;
  for (const p of promos) {
    const v = value(p);
    if (v == null || !isActive(p, at) || !appliesToProductGroup(p, productGroup)) continue;
    // Ties go to the earlier entry in the list, so the choice is stable across calls.
    if (v > bestValue) {
      best = p;
      bestValue = v;
    }
  }
  return best;
}

/** The promotion whose points multiplier applies to this product group at `at`, if any. */
export function bestMultiplierPromotion(
  promos: readonly PromotionRule[],
  productGroup: string,
  at: Date,
): PromotionRule | null {
  return bestBy(promos, productGroup, at, (p) => p.pointsMultiplierPct);
}

/**
 * The points multiplier for a product group at `at`, in percent; 100 when no promotion applies.
 *
 * Promotions do not stack: the single best active one applies. Overlapping campaigns are usually
 * planned by different people; multiplying them would compound into a cost nobody approved
 * (2× and 3× would give 6×), and a partner can still read "the best offer applies" off the
 * promotions list. The tier multiplier is separate and still applies on top (see accrual).
 */
export function bestMultiplierPct(promos: readonly PromotionRule[], productGroup: string, at: Date): number {
  return bestMultiplierPromotion(promos, productGroup, at)?.pointsMultiplierPct ?? 100;
}

/** The extra discount for a product group at `at`, in percent; 0 when none. Does not stack either. */
export function bestExtraDiscountPct(promos: readonly PromotionRule[], productGroup: string, at: Date): number {
  return bestBy(promos, productGroup, at, (p) => p.extraDiscountPct)?.extraDiscountPct ?? 0;
}

export interface Countdown {
  /** Before the start: time until `startsAt`. */
  startsInMs?: number;
  /** While active: time until `endsAt`. */
  endsInMs?: number;
}

/** What a countdown shows: time to start before it starts, time to end while running, nothing after. */
export function countdown(p: PromotionRule, now: Date): Countdown {
  const status = promotionStatus(p, now);
  if (status === 'HIDDEN' || status === 'UPCOMING') return { startsInMs: p.startsAt.getTime() - now.getTime() };
  if (status === 'ACTIVE') return { endsInMs: p.endsAt.getTime() - now.getTime() };
  return {};
}
