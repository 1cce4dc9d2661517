import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, LedgerEntryRow, LedgerEntryType, LedgerSourceKind, PointAccountRow, ProgramRow } from '../store/tables.js';
import { dueExpiries, remainingLots, type LedgerMovement } from '../domain/expiry.js';
import { addDays, addMonths } from '../domain/time.js';
import { userError } from '../graphql/errors.js';

/**
 * The points ledger. Entries are append-only; `point_accounts` keeps the running balance so a
 * spend is one guarded UPDATE (`balance >= cost`) on a locked row. Every write carries an
 * idempotency key that the database keeps unique, so a replayed write changes nothing.
 *
 * Every function here takes a transaction: callers compose several writes (a redemption
 * debits points and stock) into one atomic step.
 */

export interface EntryInput {
  partnerId: string;
  memberId: string | null;
  type: LedgerEntryType;
  points: number;
  reasonCode: string;
  reasonParams?: Record<string, string | number>;
  sourceKind: LedgerSourceKind;
  sourceRef?: string | null;
  idempotencyKey: string;
  createdAt: Date;
  /** Credits become spendable then (pending before). Defaults to `createdAt`. */
  availableAt?: Date;
  /** For debits that take back one particular credit (a refund reversal, an expiry). */
  lotId?: number | null;
}

export type Trx = Transaction<Database>;

/** Locks the partner's account row for the rest of the transaction: the one serialization point. */
export async function lockAccount(trx: Trx, partnerId: string) {
  const account = await trx
    .selectFrom('point_accounts')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .forUpdate()
    .executeTakeFirst();
  if (!account) throw userError('NOT_FOUND', 'Partner was not found.');
  return account;
}

async function existingEntry(trx: Trx, idempotencyKey: string) {
  return trx.selectFrom('ledger_entries').selectAll().where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
}

/**
 * Credits points. Credits that are not yet available count as pending; every credit is a lot
 * that expires `expiryMonths` after it was earned. Replays return the first entry.
 */
export async function credit(trx: Trx, program: ProgramRow, input: EntryInput, now: Date): Promise<{ entry: LedgerEntryRow; replayed: boolean }> {
  if (!Number.isSafeInteger(input.points) || input.points <= 0) throw new Error('credit() takes a positive whole number of points');
  await lockAccount(trx, input.partnerId);
  const previous = await existingEntry(trx, input.idempotencyKey);
  if (previous) return { entry: previous, replayed: true };
  const availableAt = input.availableAt ?? input.createdAt;
  const released = availableAt.getTime() <= now.getTime();
  const expiresAt = addMonths(input.createdAt, program.expiry_months);
  const entry = await insertEntry(trx, input, { availableAt, released, expiresAt });
  await trx
    .updateTable('point_accounts')
    .set((eb) => ({
      balance: released ? eb('balance', '+', input.points) : eb.ref('balance'),
      pending: released ? eb.ref('pending') : eb('pending', '+', input.points),
      lifetime_earned: input.type === 'REVERSAL' ? eb.ref('lifetime_earned') : eb('lifetime_earned', '+', input.points),
      next_settle_at: sql<Date>`least(next_settle_at, ${released ? expiresAt : availableAt}::timestamptz)`,
      ledger_version: eb('ledger_version', '+', 1),
    }))
    .where('partner_id', '=', input.partnerId)
    .execute();
  return { entry, replayed: false };
}

/**
 * Debits points. The guarded UPDATE is what keeps the balance from going below zero under any
 * concurrency; the CHECK constraint backs it up. Fails with INSUFFICIENT_POINTS (and how many
 * are missing) rather than writing anything.
 */
export async function debit(
  trx: Trx,
  input: EntryInput,
  /** The account as the caller already locked it in this transaction (saves locking it again). */
  locked?: PointAccountRow,
): Promise<{ entry: LedgerEntryRow; replayed: boolean }> {
  if (!Number.isSafeInteger(input.points) || input.points <= 0) throw new Error('debit() takes a positive whole number of points');
  if (locked && locked.partner_id !== input.partnerId) throw new Error('debit(): the locked account is another partner\'s');
  const account = locked ?? (await lockAccount(trx, input.partnerId));
  const previous = await existingEntry(trx, input.idempotencyKey);
  if (previous) return { entry: previous, replayed: true };
  const updated = await trx
    .updateTable('point_accounts')
    .set((eb) => ({ balance: eb('balance', '-', input.points), ledger_version: eb('ledger_version', '+', 1) }))
    .where('partner_id', '=', input.partnerId)
    .where('balance', '>=', input.points)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    throw userError('INSUFFICIENT_POINTS', `Not enough points: ${input.points - account.balance} more needed.`, {
      shortBy: input.points - account.balance,
      available: account.balance,
    });
  }
  const entry = await insertEntry(trx, { ...input, points: -input.points }, { availableAt: input.createdAt, released: true, expiresAt: null });
  return { entry, replayed: false };
}

async function insertEntry(trx: Trx, input: EntryInput, extra: { availableAt: Date; released: boolean; expiresAt: Date | null }) {
  return trx
    .insertInto('ledger_entries')
    .values({
      partner_id: input.partnerId,
      member_id: input.memberId,
      type: input.type,
      points: input.points,
      reason_code: input.reasonCode,
      reason_params: JSON.stringify(input.reasonParams ?? {}),
      source_kind: input.sourceKind,
      source_ref: input.sourceRef ?? null,
      idempotency_key: input.idempotencyKey,
      lot_id: input.lotId ?? null,
      created_at: input.createdAt,
      available_at: extra.availableAt,
      released: extra.released,
      expires_at: extra.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Takes back a credit (a refunded order's accrual). A still-pending credit is cancelled in
 * full by a pending reversal that matures with it; an available one is reversed up to what
 * the partner still has, because the balance may never go negative — the shortfall is
 * reported so the supplier can settle it outside the program.
 */
export async function reverseCredit(
  trx: Trx,
  lot: LedgerEntryRow,
  input: Omit<EntryInput, 'points' | 'type' | 'lotId' | 'partnerId'>,
  now: Date,
): Promise<{ reversed: number; entry: LedgerEntryRow | null; replayed: boolean }> {
  const account = await lockAccount(trx, lot.partner_id);
  const previous = await existingEntry(trx, input.idempotencyKey);
  if (previous) return { reversed: -previous.points, entry: previous, replayed: true };
  if (!lot.released) {
    const entry = await insertEntry(
      trx,
      { ...input, partnerId: lot.partner_id, type: 'REVERSAL', points: -lot.points, lotId: lot.id },
      { availableAt: lot.available_at, released: false, expiresAt: null },
    );
    await trx
      .updateTable('point_accounts')
      .set((eb) => ({ pending: eb('pending', '-', lot.points), ledger_version: eb('ledger_version', '+', 1) }))
      .where('partner_id', '=', lot.partner_id)
      .execute();
    return { reversed: lot.points, entry, replayed: false };
  }
  await settle(trx, lot.partner_id, now);
  // What of the credit is still owed back: its points less what already expired from it. Points
  // the partner spent meanwhile are taken from the rest of the balance (a backdated order's lot
  // may look "spent" in FIFO order by redemptions that happened before it was even recorded).
  const outstanding = lot.points + (await takenFromLot(trx, lot));
  const points = Math.min(outstanding, (await lockAccount(trx, lot.partner_id)).balance);
  void account;
  if (points <= 0) return { reversed: 0, entry: null, replayed: false };
  const { entry } = await debit(trx, { ...input, partnerId: lot.partner_id, type: 'REVERSAL', points, lotId: lot.id });
  return { reversed: points, entry, replayed: false };
}

/** The (negative) sum of expiries and reversals written against a lot. */
async function takenFromLot(trx: Trx, lot: LedgerEntryRow): Promise<number> {
  const row = await trx
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('points'), eb.lit(0)).as('taken'))
    .where('lot_id', '=', lot.id)
    .where('type', 'in', ['EXPIRY', 'REVERSAL'])
    .executeTakeFirstOrThrow();
  return Number(row.taken);
}

async function movements(trx: Trx | Kysely<Database>, partnerId: string): Promise<LedgerMovement[]> {
  const rows = await trx
    .selectFrom('ledger_entries')
    .select(['id', 'points', 'created_at', 'expires_at', 'lot_id', 'released'])
    .where('partner_id', '=', partnerId)
    .where('released', '=', true)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toMovement);
}

/** A released ledger row as the FIFO rules in domain/expiry.ts see it. */
export function toMovement(row: Pick<LedgerEntryRow, 'id' | 'points' | 'created_at' | 'expires_at' | 'lot_id'>): LedgerMovement {
  return {
    id: String(row.id),
    at: row.created_at,
    points: row.points,
    ...(row.expires_at ? { expiresAt: row.expires_at } : {}),
    ...(row.lot_id != null ? { lotId: String(row.lot_id) } : {}),
  };
}

/**
 * Brings an account up to `now`: pending credits whose return window has passed become
 * available, and lots past their expiry date expire, oldest first. Cheap when nothing is due:
 * `next_settle_at` says when the next such event is.
 */
export async function settle(trx: Trx, partnerId: string, now: Date): Promise<{ released: number; expired: number }> {
  const account = await lockAccount(trx, partnerId);
  if (!account.next_settle_at || account.next_settle_at.getTime() > now.getTime()) return { released: 0, expired: 0 };

  const matured = await trx
    .updateTable('ledger_entries')
    .set({ released: true })
    .where('partner_id', '=', partnerId)
    .where('released', '=', false)
    .where('available_at', '<=', now)
    .returning(['points'])
    .execute();
  const released = matured.reduce((sum, r) => sum + r.points, 0);
  if (matured.length > 0) {
    await trx
      .updateTable('point_accounts')
      .set((eb) => ({ balance: eb('balance', '+', released), pending: eb('pending', '-', released), ledger_version: eb('ledger_version', '+', 1) }))
      .where('partner_id', '=', partnerId)
      .execute();
  }

  const moves = await movements(trx, partnerId);
  let expired = 0;
  for (const due of dueExpiries(moves, now)) {
    const lot = moves.find((m) => m.id === due.lotId)!;
    const { replayed } = await debit(trx, {
      partnerId,
      memberId: null,
      type: 'EXPIRY',
      points: due.points,
      reasonCode: 'expiry',
      reasonParams: { earnedAt: lot.at.toISOString() },
      sourceKind: 'EXPIRY',
      sourceRef: due.lotId,
      idempotencyKey: `expiry:${due.lotId}`,
      createdAt: lot.expiresAt!,
      lotId: Number(due.lotId),
    });
    if (!replayed) expired += due.points;
  }

  await trx
    .updateTable('point_accounts')
    .set({ next_settle_at: await nextSettleAt(trx, partnerId, now) })
    .where('partner_id', '=', partnerId)
    .execute();
  return { released, expired };
}

async function nextSettleAt(trx: Trx, partnerId: string, now: Date): Promise<Date | null> {
  const pending = await trx
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.min('available_at').as('at'))
    .where('partner_id', '=', partnerId)
    .where('released', '=', false)
    .executeTakeFirst();
  const lots = remainingLots(await movements(trx, partnerId)).filter((l) => l.remaining > 0 && l.expiresAt && l.expiresAt > now);
  const candidates = [pending?.at ? new Date(pending.at) : null, ...lots.map((l) => l.expiresAt!)].filter((d): d is Date => d !== null);
  return candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null;
}

/** Settles every account that has something due: the `runExpiry` admin operation and the job. */
export async function settleAll(db: Kysely<Database>, now: Date): Promise<{ partnersAffected: number; pointsExpired: number }> {
  const due = await db.selectFrom('point_accounts').select('partner_id').where('next_settle_at', '<=', now).execute();
  let partnersAffected = 0;
  let pointsExpired = 0;
  for (const { partner_id } of due) {
    const result = await db.transaction().execute((trx) => settle(trx, partner_id, now));
    if (result.expired > 0) partnersAffected++;
    pointsExpired += result.expired;
  }
  return { partnersAffected, pointsExpired };
}

/** Points that will expire soon, for the balance widget. */
export async function expiringSoonFor(db: Kysely<Database>, partnerId: string, now: Date, windowDays = 30) {
  const { expiringSoon } = await import('../domain/expiry.js');
  return expiringSoon(await movements(db, partnerId), now, windowDays);
}

export function pendingUntil(program: ProgramRow, orderedAt: Date): Date {
  return addDays(orderedAt, program.pending_days);
}
