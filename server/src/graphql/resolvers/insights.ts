import type { Resolvers } from '../generated/resolvers.js';
import { withDomainErrors } from '../errors.js';
import { programInsights } from '../../services/insights.js';

export const insightsResolvers: Resolvers = {
  Query: {
    async insights(_parent, _args, ctx) {
      ctx.requireSupplier();
      const program = await ctx.program();
      const insights = await withDomainErrors(() => programInsights(ctx.db, ctx.now));
      const { averageLifetimeValueMinor, ...rest } = insights;
      return { ...rest, averageLifetimeValue: { amountMinor: averageLifetimeValueMinor, currency: program.currency } };
    },
  },
};
