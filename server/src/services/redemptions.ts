import type { Kysely } from 'kysely';
import type { Database, ProgramRow, RedemptionRow } from '../store/tables.js';
import { checkRedemption, MAX_REDEMPTION_QUANTITY } from '../domain/redemption.js';
import { credit, debit, lockAccount, settle } from '../ledger/ledger.js';
import { badInput, userError, withDomainErrors, isUniqueViolation } from '../graphql/errors.js';
import { qualifyingSpendByPartner, tierRowForSpend } from './standing.js';
import { toRewardRule } from './rewards.js';
import { checkIdempotencyKey, replayOf, requestHash } from './idempotency.js';
import { newId } from './partners.js';

export interface RedeemInput {
  partnerId: string;
  memberId: string;
  rewardId: string;
  quantity: number;
  idempotencyKey: string;
  note: string | null;
}

/** Thrown inside the transaction when a concurrent twin already claimed the idempotency key. */
class LostKeyRace extends Error {}

/**
 * Spends points on a reward in one transaction: the account row is locked first (the order
 * every writer follows, so no deadlocks), then the redemption claims its idempotency key,
 * stock and balance are taken with guarded updates, and the debit is written. Any failure
 * rolls all of it back. The same key with the same input replays the first result.
 */
export async function redeemReward(db: Kysely<Database>, program: ProgramRow, input: RedeemInput, now: Date): Promise<{ redemption: RedemptionRow; replayed: boolean }> {
  validate(input);
  const hash = requestHash({ rewardId: input.rewardId, quantity: input.quantity, note: input.note });
  try {
    return await db.transaction().execute(async (trx) => {
      let account = await lockAccount(trx, input.partnerId);
      if (account.next_settle_at && account.next_settle_at <= now) {
        await settle(trx, input.partnerId, now);
        account = await lockAccount(trx, input.partnerId);
      }
      // A replay (a retry after a lost answer), or a twin with the same key (a double click) that
      // committed while this one waited for the lock: answered with the first result, not judged
      // again against the balance it already spent. Checked under the lock, so only once.
      const twin = await earlierRedemption(trx, input, hash);
      if (twin) return twin;
      const reward = await trx.selectFrom('rewards').selectAll().where('id', '=', input.rewardId).executeTakeFirst();
      if (!reward) throw userError('NOT_FOUND', 'That reward was not found.', { field: 'rewardId' });
      const tiers = await trx.selectFrom('tiers').selectAll().orderBy('rank').execute();
      const spend = (await qualifyingSpendByPartner(trx, [input.partnerId], now, program.window_months)).get(input.partnerId) ?? 0;
      const tier = tierRowForSpend(spend, tiers);
      const { totalPoints } = await withDomainErrors(() =>
        checkRedemption({ reward: toRewardRule(reward, tiers), tierRank: tier.rank, availablePoints: account.balance, quantity: input.quantity, now }),
      );

      const id = newId('rdm');
      const claimed = await trx
        .insertInto('redemptions')
        .values({
          id,
          partner_id: input.partnerId,
          member_id: input.memberId,
          reward_id: reward.id,
          quantity: input.quantity,
          points_spent: totalPoints,
          status: 'ORDERED',
          history: JSON.stringify([{ status: 'ORDERED', at: now.toISOString() }]),
          note: input.note,
          idempotency_key: input.idempotencyKey,
          request_hash: hash,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(['partner_id', 'idempotency_key']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!claimed) throw new LostKeyRace();

      if (reward.stock !== null) {
        const taken = await trx
          .updateTable('rewards')
          .set((eb) => ({ stock: eb('stock', '-', input.quantity) }))
          .where('id', '=', reward.id)
          .where('stock', '>=', input.quantity)
          .executeTakeFirst();
        if (Number(taken.numUpdatedRows) !== 1) throw userError('OUT_OF_STOCK', 'This reward is out of stock.');
      }
      await debit(trx, {
        partnerId: input.partnerId,
        memberId: input.memberId,
        type: 'REDEMPTION',
        points: totalPoints,
        reasonCode: 'redemption',
        reasonParams: { rewardId: reward.id, quantity: input.quantity },
        sourceKind: 'REWARD',
        sourceRef: reward.id,
        idempotencyKey: `redemption:${id}`,
        createdAt: now,
      }, account);
      return { redemption: claimed, replayed: false };
    });
  } catch (error) {
    if (error instanceof LostKeyRace || isUniqueViolation(error)) {
      const replay = await earlierRedemption(db, input, hash);
      if (replay) return replay;
    }
    throw error;
  }
}

async function earlierRedemption(db: Kysely<Database>, input: RedeemInput, hash: string) {
  const earlier = await db.selectFrom('redemptions').selectAll().where('partner_id', '=', input.partnerId).where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
  const redemption = replayOf(earlier, hash, 'redemption');
  return redemption ? { redemption, replayed: true } : null;
}

function validate(input: RedeemInput) {
  checkIdempotencyKey(input.idempotencyKey);
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > MAX_REDEMPTION_QUANTITY) {
    throw badInput(`quantity must be 1–${MAX_REDEMPTION_QUANTITY}.`, { field: 'quantity' });
  }
  if (input.note !== null && input.note.length > 500) throw badInput('note is at most 500 characters.', { field: 'note' });
}

/**
 * Cancels an ORDERED redemption: points and stock come back exactly once (the status change
 * and the idempotent credit happen in one transaction).
 */
export async function cancelRedemption(db: Kysely<Database>, program: ProgramRow, partnerId: string, redemptionId: string, now: Date) {
  return db.transaction().execute(async (trx) => {
    await lockAccount(trx, partnerId);
    const redemption = await trx
      .selectFrom('redemptions')
      .selectAll()
      .where('id', '=', redemptionId)
      .where('partner_id', '=', partnerId)
      .forUpdate()
      .executeTakeFirst();
    if (!redemption) throw userError('NOT_FOUND', 'That redemption was not found.', { field: 'redemptionId' });
    // A second tab (or a retry) cancelling again gets the same answer, and nothing is restored twice.
    if (redemption.status === 'CANCELLED') return redemption;
    if (redemption.status !== 'ORDERED') {
      throw userError('INVALID_TRANSITION', `A ${redemption.status.toLowerCase()} redemption can no longer be cancelled.`, { status: redemption.status });
    }
    return restore(trx, program, redemption, now, null);
  });
}


async function restore(trx: Kysely<Database>, program: ProgramRow, redemption: RedemptionRow, now: Date, byMember: string | null) {
  const updated = await trx
    .updateTable('redemptions')
    .set({
      status: 'CANCELLED',
      history: JSON.stringify([...redemption.history, { status: 'CANCELLED', at: now.toISOString() }]),
      updated_at: now,
    })
    .where('id', '=', redemption.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('rewards')
    .set((eb) => ({ stock: eb('stock', '+', redemption.quantity) }))
    .where('id', '=', redemption.reward_id)
    .where('stock', 'is not', null)
    .execute();
  await credit(
    trx as never,
    program,
    {
      partnerId: redemption.partner_id,
      memberId: byMember ?? redemption.member_id,
      type: 'REVERSAL',
      points: redemption.points_spent,
      reasonCode: 'redemption_cancelled',
      reasonParams: { rewardId: redemption.reward_id },
      sourceKind: 'REWARD',
      sourceRef: redemption.reward_id,
      idempotencyKey: `cancel:${redemption.id}`,
      createdAt: now,
    },
    now,
  );
  return updated;
}

const NEXT_STATUS: Record<string, string[]> = {
  ORDERED: ['SHIPPED', 'DELIVERED', 'CANCELLED'],
  SHIPPED: ['DELIVERED', 'CANCELLED'],
  DELIVERED: [],
  CANCELLED: [],
};

/** The supplier's fulfilment updates. Cancelling here restores points and stock like a member's cancel. */
export async function updateRedemptionStatus(db: Kysely<Database>, program: ProgramRow, redemptionId: string, status: RedemptionRow['status'], now: Date) {
  return db.transaction().execute(async (trx) => {
    const peek = await trx.selectFrom('redemptions').select('partner_id').where('id', '=', redemptionId).executeTakeFirst();
    if (!peek) throw userError('NOT_FOUND', 'That redemption was not found.', { field: 'redemptionId' });
    await lockAccount(trx, peek.partner_id);
    const redemption = await trx.selectFrom('redemptions').selectAll().where('id', '=', redemptionId).forUpdate().executeTakeFirstOrThrow();
    if (redemption.status === status) return redemption;
    if (!NEXT_STATUS[redemption.status].includes(status)) {
      throw userError('INVALID_TRANSITION', `A ${redemption.status.toLowerCase()} redemption cannot become ${status.toLowerCase()}.`);
    }
    if (status === 'CANCELLED') return restore(trx, program, redemption, now, null);
    return trx
      .updateTable('redemptions')
      .set({ status, history: JSON.stringify([...redemption.history, { status, at: now.toISOString() }]), updated_at: now })
      .where('id', '=', redemptionId)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}
