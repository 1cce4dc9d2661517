import type { RewardRow, TierRow } from '../store/tables.js';
import type { RewardRule } from '../domain/redemption.js';

/** The domain's view of a reward row: shared by eligibility (read) and redemption (write). */
export function toRewardRule(reward: RewardRow, tiers: TierRow[]): RewardRule {
  const required = reward.required_tier_id ? tiers.find((t) => t.id === reward.required_tier_id) : undefined;
  return {
    costPoints: reward.cost_points,
    stock: reward.stock,
    requiredTierRank: required ? required.rank : null,
    ...(required ? { requiredTierCode: required.code } : {}),
    availableFrom: reward.available_from,
    availableUntil: reward.available_until,
    active: reward.active,
  };
}
