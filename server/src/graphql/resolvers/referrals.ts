import type { ReferralRejectionReason, Resolvers } from '../generated/resolvers.js';
import { connection, pageSize } from '../pagination.js';
import { referralCursor, referralsOfPartner, submitReferral, updateReferralStatus } from '../../services/referrals.js';

export const referralsResolvers: Resolvers = {
  Viewer: {
    // Points belong to the company, so a referral any colleague made is the whole team's.
    async referrals(viewer, { first, after }, ctx) {
      const size = pageSize(first);
      const rows = await referralsOfPartner(ctx.db, viewer.partnerId, size, after);
      return connection(rows, size, referralCursor);
    },
  },

  Mutation: {
    async submitReferral(_parent, { input }, ctx) {
      const referrer = ctx.requireMember();
      return submitReferral(ctx.db, await ctx.program(), referrer, input, ctx.now);
    },

    async updateReferralStatus(_parent, { input }, ctx) {
      ctx.requireSupplier();
      return updateReferralStatus(
        ctx.db,
        await ctx.program(),
        {
          referralId: input.referralId,
          status: input.status,
          rejectionReason: input.rejectionReason ?? null,
          rewardPoints: input.rewardPoints ?? null,
        },
        ctx.now,
      );
    },
  },

  Referral: {
    companyName: (r) => r.company_name,
    contactName: (r) => r.contact_name,
    contactEmail: (r) => r.contact_email,
    rejectionReason: (r) => r.rejection_reason as ReferralRejectionReason | null,
    rewardPoints: (r) => r.reward_points,
    createdAt: (r) => r.created_at,
  },
};
