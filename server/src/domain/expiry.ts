import { addMonths, DAY_MS } from './time.js';
import { assertIntegerInRange, assertSafeInteger, assertValidDate, badInput } from './validate.js';

/**
 * One ledger entry as the expiry rules see it. Positive points are credits: each opens a lot
 * that later debits consume. Negative points are debits. Zero-point entries change nothing.
 */
export interface LedgerMovement {
  id: string;
  at: Date;
  /** + credit, − debit. */
  points: number;
  /** Credits only: when the lot's remainder expires (at + the program's period). None = never. */
  expiresAt?: Date | null | undefined;
  /**
   * Debits only: the credit this debit is about (a refund reversing an order's accrual, or the
   * expiry of that lot). It takes from that lot first, then FIFO like any other debit.
   */
  lotId?: string | null | undefined;
}

/** What is left of one credit. */
export interface PointsLot {
  id: string;
  at: Date;
  expiresAt: Date | null;
  remaining: number;
}

export interface FifoAllocation {
  /** Every credit lot, oldest first (by `at`, then `id`), including used-up ones. */
  lots: PointsLot[];
  /**
   * Debit points no lot could cover. The ledger's balance never goes below zero, so this is 0 for
   * a healthy ledger; when it isn't, later credits pay the debt off first, which keeps
   * Σ remaining − overdrawn = Σ points true for every input.
   */
  overdrawn: number;
}

/** The idempotency key of the expiry entry for a lot: a lot can only ever expire once. */
export function expiryIdempotencyKey(lotId: string): string {
  return `expiry:${lotId}`;
}

/** When points earned at `earnedAt` expire under a program with `expiryMonths`. */
export function lotExpiresAt(earnedAt: Date, expiryMonths: number): Date {
  assertIntegerInRange(expiryMonths, 'expiryMonths', 1, 1200);
  return addMonths(earnedAt, expiryMonths);
}

function isOlder(a: PointsLot, b: PointsLot): boolean {
  const dt = a.at.getTime() - b.at.getTime();
  return dt < 0 || (dt === 0 && a.id < b.id);
}

/**
 * Replays the ledger and allocates every debit to credit lots: first the lot it targets (if
 * any), then the oldest lots first. Oldest-first is what makes expiry fair: spending uses the
 * points that would expire soonest.
 *
 * Points of a lot past its `expiresAt` stay spendable until the expiry entry is written (the
 * balance still counts them); the expiry then takes only what is left, so the balance stays
 * equal to Σ remaining and never goes below zero.
 */
export function allocateFifo(movements: readonly LedgerMovement[]): FifoAllocation {
  if (!Array.isArray(movements)) throw badInput('movements must be a list');
  const lots: PointsLot[] = [];
  const lotsById = new Map<string, PointsLot>();
  const seenIds = new Set<string>();
  // Lots before this index are used up; lots never refill, so only an insertion can move it back.
  let firstOpen = 0;
  let overdrawn = 0;
  let previousAt = -Infinity;

  movements.forEach((m, i) => {
    if (typeof m.id !== 'string' || m.id === '') throw badInput(`movements[${i}].id must not be empty`);
    if (seenIds.has(m.id)) throw badInput(`duplicate movement id ${m.id}`, { id: m.id });
    seenIds.add(m.id);
    assertValidDate(m.at, `movements[${i}].at`);
    assertSafeInteger(m.points, `movements[${i}].points`);
    if (m.at.getTime() < previousAt) {
      throw badInput('movements must be in chronological order', { id: m.id });
    }
    previousAt = m.at.getTime();

    if (m.points > 0) {
      if (m.lotId != null) throw badInput('a credit cannot target a lot', { id: m.id });
      if (m.expiresAt != null) {
        assertValidDate(m.expiresAt, `movements[${i}].expiresAt`);
        if (m.expiresAt.getTime() <= m.at.getTime()) {
          throw badInput('a lot must expire after it was earned', { id: m.id });
        }
      }
      const paidOff = Math.min(overdrawn, m.points);
      overdrawn -= paidOff;
      const lot: PointsLot = { id: m.id, at: m.at, expiresAt: m.expiresAt ?? null, remaining: m.points - paidOff };
      // Usually appended at the end; equal timestamps are ordered by id.
      let index = lots.length;
      while (index > 0 && isOlder(lot, lots[index - 1]!)) index--;
      lots.splice(index, 0, lot);
      lotsById.set(lot.id, lot);
      if (lot.remaining > 0) firstOpen = Math.min(firstOpen, index);
      return;
    }
    if (m.points === 0) return;

    if (m.expiresAt != null) throw badInput('a debit cannot have an expiry date', { id: m.id });
    let need = -m.points;
    if (m.lotId != null) {
      const target = lotsById.get(m.lotId);
      if (!target) throw badInput(`movement ${m.id} targets unknown lot ${m.lotId}`, { id: m.id, lotId: m.lotId });
      const take = Math.min(target.remaining, need);
      target.remaining -= take;
      need -= take;
    }
    while (need > 0 && firstOpen < lots.length) {
      const lot = lots[firstOpen]!;
      const take = Math.min(lot.remaining, need);
      lot.remaining -= take;
      need -= take;
      if (lot.remaining === 0) firstOpen++;
    }
    overdrawn += need;
  });
  return { lots, overdrawn };
}

/** The lots that still hold points, oldest first. */
export function remainingLots(movements: readonly LedgerMovement[]): PointsLot[] {
  return allocateFifo(movements).lots.filter((lot) => lot.remaining > 0);
}

export interface DueExpiry {
  lotId: string;
  /** Positive: the caller writes a debit of −points with lotId and key `expiry:<lotId>`. */
  points: number;
  expiresAt: Date;
}

function byExpiry(a: PointsLot, b: PointsLot): number {
  return a.expiresAt!.getTime() - b.expiresAt!.getTime() || (isOlder(a, b) ? -1 : isOlder(b, a) ? 1 : 0);
}

/** Lots whose expiry date has come (expiresAt ≤ now) and that still hold points, earliest first. */
export function dueExpiries(movements: readonly LedgerMovement[], now: Date): DueExpiry[] {
  assertValidDate(now, 'now');
  return remainingLots(movements)
    .filter((lot) => lot.expiresAt !== null && lot.expiresAt.getTime() <= now.getTime())
    .sort(byExpiry)
    .map((lot) => ({ lotId: lot.id, points: lot.remaining, expiresAt: lot.expiresAt! }));
}

export interface ExpiringSoon {
  points: number;
  earliestDate: Date | null;
  /** Points per expiry instant, earliest first. */
  byDate: { date: Date; points: number }[];
}

export const EXPIRING_SOON_DAYS = 30;

/**
 * Points that expire by now + windowDays (inclusive). Lots already past their date but not yet
 * written off are included: they are still in the balance and will be gone at the next expiry
 * run, which is exactly what a partner should be warned about.
 */
export function expiringSoon(
  movements: readonly LedgerMovement[],
  now: Date,
  windowDays: number = EXPIRING_SOON_DAYS,
): ExpiringSoon {
  assertValidDate(now, 'now');
  return expiringSoonOfLots(remainingLots(movements), now, windowDays);
}

/**
 * The same summary from lots already allocated (`remainingLots`): a server that keeps a
 * partner's open lots between requests need not replay the ledger to answer.
 */
export function expiringSoonOfLots(openLots: readonly PointsLot[], now: Date, windowDays: number = EXPIRING_SOON_DAYS): ExpiringSoon {
  assertValidDate(now, 'now');
  assertIntegerInRange(windowDays, 'windowDays', 0, 3650);
  const horizon = now.getTime() + windowDays * DAY_MS;
  const lots = openLots
    .filter((lot) => lot.expiresAt !== null && lot.expiresAt.getTime() <= horizon)
    .sort(byExpiry);
  const byDate: { date: Date; points: number }[] = [];
  let points = 0;
  for (const lot of lots) {
    points += lot.remaining;
    const last = byDate[byDate.length - 1];
    if (last && last.date.getTime() === lot.expiresAt!.getTime()) last.points += lot.remaining;
    else byDate.push({ date: lot.expiresAt!, points: lot.remaining });
  }
  return { points, earliestDate: byDate[0]?.date ?? null, byDate };
}
