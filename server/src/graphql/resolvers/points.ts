import type { Resolvers, LedgerEntryType } from '../generated/resolvers.js';
import type { GraphQLContext } from '../context.js';
import { sql } from 'kysely';
import type { LedgerEntryRow, LocalizedText } from '../../store/tables.js';
import { settle, toMovement } from '../../ledger/ledger.js';
import { expiringSoonOfLots, remainingLots, EXPIRING_SOON_DAYS, type ExpiringSoon } from '../../domain/expiry.js';
import type { PointsSummaryModel } from '../models.js';
import { DAY_MS } from '../../domain/time.js';
import { connection, decodeCursor, pageSize } from '../pagination.js';
import { badInput } from '../errors.js';
import { pick } from '../localized.js';
import { memberById, rewardById } from '../loaders.js';
import { formatDate, renderReason } from '../ledger-reasons.js';

/**
 * Points for any number of partners in one statement. Accounts with a release or expiry due are
 * settled first (rare: `next_settle_at` says when), so what is shown is what could be spent
 * right now.
 */
export const pointsByPartner = (ctx: GraphQLContext) =>
  ctx.loader<string, PointsSummaryModel>('pointsByPartner', async (ids) => {
    let accounts = await ctx.db.selectFrom('point_accounts').selectAll().where('partner_id', 'in', ids).execute();
    const due = accounts.filter((a) => a.next_settle_at && a.next_settle_at <= ctx.now);
    if (due.length > 0) {
      for (const { partner_id } of due) await ctx.db.transaction().execute((trx) => settle(trx, partner_id, ctx.now));
      accounts = await ctx.db.selectFrom('point_accounts').selectAll().where('partner_id', 'in', ids).execute();
    }
    return ids.map((id) => {
      const account = accounts.find((a) => a.partner_id === id);
      if (!account) return new Error(`no account for ${id}`);
      return {
        partnerId: id,
        available: account.balance,
        pending: account.pending,
        lifetimeEarned: account.lifetime_earned,
        ledgerVersion: account.ledger_version,
        nextSettleAt: account.next_settle_at,
      };
    });
  });

/**
 * What expires soon, for summaries read by `pointsByPartner`. next_settle_at is never later than
 * the earliest expiry of a lot that still holds points, so an account whose next event lies
 * beyond the warning window has nothing expiring soon and its lots need not be read; nor need
 * they when the open lots at this ledger version are already known (`ServerDeps.openLots`).
 */
const expiringSoonBySummary = (ctx: GraphQLContext) =>
  ctx.loader<PointsSummaryModel, ExpiringSoon>('expiringSoonBySummary', async (summaries) => {
    const horizon = ctx.now.getTime() + EXPIRING_SOON_DAYS * DAY_MS;
    const warn = summaries.filter((s) => s.nextSettleAt && s.nextSettleAt.getTime() <= horizon);
    const openLots = new Map(warn.map((s) => [s.partnerId, ctx.deps.openLots.get(s.partnerId, s.ledgerVersion)]));
    const replay = warn.filter((s) => !openLots.get(s.partnerId));
    const rows =
      replay.length === 0
        ? []
        : await ctx.db
            .selectFrom('ledger_entries')
            .select(['id', 'partner_id', 'points', 'created_at', 'expires_at', 'lot_id'])
            .where('partner_id', 'in', replay.map((s) => s.partnerId))
            .where('released', '=', true)
            .orderBy('created_at')
            .orderBy('id')
            .execute();
    for (const summary of replay) {
      const lots = remainingLots(rows.filter((r) => r.partner_id === summary.partnerId).map(toMovement));
      ctx.deps.openLots.set(summary.partnerId, summary.ledgerVersion, lots);
      openLots.set(summary.partnerId, lots);
    }
    return summaries.map((s) => expiringSoonOfLots(openLots.get(s.partnerId) ?? [], ctx.now));
  });

const courseTitleById = (ctx: GraphQLContext) =>
  ctx.loader<string, string>('courseTitleById', async (ids) => {
    const rows = await ctx.db.selectFrom('courses').select(['id', 'title']).where('id', 'in', ids).execute();
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      return row ? pick(row.title, ctx.locale) : '…';
    });
  });

/**
 * A ledger row as the history reads it. `names` holds the localized names its reason refers to
 * when the row was read together with them (a history page); entries from elsewhere (a
 * mutation's answer) look them up.
 */
export type LedgerEntryModel = LedgerEntryRow & { names?: { reward: LocalizedText | null; course: LocalizedText | null } };

async function reasonFor(entry: LedgerEntryModel, ctx: GraphQLContext): Promise<string> {
  const params: Record<string, string | number> = { ...entry.reason_params };
  if (typeof params.rewardId === 'string') {
    const name = entry.names ? entry.names.reward : ((await rewardById(ctx).load(params.rewardId).catch(() => null))?.name ?? null);
    params.reward = name ? pick(name, ctx.locale) : '…';
    if (Number(params.quantity) > 1) params.reward = `${params.reward} × ${params.quantity}`;
  }
  if (typeof params.courseId === 'string') {
    params.course = entry.names ? (entry.names.course ? pick(entry.names.course, ctx.locale) : '…') : await courseTitleById(ctx).load(params.courseId);
  }
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
      // What an entry's history line names — who caused it, the reward or course in its reason —
      // comes in the same statement: one read for the whole page instead of one per entity type.
      // The page is cut first, then joined: only its rows look up what they name.
      let page = ctx.db.selectFrom('ledger_entries').selectAll().where('partner_id', '=', partner.id);
      if (types) page = page.where('type', 'in', types);
      if (after) {
        const [at, id] = [new Date(String(after[0])), Number(after[1])];
        if (Number.isNaN(at.getTime()) || !Number.isSafeInteger(id)) throw badInput('The "after" cursor is not one this API issued.', { field: 'after' });
        page = page.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]));
      }
      page = page.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(size + 1);
      const joined = await ctx.db
        .selectFrom(page.as('l'))
        .leftJoin('members as m', 'm.id', 'l.member_id')
        .leftJoin('rewards as r', (join) => join.on(sql<boolean>`r.id = l.reason_params->>'rewardId'`))
        .leftJoin('courses as c', (join) => join.on(sql<boolean>`c.id = l.reason_params->>'courseId'`))
        .selectAll('l')
        .select([
          'm.partner_id as member_partner_id',
          'm.name as member_name',
          'm.email as member_email',
          'm.role as member_role',
          'm.created_at as member_created_at',
          'r.name as reward_name',
          'c.title as course_title',
        ])
        .orderBy('l.created_at', 'desc')
        .orderBy('l.id', 'desc')
        .execute();
      const members = memberById(ctx);
      const rows: LedgerEntryModel[] = joined.map(({ member_partner_id, member_name, member_email, member_role, member_created_at, reward_name, course_title, ...entry }) => {
        if (entry.member_id && member_partner_id && member_name !== null && member_email !== null && member_role && member_created_at) {
          members.prime(entry.member_id, { id: entry.member_id, partner_id: member_partner_id, name: member_name, email: member_email, role: member_role, created_at: member_created_at });
        }
        return { ...entry, names: { reward: reward_name, course: course_title } };
      });
      return connection(rows, size, (r) => [r.created_at.toISOString(), r.id]);
    },
  },
  PointsSummary: {
    expiringSoon: async (summary, _args, ctx) => (await expiringSoonBySummary(ctx).load(summary)).points,
    expiringSoonDate: async (summary, _args, ctx) => (await expiringSoonBySummary(ctx).load(summary)).earliestDate,
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
