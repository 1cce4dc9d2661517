import type { GraphQLContext } from './context.js';
import type { MemberRow, PartnerRow, RewardRow, RewardCategoryRow } from '../store/tables.js';
import { qualifyingSpendByPartner } from '../services/standing.js';

/** Per-request batch loaders shared by several domains: one SQL statement per entity type. */

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | Error)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? new Error(`not found: ${id}`));
}

export const memberById = (ctx: GraphQLContext) =>
  ctx.loader<string, MemberRow>('memberById', async (ids) =>
    byId(await ctx.db.selectFrom('members').selectAll().where('id', 'in', ids).execute(), ids),
  );

export const partnerById = (ctx: GraphQLContext) =>
  ctx.loader<string, PartnerRow>('partnerById', async (ids) =>
    byId(await ctx.db.selectFrom('partners').selectAll().where('id', 'in', ids).execute(), ids),
  );

export const membersByPartner = (ctx: GraphQLContext) =>
  ctx.loader<string, MemberRow[]>('membersByPartner', async (ids) => {
    const rows = await ctx.db.selectFrom('members').selectAll().where('partner_id', 'in', ids).orderBy('created_at').orderBy('id').execute();
    return ids.map((id) => rows.filter((r) => r.partner_id === id));
  });

export const rewardById = (ctx: GraphQLContext) =>
  ctx.loader<string, RewardRow>('rewardById', async (ids) =>
    byId(await ctx.db.selectFrom('rewards').selectAll().where('id', 'in', ids).execute(), ids),
  );

export const categoryById = (ctx: GraphQLContext) =>
  ctx.loader<string, RewardCategoryRow>('categoryById', async (ids) =>
    byId(await ctx.db.selectFrom('reward_categories').selectAll().where('id', 'in', ids).execute(), ids),
  );

/** Qualifying spend over the program's rolling window, as of the request's instant. */
export const spendByPartner = (ctx: GraphQLContext) =>
  ctx.loader<string, number>('spendByPartner', async (ids) => {
    const program = await ctx.program();
    const spend = await qualifyingSpendByPartner(ctx.db, ids, ctx.now, program.window_months);
    return ids.map((id) => spend.get(id) ?? 0);
  });
