import type { ReferralRejectionReason, Resolvers } from '../generated/resolvers.js';
import { memberById } from '../loaders.js';
import { connection, pageSize } from '../pagination.js';
import { referralCursor, referralsOfPartner, submitReferral, updateReferralStatus } from '../../services/referrals.js';

export const referralsResolvers: Resolvers = {
  Viewer: {
    // Points belong to the company, so a referral any colleague made is the whole team's.
    async referrals(viewer, { first, after, filter }, ctx) {
      const size = pageSize(first);
      const rows = await referralsOfPartner(ctx.db, viewer.partnerId, size, after, filter?.mine ? viewer.memberId : undefined);
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

  Program: {
    referralRewardPoints: (p) => p.referral_reward_points,
  },

  Referral: {
    companyName: (r) => r.company_name,
    contactName: (r) => r.contact_name,
    contactEmail: (r) => r.contact_email,
    rejectionReason: (r) => r.rejection_reason as ReferralRejectionReason | null,
    rewardPoints: (r) => r.reward_points,
    createdAt: (r) => r.created_at,
    // Rows from before flag reasons had their own codes say FREE_MAIL_DOMAIN for the contact.
    // The screening's FREE_MAIL_DOMAIN verdict for an accepted referral is about the contact's address.
    flagReason: (r) => (!r.flagged ? null : r.flag_reason === 'FREE_MAIL_CONTACT' || r.flag_reason === 'FREE_MAIL_DOMAIN' ? 'FREE_MAIL_CONTACT' : 'OTHER'),
    submittedBy: (r, _args, ctx) => memberById(ctx).load(r.member_id),
    submittedByViewer: (r, _args, ctx) => ctx.auth.kind === 'member' && ctx.auth.memberId === r.member_id,
  },
};
