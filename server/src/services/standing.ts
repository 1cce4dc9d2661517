import type { Kysely } from 'kysely';
import type { Database, TierRow } from '../store/tables.js';
import { addMonths } from '../domain/time.js';
import { tierForSpend, tierProgress, type TierRule } from '../domain/tiers.js';

/** A partner's standing: what decides its tier. Shared by resolvers, order ingest and the seed. */

export function toTierRule(row: TierRow): TierRule {
  return {
    code: row.code,
    rank: row.rank,
    thresholdMinor: row.threshold_minor,
    multiplierPct: row.multiplier_pct,
    discountPct: row.discount_pct,
  };
}

/**
 * Qualifying spend per partner over the rolling window (start exclusive, end inclusive, as in
 * domain/tiers): one query for any number of partners. Refunded orders don't qualify.
 */
export async function qualifyingSpendByPartner(
  db: Kysely<Database>,
  partnerIds: readonly string[],
  asOf: Date,
  windowMonths: number,
): Promise<Map<string, number>> {
  const spend = new Map<string, number>(partnerIds.map((id) => [id, 0]));
  if (partnerIds.length === 0) return spend;
  const rows = await db
    .selectFrom('orders')
    .select((eb) => ['partner_id', eb.fn.sum<number>('total_minor').as('spend')])
    .where('partner_id', 'in', partnerIds)
    .where('ordered_at', '>', addMonths(asOf, -windowMonths))
    .where('ordered_at', '<=', asOf)
    .where('refunded_at', 'is', null)
    .groupBy('partner_id')
    .execute();
  for (const row of rows) spend.set(row.partner_id, Number(row.spend));
  return spend;
}

export function tierRowForSpend(spendMinor: number, tiers: TierRow[]): TierRow {
  const rule = tierForSpend(spendMinor, tiers.map(toTierRule));
  return tiers.find((t) => t.code === rule.code)!;
}

export function progressForSpend(spendMinor: number, tiers: TierRow[]) {
  const progress = tierProgress(spendMinor, tiers.map(toTierRule));
  return {
    current: tiers.find((t) => t.code === progress.current.code)!,
    next: progress.next ? tiers.find((t) => t.code === progress.next!.code)! : null,
    remainingMinor: progress.remainingMinor,
    progressPct: progress.progressPct,
  };
}
