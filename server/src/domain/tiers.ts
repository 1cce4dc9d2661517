import { addMonths } from './time.js';
import {
  assertIntegerInRange,
  assertNonNegativeInteger,
  assertValidDate,
  badInput,
  toSafeNumber,
} from './validate.js';

export interface TierRule {
  code: string;
  /** 0 for the entry tier, higher is better. */
  rank: number;
  /** Qualifying spend (minor units) from which the tier applies, inclusive. */
  thresholdMinor: number;
  /** Points multiplier in percent: 100 = ×1, 125 = ×1.25. */
  multiplierPct: number;
  discountPct: number;
}

export interface QualifyingOrder {
  orderedAt: Date;
  /** The order's net amount: a fully refunded order counts as 0. */
  amountMinor: number;
}

export const DEFAULT_QUALIFICATION_WINDOW_MONTHS = 12;

/** The rolling window ending at `asOf`: `start` is exclusive, `end` (= asOf) inclusive. */
export interface QualificationWindow {
  start: Date;
  end: Date;
}

export function qualificationWindow(
  asOf: Date,
  windowMonths: number = DEFAULT_QUALIFICATION_WINDOW_MONTHS,
): QualificationWindow {
  assertValidDate(asOf, 'asOf');
  assertIntegerInRange(windowMonths, 'windowMonths', 1, 1200);
  return { start: addMonths(asOf, -windowMonths), end: asOf };
}

/** Whether `at` lies in the window (start, end]. */
export function isInWindow(at: Date, window: QualificationWindow): boolean {
  const t = at.getTime();
  return t > window.start.getTime() && t <= window.end.getTime();
}

/**
 * Spend over the rolling window (asOf − windowMonths, asOf]. The start is exclusive so that an
 * order counts for exactly `windowMonths` months and not one instant longer: an order placed on
 * 2025-03-10T12:00Z stops counting at 2026-03-10T12:00Z, when the same moment comes round again.
 * The end is inclusive so an order ingested with `orderedAt = asOf` counts at once.
 */
export function qualifyingSpend(
  orders: readonly QualifyingOrder[],
  asOf: Date,
  windowMonths: number = DEFAULT_QUALIFICATION_WINDOW_MONTHS,
): number {
  const window = qualificationWindow(asOf, windowMonths);
  let total = 0n;
  orders.forEach((order, i) => {
    assertValidDate(order.orderedAt, `orders[${i}].orderedAt`);
    assertNonNegativeInteger(order.amountMinor, `orders[${i}].amountMinor`);
    if (isInWindow(order.orderedAt, window)) total += BigInt(order.amountMinor);
  });
  return toSafeNumber(total, 'qualifying spend');
}

/**
 * Checks a program's tier table and returns it sorted by threshold, lowest first. A table that
 * breaks these rules would make some spend map to no tier or to two, so it is refused outright.
 */
export function sortedTiers(tiers: readonly TierRule[]): TierRule[] {
  if (!Array.isArray(tiers) || tiers.length === 0) throw badInput('the program needs at least one tier');
  tiers.forEach((tier, i) => {
    if (typeof tier.code !== 'string' || tier.code.trim() === '') {
      throw badInput(`tiers[${i}].code must not be empty`, { field: `tiers[${i}].code` });
    }
    assertNonNegativeInteger(tier.rank, `tiers[${i}].rank`);
    assertNonNegativeInteger(tier.thresholdMinor, `tiers[${i}].thresholdMinor`);
    assertNonNegativeInteger(tier.multiplierPct, `tiers[${i}].multiplierPct`);
    assertIntegerInRange(tier.discountPct, `tiers[${i}].discountPct`, 0, 100);
  });
  const entryTiers = tiers.filter((t) => t.thresholdMinor === 0);
  if (entryTiers.length !== 1) {
    throw badInput('exactly one tier must have threshold 0 (the entry tier)', {
      entryTiers: entryTiers.map((t) => t.code),
    });
  }
  const sorted = [...tiers].sort((a, b) => a.thresholdMinor - b.thresholdMinor);
  if (sorted[0]!.rank !== 0) throw badInput('the entry tier must have rank 0', { code: sorted[0]!.code });
  const codes = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const tier = sorted[i]!;
    if (codes.has(tier.code)) throw badInput(`duplicate tier code ${tier.code}`, { code: tier.code });
    codes.add(tier.code);
    const lower = sorted[i - 1];
    if (lower && lower.thresholdMinor === tier.thresholdMinor) {
      throw badInput('two tiers share a threshold', { codes: [lower.code, tier.code] });
    }
    if (lower && lower.rank >= tier.rank) {
      throw badInput('a tier with a higher threshold must have a higher rank', {
        codes: [lower.code, tier.code],
      });
    }
  }
  return sorted;
}

function findTier(spendMinor: number, sorted: readonly TierRule[]): { index: number; tier: TierRule } {
  let index = 0;
  while (index + 1 < sorted.length && sorted[index + 1]!.thresholdMinor <= spendMinor) index++;
  return { index, tier: sorted[index]! };
}

/** The highest tier whose threshold is at most `spendMinor` (thresholds are inclusive). */
export function tierForSpend(spendMinor: number, tiers: readonly TierRule[]): TierRule {
  assertNonNegativeInteger(spendMinor, 'spendMinor');
  return findTier(spendMinor, sortedTiers(tiers)).tier;
}

export interface TierProgressResult {
  current: TierRule;
  /** `null` at the top tier. */
  next: TierRule | null;
  /** Spend still needed to reach `next`; 0 at the top tier. */
  remainingMinor: number;
  /**
   * 0–100, rounded down: the share of the way from the current threshold to the next. Rounding
   * down means a bar never shows 100 % before the tier is actually reached.
   */
  progressPct: number;
}

export function tierProgress(spendMinor: number, tiers: readonly TierRule[]): TierProgressResult {
  assertNonNegativeInteger(spendMinor, 'spendMinor');
  const sorted = sortedTiers(tiers);
  const { index, tier: current } = findTier(spendMinor, sorted);
  const next = sorted[index + 1] ?? null;
  if (next === null) return { current, next: null, remainingMinor: 0, progressPct: 100 };
  const done = BigInt(spendMinor - current.thresholdMinor);
  const span = BigInt(next.thresholdMinor - current.thresholdMinor);
  return {
    current,
    next,
    remainingMinor: next.thresholdMinor - spendMinor,
    progressPct: Number((done * 100n) / span),
  };
}
