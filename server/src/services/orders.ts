import type { Kysely } from 'kysely';
import type { Database, OrderRow, ProgramRow } from '../store/tables.js';
import { accrueOrderLines } from '../domain/accrual.js';
import { bestMultiplierPct, type PromotionRule } from '../domain/promotions.js';
import { volumeDiscount } from '../domain/volume-discount.js';
import { credit, lockAccount, reverseCredit, pendingUntil, settle } from '../ledger/ledger.js';
import { badInput, userError, isUniqueViolation, withDomainErrors } from '../graphql/errors.js';
import { qualifyingSpendByPartner, tierRowForSpend } from './standing.js';
import { requestHash } from './idempotency.js';

export interface OrderInput {
  orderId: string;
  partnerId: string;
  memberId?: string | null;
  orderedAt: Date;
  currency: string;
  lines: { productGroup: string; amountMinor: number }[];
}

export interface IngestResult {
  order: OrderRow;
  replayed: boolean;
}

const MAX_LINES = 500;
/** One order of 100 million in major units is already far past any reseller's; more is a typo. */
const MAX_ORDER_TOTAL_MINOR = 10_000_000_000;
/** Points are 32-bit integers in the contract; one order can't earn more than this. */
const MAX_POINTS_PER_ORDER = 1_000_000_000;
/** Orders may be stamped a little ahead by a supplier's clock, never days ahead. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Records an order and accrues its points, once per supplier order id. The tier that earns the
 * multiplier is the one the partner held when ordering (spend before this order), and the
 * promotions are those active at that moment.
 */
export async function ingestOrder(db: Kysely<Database>, program: ProgramRow, input: OrderInput, now: Date): Promise<IngestResult> {
  validateOrder(program, input, now);
  const hash = requestHash({ ...input, memberId: input.memberId ?? null });
  const replay = await replayOf(db, input.orderId, hash);
  if (replay) return replay;

  try {
    return await db.transaction().execute(async (trx) => {
      const partner = await trx.selectFrom('partners').select('id').where('id', '=', input.partnerId).executeTakeFirst();
      if (!partner) throw userError('NOT_FOUND', 'Partner was not found.', { field: 'partnerId' });
      if (input.memberId) {
        const member = await trx.selectFrom('members').select('partner_id').where('id', '=', input.memberId).executeTakeFirst();
        if (!member || member.partner_id !== input.partnerId) throw userError('NOT_FOUND', 'Member was not found in this partner.', { field: 'memberId' });
      }
      // Serializes orders of one partner so two concurrent copies of an order meet here.
      await lockAccount(trx, input.partnerId);
      const again = await replayOf(trx, input.orderId, hash);
      if (again) return again;

      const tiers = await trx.selectFrom('tiers').selectAll().orderBy('rank').execute();
      const before = new Date(input.orderedAt.getTime() - 1);
      const spend = (await qualifyingSpendByPartner(trx, [input.partnerId], before, program.window_months)).get(input.partnerId) ?? 0;
      const tier = tierRowForSpend(spend, tiers);
      const promotions = await activePromotions(trx, input.orderedAt);
      const total = input.lines.reduce((sum, line) => sum + line.amountMinor, 0);
      const accrual = await withDomainErrors(() =>
        accrueOrderLines(input.lines, {
          currencyMinorDigits: program.currency_minor_digits,
          pointsPerUnit: program.points_per_unit,
          tierMultiplierPct: tier.multiplier_pct,
          promotionMultiplierPctFor: (group) => bestMultiplierPct(promotions, group, input.orderedAt),
        }),
      );
      if (accrual.points > MAX_POINTS_PER_ORDER) {
        throw badInput(`This order would earn ${accrual.points} points; one order earns at most ${MAX_POINTS_PER_ORDER}.`, { field: 'lines' });
      }
      const ladder = await withDomainErrors(() => volumeDiscount(total, program.volume_ladder as never));

      let accrualEntryId: number | null = null;
      if (accrual.points > 0) {
        const { entry } = await credit(
          trx,
          program,
          {
            partnerId: input.partnerId,
            memberId: input.memberId ?? null,
            type: 'ACCRUAL',
            points: accrual.points,
            reasonCode: 'order',
            reasonParams: { orderId: input.orderId, tier: tier.code },
            sourceKind: 'ORDER',
            sourceRef: input.orderId,
            idempotencyKey: `order:${input.orderId}`,
            createdAt: input.orderedAt,
            availableAt: pendingUntil(program, input.orderedAt),
          },
          now,
        );
        accrualEntryId = entry.id;
      }
      const order = await trx
        .insertInto('orders')
        .values({
          id: input.orderId,
          partner_id: input.partnerId,
          member_id: input.memberId ?? null,
          ordered_at: input.orderedAt,
          currency: input.currency,
          total_minor: total,
          lines: JSON.stringify(accrual.lines),
          request_hash: hash,
          points_accrued: accrual.points,
          volume_discount_pct: ladder.percent,
          accrual_entry_id: accrualEntryId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { order, replayed: false };
    });
  } catch (error) {
    // Another request with the same order id for another partner won the race.
    if (isUniqueViolation(error)) {
      const replay = await replayOf(db, input.orderId, hash);
      if (replay) return replay;
    }
    throw error;
  }
}

async function replayOf(db: Kysely<Database>, orderId: string, hash: string): Promise<IngestResult | null> {
  const existing = await db.selectFrom('orders').selectAll().where('id', '=', orderId).executeTakeFirst();
  if (!existing) return null;
  if (existing.request_hash !== hash) {
    throw userError('IDEMPOTENCY_CONFLICT', `Order ${orderId} was already recorded with different contents.`, { field: 'orderId' });
  }
  return { order: existing, replayed: true };
}

async function activePromotions(db: Kysely<Database>, at: Date): Promise<PromotionRule[]> {
  const rows = await db.selectFrom('promotions').selectAll().where('starts_at', '<=', at).where('ends_at', '>', at).execute();
  return rows.map((p) => ({
    id: p.id,
    startsAt: p.starts_at,
    endsAt: p.ends_at,
    productGroups: p.product_groups,
    ...(p.points_multiplier_pct != null ? { pointsMultiplierPct: p.points_multiplier_pct } : {}),
    ...(p.extra_discount_pct != null ? { extraDiscountPct: p.extra_discount_pct } : {}),
  }));
}

function validateOrder(program: ProgramRow, input: OrderInput, now: Date) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._:\-/]{0,99}$/.test(input.orderId)) {
    throw badInput('orderId must be 1–100 characters of letters, digits and . _ : - /', { field: 'orderId' });
  }
  if (input.currency !== program.currency) {
    throw badInput(`The program's currency is ${program.currency}; this order is in ${input.currency}.`, { field: 'currency' });
  }
  if (input.lines.length === 0 || input.lines.length > MAX_LINES) {
    throw badInput(`An order has 1–${MAX_LINES} lines.`, { field: 'lines' });
  }
  let total = 0;
  input.lines.forEach((line, i) => {
    if (!Number.isSafeInteger(line.amountMinor) || line.amountMinor < 0) {
      throw badInput(`lines[${i}].amountMinor must be a whole, non-negative number of minor units.`, { field: `lines[${i}].amountMinor` });
    }
    if (!line.productGroup.trim() || line.productGroup.length > 60) {
      throw badInput(`lines[${i}].productGroup must be 1–60 characters.`, { field: `lines[${i}].productGroup` });
    }
    total += line.amountMinor;
  });
  if (!Number.isSafeInteger(total) || total > MAX_ORDER_TOTAL_MINOR) {
    throw badInput(`The order total is too large: at most ${MAX_ORDER_TOTAL_MINOR} minor units.`, { field: 'lines' });
  }
  if (input.orderedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badInput('orderedAt is in the future.', { field: 'orderedAt' });
  }
}

/** Reverses a refunded order's accrual, once; replays report what the first refund did. */
export async function refundOrder(db: Kysely<Database>, orderId: string, now: Date): Promise<{ order: OrderRow; pointsReversed: number; replayed: boolean }> {
  return db.transaction().execute(async (trx) => {
    const peek = await trx.selectFrom('orders').select('partner_id').where('id', '=', orderId).executeTakeFirst();
    if (!peek) throw userError('NOT_FOUND', `Order ${orderId} was not found.`, { field: 'orderId' });
    await lockAccount(trx, peek.partner_id);
    const order = await trx.selectFrom('orders').selectAll().where('id', '=', orderId).forUpdate().executeTakeFirstOrThrow();
    if (order.refunded_at) return { order, pointsReversed: order.points_reversed ?? 0, replayed: true };
    let reversed = 0;
    if (order.accrual_entry_id != null) {
      // Settled first: a credit whose return window ended a minute ago is available points now,
      // and reversing it as if still pending would skip the balance check.
      await settle(trx, order.partner_id, now);
      const lot = await trx.selectFrom('ledger_entries').selectAll().where('id', '=', order.accrual_entry_id).executeTakeFirstOrThrow();
      const result = await reverseCredit(
        trx,
        lot,
        {
          memberId: order.member_id,
          reasonCode: 'refund',
          reasonParams: { orderId },
          sourceKind: 'REFUND',
          sourceRef: orderId,
          idempotencyKey: `refund:${orderId}`,
          createdAt: now,
        },
        now,
      );
      reversed = result.reversed;
    }
    const updated = await trx
      .updateTable('orders')
      .set({ refunded_at: now, points_reversed: reversed })
      .where('id', '=', orderId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { order: updated, pointsReversed: reversed, replayed: false };
  });
}
