import { DomainError } from './errors.js';
import {
  assertIntegerInRange,
  assertNonNegativeInteger,
  assertValidDate,
  badInput,
  toSafeNumber,
} from './validate.js';

/** At most this many of one reward per redemption: larger orders go through the account manager. */
export const MAX_REDEMPTION_QUANTITY = 10;

export interface RewardRule {
  costPoints: number;
  /** `null` = unlimited. */
  stock: number | null;
  /** `null` = every tier may redeem it. */
  requiredTierRank: number | null;
  /** Shown in the TIER_REQUIRED error so the widget can name the tier. */
  requiredTierCode?: string | null | undefined;
  /** Inclusive; `null` = open. */
  availableFrom: Date | null;
  /** Exclusive, like a promotion's end; `null` = open. */
  availableUntil: Date | null;
  active: boolean;
}

export interface RedemptionRequest {
  reward: RewardRule;
  /** The partner's current tier rank. */
  tierRank: number;
  /** Spendable points (pending ones excluded). */
  availablePoints: number;
  quantity: number;
  now: Date;
}

export type RedemptionBlocker = 'NOT_AVAILABLE' | 'TIER_REQUIRED' | 'OUT_OF_STOCK' | 'INSUFFICIENT_POINTS';

export interface RedemptionEligibility {
  redeemable: boolean;
  /** The first rule that blocks it, in the order checkRedemption applies them. */
  reason: RedemptionBlocker | null;
  /** Points missing for this quantity, whatever the reason (0 when affordable). */
  shortByPoints: number;
  totalPoints: number;
  /**
   * The most one redemption can order now: the limit per redemption, the stock left and the
   * points available all allow it. 0 when nothing can be redeemed.
   */
  maxQuantity: number;
}

export function validateRewardRule(reward: RewardRule): void {
  assertNonNegativeInteger(reward.costPoints, 'costPoints');
  if (reward.stock !== null) assertNonNegativeInteger(reward.stock, 'stock');
  if (reward.requiredTierRank !== null) assertNonNegativeInteger(reward.requiredTierRank, 'requiredTierRank');
  if (reward.availableFrom !== null) assertValidDate(reward.availableFrom, 'availableFrom');
  if (reward.availableUntil !== null) assertValidDate(reward.availableUntil, 'availableUntil');
  if (
    reward.availableFrom !== null &&
    reward.availableUntil !== null &&
    reward.availableUntil.getTime() <= reward.availableFrom.getTime()
  ) {
    throw badInput('availableUntil must be after availableFrom', { field: 'availableUntil' });
  }
  if (typeof reward.active !== 'boolean') throw badInput('active must be a boolean');
}

function isInSeason(reward: RewardRule, now: Date): boolean {
  const t = now.getTime();
  return (
    (reward.availableFrom === null || t >= reward.availableFrom.getTime()) &&
    (reward.availableUntil === null || t < reward.availableUntil.getTime())
  );
}

interface Evaluation extends RedemptionEligibility {
  error: DomainError | null;
}

function evaluate(request: RedemptionRequest): Evaluation {
  const { reward, tierRank, availablePoints, quantity, now } = request;
  assertIntegerInRange(quantity, 'quantity', 1, MAX_REDEMPTION_QUANTITY);
  validateRewardRule(reward);
  assertNonNegativeInteger(tierRank, 'tierRank');
  assertNonNegativeInteger(availablePoints, 'availablePoints');
  assertValidDate(now, 'now');

  const totalPoints = toSafeNumber(BigInt(reward.costPoints) * BigInt(quantity), 'totalPoints');
  const shortByPoints = Math.max(0, totalPoints - availablePoints);
  const blocked = (reason: RedemptionBlocker, message: string, details: Record<string, unknown>): Evaluation => ({
    redeemable: false,
    reason,
    shortByPoints,
    totalPoints,
    maxQuantity: 0,
    error: new DomainError(reason, message, details),
  });

  // Order matters: the reason shown is the one the partner can least do something about, so
  // nobody is told to collect more points for a reward that is out of season anyway.
  if (!reward.active || !isInSeason(reward, now)) {
    return blocked('NOT_AVAILABLE', 'this reward is not available now', {
      active: reward.active,
      availableFrom: reward.availableFrom?.toISOString() ?? null,
      availableUntil: reward.availableUntil?.toISOString() ?? null,
    });
  }
  if (reward.requiredTierRank !== null && tierRank < reward.requiredTierRank) {
    return blocked('TIER_REQUIRED', 'this reward needs a higher tier', {
      requiredTier: reward.requiredTierCode ?? reward.requiredTierRank,
      requiredTierRank: reward.requiredTierRank,
    });
  }
  if (reward.stock !== null && reward.stock < quantity) {
    return blocked('OUT_OF_STOCK', 'not enough of this reward in stock', { stock: reward.stock, quantity });
  }
  if (shortByPoints > 0) {
    return blocked('INSUFFICIENT_POINTS', 'not enough points', {
      shortBy: shortByPoints,
      requiredPoints: totalPoints,
      availablePoints,
    });
  }
  const affordable = reward.costPoints === 0 ? MAX_REDEMPTION_QUANTITY : Math.floor(availablePoints / reward.costPoints);
  const maxQuantity = Math.min(MAX_REDEMPTION_QUANTITY, reward.stock ?? MAX_REDEMPTION_QUANTITY, affordable);
  return { redeemable: true, reason: null, shortByPoints: 0, totalPoints, maxQuantity, error: null };
}

/** Whether the partner can redeem it now, and if not why: for catalog listings. */
export function redemptionEligibility(request: RedemptionRequest): RedemptionEligibility {
  const { error: _error, ...eligibility } = evaluate(request);
  return eligibility;
}

/**
 * Throws the first rule a redemption breaks: BAD_USER_INPUT (quantity not 1..10), then
 * NOT_AVAILABLE, TIER_REQUIRED, OUT_OF_STOCK, INSUFFICIENT_POINTS. Returns the points to debit.
 * The caller still re-checks stock and balance inside its transaction; this decides the answer.
 */
export function checkRedemption(request: RedemptionRequest): { totalPoints: number } {
  const { error, totalPoints } = evaluate(request);
  if (error) throw error;
  return { totalPoints };
}
