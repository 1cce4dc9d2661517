import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/tables.js';
import {
  averageLifetimeValueMinor,
  churnRate,
  repeatPurchaseRate,
  retentionRate,
  type PartnerOrder,
} from '../domain/insights.js';
import { netPromoterScore } from '../domain/nps.js';
import { addMonths } from '../domain/time.js';
import { settleAll } from '../ledger/ledger.js';

/** The windows the program's health is measured over: the last 12 months against the 12 before. */
export const INSIGHTS_WINDOW_MONTHS = 12;

export interface ProgramInsights {
  partners: number;
  retentionRateBp: number;
  churnRateBp: number;
  repeatPurchaseRateBp: number;
  averageLifetimeValueMinor: number;
  nps: number | null;
  npsAnswers: number;
  pointsOutstanding: number;
}

/**
 * The supplier's dashboard numbers as of `now`. Refunded orders are not purchases and count
 * nowhere. The database aggregates; the domain's functions define the measures. Settles due
 * expiries first (like `runExpiry`), so the outstanding points are what partners really hold.
 */
export async function programInsights(db: Kysely<Database>, now: Date): Promise<ProgramInsights> {
  const w = INSIGHTS_WINDOW_MONTHS;
  const middle = addMonths(now, -w);
  const start = addMonths(now, -2 * w);

  // Per partner: orders in the current window (asOf − w, asOf] and in the previous one
  // (asOf − 2w, asOf − w], the same half-open windows as domain/insights.
  const activity = await db
    .selectFrom('orders')
    .select((eb) => [
      'partner_id',
      sql<number>`count(*) FILTER (WHERE ${eb.ref('ordered_at')} > ${middle})`.as('current'),
      sql<number>`count(*) FILTER (WHERE ${eb.ref('ordered_at')} <= ${middle})`.as('previous'),
    ])
    .where('refunded_at', 'is', null)
    .where('ordered_at', '>', start)
    .where('ordered_at', '<=', now)
    .groupBy('partner_id')
    .execute();
  // The rates only ask "ordered in this window?" and "ordered twice in the current one?", so a
  // partner's activity is replayed as at most three representative orders, not every row.
  const orders: PartnerOrder[] = [];
  for (const row of activity) {
    for (let i = 0; i < Math.min(Number(row.current), 2); i++) orders.push({ partnerId: row.partner_id, orderedAt: now });
    if (Number(row.previous) > 0) orders.push({ partnerId: row.partner_id, orderedAt: middle });
  }

  // Lifetime value counts every partner, buyers or not, over everything ordered since joining.
  const lifetime = await db
    .selectFrom('partners')
    .leftJoin('orders', (join) =>
      join.onRef('orders.partner_id', '=', 'partners.id').on('orders.refunded_at', 'is', null).on('orders.ordered_at', '<=', now),
    )
    .select((eb) => ['partners.id', eb.fn.coalesce(eb.fn.sum<number>('orders.total_minor'), sql<number>`0`).as('spend')])
    .groupBy('partners.id')
    .execute();

  const npsScores = await db
    .selectFrom('nps_answers')
    .select((eb) => ['score', eb.fn.countAll<number>().as('answers')])
    .where('created_at', '>', middle)
    .where('created_at', '<=', now)
    .groupBy('score')
    .execute();
  const scores = npsScores.flatMap((row) => Array<number>(Number(row.answers)).fill(row.score));

  // Balances are brought up to date lazily; without this, points past their expiry date (and
  // matured pending points) would be misreported until each partner's next request.
  await settleAll(db, now);
  const outstanding = await db
    .selectFrom('point_accounts')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('balance'), sql<number>`0`).as('points'))
    .executeTakeFirstOrThrow();

  return {
    partners: lifetime.length,
    retentionRateBp: retentionRate(orders, now, w).bp,
    churnRateBp: churnRate(orders, now, w).bp,
    repeatPurchaseRateBp: repeatPurchaseRate(orders, now, w).bp,
    averageLifetimeValueMinor: averageLifetimeValueMinor(lifetime.map((p) => Number(p.spend))),
    nps: netPromoterScore(scores),
    npsAnswers: scores.length,
    pointsOutstanding: Number(outstanding.points),
  };
}
