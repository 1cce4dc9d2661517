import type { Resolvers } from '../generated/resolvers.js';
import { userError, withDomainErrors } from '../errors.js';
import { pick } from '../localized.js';
import { validateNpsAnswer } from '../../domain/nps.js';
import { quarterKey, startOfNextQuarter } from '../../domain/time.js';
import { credit } from '../../ledger/ledger.js';

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
        pointsReward: program.nps_points,
      };
    },
  },

  Mutation: {
    async submitNps(_parent, { input }, ctx) {
      const { partnerId, memberId } = ctx.requireMember();
      const answer = await withDomainErrors(() => validateNpsAnswer(input.score, input.comment));
      const program = await ctx.program();
      const period = quarterKey(ctx.now);
      return ctx.db.transaction().execute(async (trx) => {
        // ON CONFLICT DO NOTHING waits for a concurrent answer of the same member and quarter to
        // commit and then inserts nothing: the loser learns it without an aborted transaction.
        const inserted = await trx
          .insertInto('nps_answers')
          .values({ member_id: memberId, partner_id: partnerId, period, score: answer.score, comment: answer.comment, created_at: ctx.now })
          .onConflict((oc) => oc.columns(['member_id', 'period']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) {
          const next = startOfNextQuarter(ctx.now).toISOString();
          throw userError('ALREADY_ANSWERED', `You have already answered the ${period} survey; the next one opens on ${next.slice(0, 10)}.`, {
            period,
            nextPeriodStartsAt: next,
          });
        }
        let pointsAwarded = 0;
        if (program.nps_points > 0) {
          const { replayed } = await credit(
            trx,
            program,
            {
              partnerId,
              memberId,
              type: 'BONUS',
              points: program.nps_points,
              reasonCode: 'nps_answered',
              reasonParams: { period },
              sourceKind: 'SURVEY',
              sourceRef: period,
              idempotencyKey: `nps:${memberId}:${period}`,
              createdAt: ctx.now,
            },
            ctx.now,
          );
          pointsAwarded = replayed ? 0 : program.nps_points;
        }
        return { period, score: answer.score, pointsAwarded };
      });
    },
  },
};
