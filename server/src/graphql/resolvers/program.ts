import type { Resolvers } from '../generated/resolvers.js';
import { pick } from '../localized.js';
import { userError } from '../errors.js';
import { memberById, membersByPartner, partnerById, spendByPartner } from '../loaders.js';
import { progressForSpend, tierRowForSpend } from '../../services/standing.js';
import { addMonths } from '../../domain/time.js';
import { perkStatus, tenureMonths } from '../../domain/tenure.js';

export const programResolvers: Resolvers = {
  Query: {
    viewer: async (_parent, _args, ctx) => {
      const { partnerId, memberId } = ctx.requireMember();
      // Every widget's query starts here and most ask for the company next: the member and
      // their company come in one statement, primed into both loaders.
      const row = await ctx.db
        .selectFrom('members as m')
        .innerJoin('partners as p', 'p.id', 'm.partner_id')
        .selectAll('m')
        .select(['p.name as partner_name', 'p.domain as partner_domain', 'p.joined_at as partner_joined_at', 'p.leaderboard_opt_in as partner_leaderboard_opt_in', 'p.created_at as partner_created_at'])
        .where('m.id', '=', memberId)
        .executeTakeFirst();
      // A token outlives nothing: a member removed since it was minted is signed out.
      if (!row || row.partner_id !== partnerId) throw userError('UNAUTHENTICATED', 'This member no longer exists.');
      const { partner_name, partner_domain, partner_joined_at, partner_leaderboard_opt_in, partner_created_at, ...member } = row;
      memberById(ctx).prime(memberId, member);
      partnerById(ctx).prime(partnerId, { id: partnerId, name: partner_name, domain: partner_domain, joined_at: partner_joined_at, leaderboard_opt_in: partner_leaderboard_opt_in, created_at: partner_created_at });
      return { partnerId, memberId };
    },
    program: async (_parent, _args, ctx) => {
      if (ctx.auth.kind !== 'supplier') ctx.requireMember();
      return ctx.program();
    },
  },
  Viewer: {
    member: (viewer, _args, ctx) => memberById(ctx).load(viewer.memberId),
    partner: (viewer, _args, ctx) => partnerById(ctx).load(viewer.partnerId),
  },
  Program: {
    pointsPerUnit: (p) => p.points_per_unit,
    expiryMonths: (p) => p.expiry_months,
    pendingDays: (p) => p.pending_days,
    qualificationWindowMonths: (p) => p.window_months,
    tiers: (_p, _args, ctx) => ctx.tiers(),
    volumeDiscountLadder: (p) =>
      p.volume_ladder.map((step) => ({ threshold: { amountMinor: step.thresholdMinor, currency: p.currency }, percent: step.percent })),
    locales: (p) => p.locales as never,
  },
  Tier: {
    name: (t, _args, ctx) => pick(t.name, ctx.locale),
    threshold: async (t, _args, ctx) => ({ amountMinor: t.threshold_minor, currency: (await ctx.program()).currency }),
    multiplierPct: (t) => t.multiplier_pct,
    discountPct: (t) => t.discount_pct,
    benefits: (t, _args, ctx) => t.benefits.map((b) => ({ code: b.code, label: pick(b.label, ctx.locale) })),
  },
  Member: {},
  Partner: {
    joinedAt: (p) => p.joined_at,
    members: (p, _args, ctx) => membersByPartner(ctx).load(p.id),
    tier: async (p, _args, ctx) => tierRowForSpend(await spendByPartner(ctx).load(p.id), await ctx.tiers()),
    tierProgress: async (p, _args, ctx) => {
      const [spend, tiers, program] = await Promise.all([spendByPartner(ctx).load(p.id), ctx.tiers(), ctx.program()]);
      const progress = progressForSpend(spend, tiers);
      const money = (amountMinor: number) => ({ amountMinor, currency: program.currency });
      return {
        current: progress.current,
        next: progress.next,
        spend: money(spend),
        remaining: money(progress.remainingMinor),
        progressPct: progress.progressPct,
        windowStart: addMonths(ctx.now, -program.window_months),
        windowEnd: ctx.now,
      };
    },
    tenure: async (p, _args, ctx) => {
      const program = await ctx.program();
      return {
        joinedAt: p.joined_at,
        months: tenureMonths(p.joined_at, ctx.now),
        perks: program.tenure_perks.map((perk) => {
          const status = perkStatus({ code: perk.code, minMonths: perk.minMonths }, p.joined_at, ctx.now);
          return { code: perk.code, label: pick(perk.label, ctx.locale), minMonths: perk.minMonths, ...status };
        }),
      };
    },
  },
};
