import type { Resolvers } from '../generated/resolvers.js';
import { DateTime, SafeInt } from '../scalars.js';
import { programResolvers } from './program.js';
import { pointsResolvers } from './points.js';
import { rewardsResolvers } from './rewards.js';
import { trainingResolvers } from './training.js';
import { materialsResolvers } from './materials.js';
import { referralsResolvers } from './referrals.js';
import { promotionsResolvers } from './promotions.js';
import { feedbackResolvers } from './feedback.js';
import { insightsResolvers } from './insights.js';
import { adminResolvers } from './admin.js';

/** One module per schema file; their type maps are merged field by field. */
export function buildResolvers(): Resolvers {
  const parts: Resolvers[] = [
    programResolvers,
    pointsResolvers,
    rewardsResolvers,
    trainingResolvers,
    materialsResolvers,
    referralsResolvers,
    promotionsResolvers,
    feedbackResolvers,
    insightsResolvers,
    adminResolvers,
  ];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Two resolvers for ${type}.${field}`);
        target[field] = resolver;
      }
    }
  }
  return { ...(merged as Resolvers), DateTime, SafeInt };
}
