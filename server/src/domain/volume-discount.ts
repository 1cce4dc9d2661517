import { assertIntegerInRange, assertNonNegativeInteger, badInput } from './validate.js';

/** "`percent` % off orders of `thresholdMinor` or more" (threshold inclusive). */
export interface LadderStep {
  thresholdMinor: number;
  percent: number;
}

export interface NextLadderStep extends LadderStep {
  /** What the order still lacks to reach this step. */
  remainingMinor: number;
}

export interface VolumeDiscountQuote {
  /** 0 below the first step. */
  percent: number;
  /** Rounded down: the partner is never promised a fraction of a cent more than the ladder says. */
  discountMinor: number;
  /** The next step up; `null` at the top step or with an empty ladder. */
  next: NextLadderStep | null;
}

/**
 * Checks a ladder and returns it sorted by threshold. Percentages must rise with the threshold:
 * otherwise spending more could lower the discount, and the "add X to get Y %" hint would lie.
 */
export function sortedLadder(ladder: readonly LadderStep[]): LadderStep[] {
  if (!Array.isArray(ladder)) throw badInput('the ladder must be a list');
  ladder.forEach((step, i) => {
    assertNonNegativeInteger(step.thresholdMinor, `ladder[${i}].thresholdMinor`);
    assertIntegerInRange(step.percent, `ladder[${i}].percent`, 1, 100);
  });
  const sorted = [...ladder].sort((a, b) => a.thresholdMinor - b.thresholdMinor);
  for (let i = 1; i < sorted.length; i++) {
    const lower = sorted[i - 1]!;
    const step = sorted[i]!;
    if (lower.thresholdMinor === step.thresholdMinor) {
      throw badInput('two ladder steps share a threshold', { thresholdMinor: step.thresholdMinor });
    }
    if (lower.percent >= step.percent) {
      throw badInput('ladder percentages must rise with the threshold', {
        thresholds: [lower.thresholdMinor, step.thresholdMinor],
      });
    }
  }
  return sorted;
}

export function volumeDiscount(orderAmountMinor: number, ladder: readonly LadderStep[]): VolumeDiscountQuote {
  assertNonNegativeInteger(orderAmountMinor, 'orderAmountMinor');
  const sorted = sortedLadder(ladder);
  let percent = 0;
  let next: NextLadderStep | null = null;
  for (const step of sorted) {
    if (step.thresholdMinor <= orderAmountMinor) {
      percent = step.percent;
    } else {
      next = { ...step, remainingMinor: step.thresholdMinor - orderAmountMinor };
      break;
    }
  }
  // amount × percent can pass 2^53 for a large order, so the product is taken in BigInt.
  const discountMinor = Number((BigInt(orderAmountMinor) * BigInt(percent)) / 100n);
  return { percent, discountMinor, next };
}
