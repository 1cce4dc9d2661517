import type { Resolvers, LedgerEntryType } from '../generated/resolvers.js';
import type { GraphQLContext } from '../context.js';
import type { LedgerEntryRow } from '../../store/tables.js';
import { settle, toMovement } from '../../ledger/ledger.js';
import { expiringSoon, EXPIRING_SOON_DAYS } from '../../domain/expiry.js';
import { DAY_MS } from '../../domain/time.js';
import { connection, decodeCursor, pageSize } from '../pagination.js';
import { badInput } from '../errors.js';
import { pick } from '../localized.js';
import { memberById, rewardById } from '../loaders.js';
import { formatDate, renderReason } from '../ledger-reasons.js';

export interface PointsSummaryModel {
  available: number;
  pending: number;
  expiringSoon: number;
  expiringSoonDate: Date | null;
  lifetimeEarned: number;
}

/**
 * Points for any number of partners in three statements. Accounts with a release or expiry
 * due are settled first (rare: `next_settle_at` says when), so what is shown is what could be
 * spent right now.
 */
export const pointsByPartner = (ctx: GraphQLContext) =>
  ctx.loader<string, PointsSummaryModel>('pointsByPartner', async (ids) => {
    let accounts = await ctx.db.selectFrom('point_accounts').selectAll().where('partner_id', 'in', ids).execute();
    const due = accounts.filter((a) => a.next_settle_at && a.next_settle_at <= ctx.now);
    if (due.length > 0) {
      for (const { partner_id } of due) await ctx.db.transaction().execute((trx) => settle(trx, partner_id, ctx.now));
      accounts = await ctx.db.selectFrom('point_accounts').selectAll().where('partner_id', 'in', ids).execute();
    }
    // next_settle_at is never later than the earliest expiry of a lot that still holds points,
    // so an account whose next event lies beyond the warning window has nothing expiring soon
    // and its lot history need not be read.
    const horizon = ctx.now.getTime() + EXPIRING_SOON_DAYS * DAY_MS;
    const warn = accounts.filter((a) => a.next_settle_at && a.next_settle_at.getTime() <= horizon).map((a) => a.partner_id);
    const rows =
      warn.length === 0
        ? []
        : await ctx.db
            .selectFrom('ledger_entries')
            .select(['id', 'partner_id', 'points', 'created_at', 'expires_at', 'lot_id'])
            .where('partner_id', 'in', warn)
            .where('released', '=', true)
            .orderBy('created_at')
            .orderBy('id')
            .execute();
    return ids.map((id) => {
      const account = accounts.find((a) => a.partner_id === id);
      if (!account) return new Error(`no account for ${id}`);
      const moves = rows.filter((r) => r.partner_id === id).map(toMovement);
      const soon = expiringSoon(moves, ctx.now);
      return {
        available: account.balance,
        pending: account.pending,
        expiringSoon: soon.points,
        expiringSoonDate: soon.earliestDate,
        lifetimeEarned: account.lifetime_earned,
      };
    });
  });

const courseTitleById = (ctx: GraphQLContext) =>
  ctx.loader<string, string>('courseTitleById', async (ids) => {
    const rows = await ctx.db.selectFrom('courses').select(['id', 'title']).where('id', 'in', ids).execute();
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      return row ? pick(row.title, ctx.locale) : '…';
    });
  });

async function reasonFor(entry: LedgerEntryRow, ctx: GraphQLContext): Promise<string> {
  const params: Record<string, string | number> = { ...entry.reason_params };
  if (typeof params.rewardId === 'string') {
    const reward = await rewardById(ctx).load(params.rewardId).catch(() => null);
    params.reward = reward ? pick(reward.name, ctx.locale) : '…';
    if (Number(params.quantity) > 1) params.reward = `${params.reward} × ${params.quantity}`;
  }
  if (typeof params.courseId === 'string') params.course = await courseTitleById(ctx).load(params.courseId);
  if (typeof params.earnedAt === 'string') params.earnedAt = formatDate(params.earnedAt, ctx.locale);
  return renderReason(entry.reason_code, params, ctx.locale);
}

const LEDGER_TYPES: LedgerEntryType[] = ['ACCRUAL', 'REDEMPTION', 'REVERSAL', 'EXPIRY', 'ADJUSTMENT', 'BONUS'];

export const pointsResolvers: Resolvers = {
  Partner: {
    points: (partner, _args, ctx) => pointsByPartner(ctx).load(partner.id),
    ledger: async (partner, args, ctx) => {
      const size = pageSize(args.first, 20);
      const after = decodeCursor(args.after, 2);
      const types = args.types ?? null;
      if (types && (types.length === 0 || types.some((t) => !LEDGER_TYPES.includes(t)))) throw badInput('Unknown ledger entry type.', { field: 'types' });
      let query = ctx.db.selectFrom('ledger_entries').selectAll().where('partner_id', '=', partner.id);
      if (types) query = query.where('type', 'in', types);
      if (after) {
        const [at, id] = [new Date(String(after[0])), Number(after[1])];
        if (Number.isNaN(at.getTime()) || !Number.isSafeInteger(id)) throw badInput('The "after" cursor is not one this API issued.', { field: 'after' });
        query = query.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]));
      }
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(size + 1).execute();
      return connection(rows, size, (r) => [r.created_at.toISOString(), r.id]);
    },
  },
  LedgerEntry: {
    id: (e) => String(e.id),
    reason: (e, _args, ctx) => reasonFor(e, ctx),
    source: (e) => ({ kind: e.source_kind, reference: e.source_ref }),
    member: (e, _args, ctx) => (e.member_id ? memberById(ctx).load(e.member_id) : null),
    createdAt: (e) => e.created_at,
    availableAt: (e) => e.available_at,
    pending: (e) => !e.released,
  },
};
