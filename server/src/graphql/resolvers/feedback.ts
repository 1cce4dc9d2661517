import type { Resolvers } from '../generated/resolvers.js';
import { withDomainErrors } from '../errors.js';
import { pick } from '../localized.js';
import { validateNpsAnswer } from '../../domain/nps.js';
import { quarterKey, startOfNextQuarter } from '../../domain/time.js';
import { recordNpsAnswer } from '../../services/feedback.js';

export const feedbackResolvers: Resolvers = {
  Query: {
    async npsSurvey(_parent, _args, ctx) {
      const { memberId } = ctx.requireMember();
      const program = await ctx.program();
      const period = quarterKey(ctx.now);
      const answer = await ctx.db
        .selectFrom('nps_answers')
        .select('created_at')
        .where('member_id', '=', memberId)
        .where('period', '=', period)
        .executeTakeFirst();
      return {
        period,
        question: pick(program.nps_question, ctx.locale),
        // The unique (member, period) key is what enforces "once a quarter"; this mirrors it.
        canAnswer: !answer,
        answeredAt: answer?.created_at ?? null,
        nextPeriodStartsAt: startOfNextQuarter(ctx.now),
        pointsReward: program.nps_points,
      };
    },
  },

  Mutation: {
    async submitNps(_parent, { input }, ctx) {
      const { partnerId, memberId } = ctx.requireMember();
      const answer = await withDomainErrors(() => validateNpsAnswer(input.score, input.comment));
      return recordNpsAnswer(ctx.db, await ctx.program(), { partnerId, memberId }, answer, ctx.now);
    },
  },
};
