import { sql } from 'kysely';
import type { Resolvers } from '../generated/resolvers.js';
import type { GraphQLContext } from '../context.js';
import type { RewardRow } from '../../store/tables.js';
import { redemptionEligibility } from '../../domain/redemption.js';
import { addDays } from '../../domain/time.js';
import { tierRowForSpend } from '../../services/standing.js';
import { toRewardRule } from '../../services/rewards.js';
import { redeemReward, cancelRedemption } from '../../services/redemptions.js';
import { connection, decodeCursor, pageSize } from '../pagination.js';
import { badInput } from '../errors.js';
import { pick } from '../localized.js';
import { categoryById, memberById, rewardById, spendByPartner } from '../loaders.js';
import { pointsByPartner } from './points.js';

const LOW_STOCK = 5;
const POPULARITY_DAYS = 90;
const MAX_SEARCH = 100;

/** Redemptions in the last 90 days, not counting cancelled ones: one statement for a page. */
const popularityByReward = (ctx: GraphQLContext) =>
  ctx.loader<string, number>('popularityByReward', async (ids) => {
    const rows = await ctx.db
      .selectFrom('redemptions')
      .select((eb) => ['reward_id', eb.fn.countAll<number>().as('n')])
      .where('reward_id', 'in', ids)
      .where('status', '<>', 'CANCELLED')
      .where('created_at', '>', addDays(ctx.now, -POPULARITY_DAYS))
      .groupBy('reward_id')
      .execute();
    return ids.map((id) => Number(rows.find((r) => r.reward_id === id)?.n ?? 0));
  });

async function viewerStanding(ctx: GraphQLContext) {
  const { partnerId } = ctx.requireMember();
  const [spend, tiers, points] = await Promise.all([spendByPartner(ctx).load(partnerId), ctx.tiers(), pointsByPartner(ctx).load(partnerId)]);
  return { tier: tierRowForSpend(spend, tiers), tiers, available: points.available };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

export const rewardsResolvers: Resolvers = {
  Query: {
    rewards: async (_parent, args, ctx) => {
      const size = pageSize(args.first, 24);
      // Offset cursors: the catalog sorts on computed values (popularity), and a page that
      // shifts by an item while a partner scrolls is harmless here.
      const offset = Number(decodeCursor(args.after, 1)?.[0] ?? 0);
      if (!Number.isSafeInteger(offset) || offset < 0) throw badInput('The "after" cursor is not one this API issued.', { field: 'after' });
      const standing = await viewerStanding(ctx);
      const filter = args.filter ?? {};
      const search = args.search?.trim() ?? '';
      if (search.length > MAX_SEARCH) throw badInput(`Search is at most ${MAX_SEARCH} characters.`, { field: 'search' });

      let query = ctx.db
        .selectFrom('rewards')
        .where('active', '=', true)
        // Past seasonal items leave the catalog; upcoming ones stay, marked not yet available.
        .where((eb) => eb.or([eb('available_until', 'is', null), eb('available_until', '>', ctx.now)]));
      if (filter.categoryCode) {
        query = query.where('category_id', 'in', (eb) => eb.selectFrom('reward_categories').select('id').where('code', '=', filter.categoryCode!));
      }
      if (filter.seasonal != null) {
        query = filter.seasonal
          ? query.where((eb) => eb.or([eb('available_from', 'is not', null), eb('available_until', 'is not', null)]))
          : query.where('available_from', 'is', null).where('available_until', 'is', null);
      }
      // "I can afford now": a reward that can't be ordered now (sold out, its season not begun)
      // would only be a disappointment in that list.
      if (filter.affordable) {
        query = query
          .where('cost_points', '<=', standing.available)
          .where((eb) => eb.or([eb('stock', 'is', null), eb('stock', '>', 0)]))
          .where((eb) => eb.or([eb('available_from', 'is', null), eb('available_from', '<=', ctx.now)]));
      }
      if (filter.availableAtMyTier) {
        const allowed = standing.tiers.filter((t) => t.rank <= standing.tier.rank).map((t) => t.id);
        query = query.where((eb) => eb.or([eb('required_tier_id', 'is', null), eb('required_tier_id', 'in', allowed)]));
      }
      if (search) {
        const pattern = `%${escapeLike(search)}%`;
        query = query.where((eb) =>
          eb.or([
            eb(sql`name->>${ctx.locale}`, 'ilike', pattern),
            eb(sql`name->>'en'`, 'ilike', pattern),
            eb('sku', 'ilike', pattern),
          ]),
        );
      }
      const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const popularity = sql<number>`(select count(*) from redemptions r where r.reward_id = rewards.id and r.status <> 'CANCELLED' and r.created_at > ${addDays(ctx.now, -POPULARITY_DAYS)})`;
      let ordered = query.selectAll('rewards');
      switch (args.sort ?? 'POPULARITY') {
        case 'POINTS_ASC':
          ordered = ordered.orderBy('cost_points', 'asc');
          break;
        case 'POINTS_DESC':
          ordered = ordered.orderBy('cost_points', 'desc');
          break;
        case 'NEWEST':
          ordered = ordered.orderBy('created_at', 'desc');
          break;
        default:
          ordered = ordered.orderBy(popularity, 'desc');
      }
      const rows = await ordered.orderBy('id').offset(offset).limit(size + 1).execute();
      return { ...connection(rows, size, (r) => [offset + rows.indexOf(r) + 1]), totalCount: Number(total.n) };
    },
    reward: async (_parent, args, ctx) => {
      ctx.requireMember();
      const reward = await rewardById(ctx).load(args.id).catch(() => null);
      return reward && reward.active ? reward : null;
    },
    rewardCategories: async (_parent, _args, ctx) => {
      if (ctx.auth.kind !== 'supplier') ctx.requireMember();
      return ctx.db.selectFrom('reward_categories').selectAll().orderBy('position').orderBy('code').execute();
    },
  },
  Viewer: {
    redemptions: async (viewer, args, ctx) => {
      const size = pageSize(args.first, 20);
      const after = decodeCursor(args.after, 2);
      let query = ctx.db.selectFrom('redemptions').selectAll().where('partner_id', '=', viewer.partnerId);
      if (after) {
        const [at, id] = [new Date(String(after[0])), String(after[1])];
        if (Number.isNaN(at.getTime())) throw badInput('The "after" cursor is not one this API issued.', { field: 'after' });
        query = query.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]));
      }
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(size + 1).execute();
      return connection(rows, size, (r) => [r.created_at.toISOString(), r.id]);
    },
  },
  Mutation: {
    redeemReward: async (_parent, { input }, ctx) => {
      const { partnerId, memberId } = ctx.requireMember();
      const program = await ctx.program();
      const { redemption, replayed } = await redeemReward(
        ctx.db,
        program,
        { partnerId, memberId, rewardId: input.rewardId, quantity: input.quantity ?? 1, idempotencyKey: input.idempotencyKey, note: input.note ?? null },
        ctx.now,
      );
      return { redemption, replayed, points: await pointsByPartner(ctx).load(partnerId) };
    },
    cancelRedemption: async (_parent, { input }, ctx) => {
      const { partnerId } = ctx.requireMember();
      const redemption = await cancelRedemption(ctx.db, await ctx.program(), partnerId, input.redemptionId, ctx.now);
      return { redemption, points: await pointsByPartner(ctx).load(partnerId) };
    },
  },
  RewardCategory: {
    name: (c, _args, ctx) => pick(c.name, ctx.locale),
  },
  Reward: {
    name: (r, _args, ctx) => pick(r.name, ctx.locale),
    description: (r, _args, ctx) => pick(r.description, ctx.locale),
    category: (r, _args, ctx) => categoryById(ctx).load(r.category_id),
    costPoints: (r) => r.cost_points,
    stockState: (r) => (r.stock === null ? 'IN_STOCK' : r.stock === 0 ? 'OUT_OF_STOCK' : r.stock <= LOW_STOCK ? 'LOW_STOCK' : 'IN_STOCK'),
    requiredTier: async (r, _args, ctx) => (r.required_tier_id ? ((await ctx.tiers()).find((t) => t.id === r.required_tier_id) ?? null) : null),
    availableFrom: (r) => r.available_from,
    availableUntil: (r) => r.available_until,
    seasonal: (r) => r.available_from !== null || r.available_until !== null,
    imageUrl: (r) => r.image_url,
    imageAlt: (r, _args, ctx) => pick(r.name, ctx.locale),
    imageWidth: (r) => r.image_width,
    imageHeight: (r) => r.image_height,
    popularity: (r, _args, ctx) => popularityByReward(ctx).load(r.id),
    createdAt: (r) => r.created_at,
    eligibility: async (r: RewardRow, _args, ctx) => {
      if (ctx.auth.kind === 'supplier') return { redeemable: false, reason: 'FORBIDDEN', shortByPoints: 0, maxQuantity: 0 };
      const standing = await viewerStanding(ctx);
      const result = redemptionEligibility({ reward: toRewardRule(r, standing.tiers), tierRank: standing.tier.rank, availablePoints: standing.available, quantity: 1, now: ctx.now });
      return { redeemable: result.redeemable, reason: result.reason, shortByPoints: result.shortByPoints, maxQuantity: result.maxQuantity };
    },
  },
  Redemption: {
    reward: (r, _args, ctx) => rewardById(ctx).load(r.reward_id),
    pointsSpent: (r) => r.points_spent,
    history: (r) => r.history,
    cancellable: (r) => r.status === 'ORDERED',
    member: (r, _args, ctx) => memberById(ctx).load(r.member_id),
    createdAt: (r) => r.created_at,
  },
};

