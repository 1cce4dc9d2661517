import type { Kysely } from 'kysely';
import type { Database, ProgramRow } from '../store/tables.js';
import { quarterKey, startOfNextQuarter } from '../domain/time.js';
import { credit } from '../ledger/ledger.js';
import { userError } from '../graphql/errors.js';
import type { MemberRef } from './training.js';

/**
 * Records a member's NPS answer for the quarter of `now` and credits the survey bonus, once:
 * the unique (member, period) key enforces "once a quarter", and the ledger key makes the bonus
 * impossible to pay twice.
 */
export async function recordNpsAnswer(
  db: Kysely<Database>,
  program: ProgramRow,
  member: MemberRef,
  answer: { score: number; comment: string | null },
  now: Date,
): Promise<{ period: string; score: number; pointsAwarded: number }> {
  const period = quarterKey(now);
  return db.transaction().execute(async (trx) => {
    // ON CONFLICT DO NOTHING waits for a concurrent answer of the same member and quarter to
    // commit and then inserts nothing: the loser learns it without an aborted transaction.
    const inserted = await trx
      .insertInto('nps_answers')
      .values({ member_id: member.memberId, partner_id: member.partnerId, period, score: answer.score, comment: answer.comment, created_at: now })
      .onConflict((oc) => oc.columns(['member_id', 'period']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      const next = startOfNextQuarter(now).toISOString();
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
          partnerId: member.partnerId,
          memberId: member.memberId,
          type: 'BONUS',
          points: program.nps_points,
          reasonCode: 'nps_answered',
          reasonParams: { period },
          sourceKind: 'SURVEY',
          sourceRef: period,
          idempotencyKey: `nps:${member.memberId}:${period}`,
          createdAt: now,
        },
        now,
      );
      pointsAwarded = replayed ? 0 : program.nps_points;
    }
    return { period, score: answer.score, pointsAwarded };
  });
}
