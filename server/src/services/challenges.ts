import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ChallengeRow, Database } from '../store/tables.js';
import { tenureMonths } from '../domain/tenure.js';
import { addMonths } from '../domain/time.js';

/** The most rows a leaderboard shows at once. */
export const MAX_LEADERBOARD_ROWS = 50;

/** The challenge running at `now`; when two overlap, the one that started last. */
export async function currentChallenge(db: Kysely<Database>, now: Date): Promise<ChallengeRow | null> {
  const row = await db
    .selectFrom('challenges')
    .selectAll()
    .where('starts_at', '<=', now)
    .where('ends_at', '>', now)
    .orderBy('starts_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** Whether a partner that joined at `joinedAt` may take part: its tenure when the challenge starts. */
export function isEligible(challenge: Pick<ChallengeRow, 'max_tenure_months' | 'starts_at'>, joinedAt: Date): boolean {
  if (challenge.max_tenure_months === null) return true;
  return tenureMonths(joinedAt, challenge.starts_at) <= challenge.max_tenure_months;
}

/**
 * The earliest join date that is still eligible, so the database can filter with one
 * comparison. Tenure only falls as the join date moves later, so the eligible join dates are
 * everything from one instant on; that instant is found with the domain's own `tenureMonths`
 * (bisection to the millisecond) instead of restating its calendar rules in SQL. `null` when
 * there is no such instant to compare with (no limit, or a limit nobody meets).
 */
export function earliestEligibleJoin(challenge: Pick<ChallengeRow, 'max_tenure_months' | 'starts_at'>): Date | null {
  // No limit: everyone. A negative limit (a data-entry slip) admits nobody, as tenure is never negative.
  if (challenge.max_tenure_months === null || challenge.max_tenure_months < 0) return null;
  const start = challenge.starts_at;
  // Joined two months before "max + 1 months ago" is surely too early; joined at the start surely fits.
  let tooEarly = addMonths(start, -(challenge.max_tenure_months + 2)).getTime();
  let fits = start.getTime();
  while (fits - tooEarly > 1) {
    const mid = Math.floor((tooEarly + fits) / 2);
    if (isEligible(challenge, new Date(mid))) fits = mid;
    else tooEarly = mid;
  }
  return new Date(fits);
}

const PARTNER_WORD = { en: 'Partner', th: 'พาร์ทเนอร์', nb: 'Partner', ms: 'Rakan niaga' } as const;

/**
 * A stable label for a partner that keeps its name off leaderboards, in the reader's language;
 * derived from the id only. Six hex digits: with four, two of a few hundred partners on one board
 * would likely share a label.
 */
export function anonymousLabel(partnerId: string, locale: keyof typeof PARTNER_WORD = 'en'): string {
  return `${PARTNER_WORD[locale] ?? PARTNER_WORD.en} ${createHash('sha256').update(partnerId).digest('hex').slice(0, 6).toUpperCase()}`;
}

export interface RankedPartner {
  rank: number;
  partnerId: string;
  name: string;
  optIn: boolean;
  score: number;
}

export interface Ranking {
  /** The top rows in board order, at most MAX_LEADERBOARD_ROWS. */
  top: RankedPartner[];
  /** The viewing partner's row wherever it ranks; null when it isn't eligible (or no viewer). */
  viewer: RankedPartner | null;
}

/**
 * Scores and ranks every eligible partner in one statement: score descending, then partner id
 * (byte order, the same on every database). Equal scores share a rank (competition ranking:
 * 1, 2, 2, 4): nothing tells two partners with the same score apart, and an order by id would
 * hand one of them a better place at random. So every eligible partner that has not scored yet
 * shares the last rank, after all that have. The cut at MAX_LEADERBOARD_ROWS is by position,
 * so a tie never makes the board longer. Only the top rows and the viewer's own row leave the database.
 * POINTS_EARNED counts positive accrual and bonus points created in the window; ORDER_VOLUME
 * the totals of orders placed in the window and not refunded. Window: start inclusive, end
 * exclusive, like the challenge's own activity window.
 */
export async function rankChallenge(
  db: Kysely<Database>,
  challenge: ChallengeRow,
  viewerPartnerId: string | null,
): Promise<Ranking> {
  const scores =
    challenge.metric === 'POINTS_EARNED'
      ? sql`SELECT partner_id, sum(points) AS score FROM ledger_entries
            WHERE type IN ('ACCRUAL', 'BONUS') AND points > 0
              AND created_at >= ${challenge.starts_at} AND created_at < ${challenge.ends_at}
            GROUP BY partner_id`
      : sql`SELECT partner_id, sum(total_minor) AS score FROM orders
            WHERE refunded_at IS NULL
              AND ordered_at >= ${challenge.starts_at} AND ordered_at < ${challenge.ends_at}
            GROUP BY partner_id`;
  const joinedFrom = earliestEligibleJoin(challenge);
  const eligibility =
    challenge.max_tenure_months === null ? sql`true` : joinedFrom === null ? sql`false` : sql`p.joined_at >= ${joinedFrom}`;
  const result = await sql<{ rank: number; position: number; partner_id: string; name: string; leaderboard_opt_in: boolean; score: number }>`
    WITH scored AS (
      SELECT p.id AS partner_id, p.name, p.leaderboard_opt_in, coalesce(s.score, 0) AS score
      FROM partners p LEFT JOIN (${scores}) s ON s.partner_id = p.id
      WHERE ${eligibility}
    ), ranked AS (
      SELECT *, rank() OVER (ORDER BY score DESC) AS rank,
             row_number() OVER (ORDER BY score DESC, partner_id COLLATE "C" ASC) AS position
      FROM scored
    )
    SELECT rank, position, partner_id, name, leaderboard_opt_in, score FROM ranked
    WHERE position <= ${MAX_LEADERBOARD_ROWS} OR partner_id = ${viewerPartnerId}
    ORDER BY position`.execute(db);
  const rows = result.rows.map((r) => ({
    position: Number(r.position),
    row: { rank: Number(r.rank), partnerId: r.partner_id, name: r.name, optIn: r.leaderboard_opt_in, score: Number(r.score) } satisfies RankedPartner,
  }));
  return {
    top: rows.filter((r) => r.position <= MAX_LEADERBOARD_ROWS).map((r) => r.row),
    viewer: rows.find((r) => r.row.partnerId === viewerPartnerId)?.row ?? null,
  };
}
