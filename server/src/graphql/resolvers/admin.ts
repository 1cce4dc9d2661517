import type { Resolvers } from '../generated/resolvers.js';
import { createMember, createPartner, newId } from '../../services/partners.js';
import { ingestOrder, refundOrder } from '../../services/orders.js';
import { checkIdempotencyKey } from '../../services/idempotency.js';
import { updateRedemptionStatus } from '../../services/redemptions.js';
import { credit, debit, settleAll } from '../../ledger/ledger.js';
import { MAX_WIDGET_TOKEN_TTL_SECONDS, MIN_WIDGET_TOKEN_TTL_SECONDS } from '../../auth/widget-token.js';
import { connection, decodeCursor, pageSize } from '../pagination.js';
import { badInput, userError, withDomainErrors } from '../errors.js';
import { localizedText } from '../localized-input.js';
import { validateRewardRule } from '../../domain/redemption.js';
import { isUniqueViolation } from '../errors.js';

const MAX_ADJUSTMENT = 1_000_000;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

function httpUrl(value: string | null | undefined, field: string): string | null {
  if (value == null || value === '') return null;
  // Relative paths are the supplier's own assets; absolute ones must be http(s).
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.toString();
  } catch {
    /* fall through */
  }
  throw badInput(`${field} must be an http(s) URL or a path.`, { field });
}

export const adminResolvers: Resolvers = {
  Query: {
    partners: async (_parent, args, ctx) => {
      ctx.requireSupplier();
      const size = pageSize(args.first, 50);
      const after = decodeCursor(args.after, 1);
      let query = ctx.db.selectFrom('partners').selectAll();
      if (after) query = query.where('id', '>', String(after[0]));
      const rows = await query.orderBy('id').limit(size + 1).execute();
      return connection(rows, size, (r) => [r.id]);
    },
  },
  Mutation: {
    createPartner: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      const joinedAt = input.joinedAt ? new Date(input.joinedAt) : ctx.now;
      return createPartner(ctx.db, { name: input.name, domain: input.domain, joinedAt, leaderboardOptIn: input.leaderboardOptIn ?? false });
    },
    createMember: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      return createMember(ctx.db, { partnerId: input.partnerId, name: input.name, email: input.email, role: input.role ?? 'STAFF' });
    },
    issueWidgetToken: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      const ttl = input.ttlSeconds ?? MAX_WIDGET_TOKEN_TTL_SECONDS;
      if (!Number.isInteger(ttl) || ttl < MIN_WIDGET_TOKEN_TTL_SECONDS || ttl > MAX_WIDGET_TOKEN_TTL_SECONDS) {
        throw badInput(`ttlSeconds is ${MIN_WIDGET_TOKEN_TTL_SECONDS}–${MAX_WIDGET_TOKEN_TTL_SECONDS}.`, { field: 'ttlSeconds' });
      }
      const member = await ctx.db.selectFrom('members').select('partner_id').where('id', '=', input.memberId).executeTakeFirst();
      if (!member || member.partner_id !== input.partnerId) throw userError('NOT_FOUND', 'No such member in that partner.', { field: 'memberId' });
      return ctx.deps.tokens.issue({ partnerId: input.partnerId, memberId: input.memberId }, ctx.now, ttl);
    },
    ingestOrder: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      const program = await ctx.program();
      const { order, replayed } = await ingestOrder(
        ctx.db,
        program,
        {
          orderId: input.orderId,
          partnerId: input.partnerId,
          memberId: input.memberId ?? null,
          orderedAt: new Date(input.orderedAt),
          currency: input.currency,
          lines: input.lines.map((l) => ({ productGroup: l.productGroup, amountMinor: l.amountMinor })),
        },
        ctx.now,
      );
      return {
        orderId: order.id,
        total: { amountMinor: order.total_minor, currency: order.currency },
        pointsAccrued: order.points_accrued,
        volumeDiscountPct: order.volume_discount_pct,
        replayed,
      };
    },
    refundOrder: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      const { order, pointsReversed, replayed } = await refundOrder(ctx.db, input.orderId, ctx.now);
      return { orderId: order.id, pointsReversed, replayed };
    },
    adjustPoints: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      if (!Number.isInteger(input.points) || input.points === 0 || Math.abs(input.points) > MAX_ADJUSTMENT) {
        throw badInput(`points is a non-zero whole number within ±${MAX_ADJUSTMENT}.`, { field: 'points' });
      }
      const note = input.reason.trim();
      if (!note || note.length > 200) throw badInput('reason is 1–200 characters.', { field: 'reason' });
      checkIdempotencyKey(input.idempotencyKey);
      const program = await ctx.program();
      const partner = await ctx.db.selectFrom('partners').select('id').where('id', '=', input.partnerId).executeTakeFirst();
      if (!partner) throw userError('NOT_FOUND', 'Partner was not found.', { field: 'partnerId' });
      const entry = {
        partnerId: input.partnerId,
        memberId: null,
        type: 'ADJUSTMENT' as const,
        points: Math.abs(input.points),
        reasonCode: 'adjustment',
        reasonParams: { note },
        sourceKind: 'ADMIN' as const,
        sourceRef: null,
        idempotencyKey: `adjust:${input.partnerId}:${input.idempotencyKey}`,
        createdAt: ctx.now,
      };
      const result = await ctx.db.transaction().execute((trx) => (input.points > 0 ? credit(trx, program, entry, ctx.now) : debit(trx, entry)));
      const sameInput = result.entry.points === input.points && result.entry.reason_params.note === note;
      if (result.replayed && !sameInput) throw userError('IDEMPOTENCY_CONFLICT', 'This idempotency key was already used for a different adjustment.', { field: 'idempotencyKey' });
      return result.entry;
    },
    runExpiry: async (_parent, _args, ctx) => {
      ctx.requireSupplier();
      return settleAll(ctx.db, ctx.now);
    },
    upsertTier: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      if (!/^[A-Z][A-Z0-9_]{1,29}$/.test(input.code)) throw badInput('code is 2–30 capitals, digits or _.', { field: 'code' });
      if (!Number.isInteger(input.rank) || input.rank < 0 || input.rank > 20) throw badInput('rank is 0–20.', { field: 'rank' });
      if (input.rank === 0 && input.thresholdMinor !== 0) throw badInput('The entry tier (rank 0) starts at 0.', { field: 'thresholdMinor' });
      if (input.thresholdMinor < 0) throw badInput('thresholdMinor cannot be negative.', { field: 'thresholdMinor' });
      if (!Number.isInteger(input.multiplierPct) || input.multiplierPct < 1 || input.multiplierPct > 1000) throw badInput('multiplierPct is 1–1000.', { field: 'multiplierPct' });
      if (!Number.isInteger(input.discountPct) || input.discountPct < 0 || input.discountPct > 100) throw badInput('discountPct is 0–100.', { field: 'discountPct' });
      if (!HEX_COLOR.test(input.color)) throw badInput('color is #RRGGBB.', { field: 'color' });
      const values = {
        code: input.code,
        name: JSON.stringify(localizedText(input.name, 'name', 40)),
        rank: input.rank,
        threshold_minor: input.thresholdMinor,
        multiplier_pct: input.multiplierPct,
        discount_pct: input.discountPct,
        color: input.color,
        benefits: JSON.stringify(
          input.benefits.map((b, i) => {
            if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(b.code)) throw badInput('benefit codes are capitals, digits or _.', { field: `benefits[${i}].code` });
            return { code: b.code, label: localizedText(b.label, `benefits[${i}].label`, 120) };
          }),
        ),
      };
      try {
        const tier = await ctx.db
          .insertInto('tiers')
          .values({ id: `tier_${input.code.toLowerCase()}`, ...values })
          .onConflict((oc) => oc.column('code').doUpdateSet(values))
          .returningAll()
          .executeTakeFirstOrThrow();
        ctx.deps.programCache.invalidate();
        return tier;
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput(`Another tier already has rank ${input.rank}.`, { field: 'rank' });
        throw error;
      }
    },
    upsertRewardCategory: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      if (!/^[a-z][a-z0-9-]{1,39}$/.test(input.code)) throw badInput('code is 2–40 lowercase letters, digits or -.', { field: 'code' });
      const values = { name: JSON.stringify(localizedText(input.name, 'name', 60)), position: input.position ?? 0 };
      return ctx.db
        .insertInto('reward_categories')
        .values({ id: `cat_${input.code}`, code: input.code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    upsertReward: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      const category = await ctx.db.selectFrom('reward_categories').select('id').where('code', '=', input.categoryCode).executeTakeFirst();
      if (!category) throw badInput(`Unknown category ${input.categoryCode}.`, { field: 'categoryCode' });
      let requiredTierId: string | null = null;
      if (input.requiredTierCode) {
        const tier = (await ctx.tiers()).find((t) => t.code === input.requiredTierCode);
        if (!tier) throw badInput(`Unknown tier ${input.requiredTierCode}.`, { field: 'requiredTierCode' });
        requiredTierId = tier.id;
      }
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/.test(input.sku)) throw badInput('sku is 1–60 letters, digits, . _ -.', { field: 'sku' });
      if (!Number.isInteger(input.costPoints) || input.costPoints < 1 || input.costPoints > 10_000_000) throw badInput('costPoints is 1–10,000,000.', { field: 'costPoints' });
      if (input.stock != null && (!Number.isInteger(input.stock) || input.stock < 0)) throw badInput('stock is a whole number ≥ 0, or null for unlimited.', { field: 'stock' });
      const availableFrom = input.availableFrom ? new Date(input.availableFrom) : null;
      const availableUntil = input.availableUntil ? new Date(input.availableUntil) : null;
      await withDomainErrors(() =>
        validateRewardRule({ costPoints: input.costPoints, stock: input.stock ?? null, requiredTierRank: null, availableFrom, availableUntil, active: input.active ?? true }),
      );
      const values = {
        sku: input.sku,
        category_id: category.id,
        name: JSON.stringify(localizedText(input.name, 'name', 120)),
        description: JSON.stringify(localizedText(input.description, 'description', 2000)),
        cost_points: input.costPoints,
        stock: input.stock ?? null,
        required_tier_id: requiredTierId,
        available_from: availableFrom,
        available_until: availableUntil,
        image_url: httpUrl(input.imageUrl, 'imageUrl'),
        active: input.active ?? true,
      };
      try {
        if (input.id) {
          const updated = await ctx.db.updateTable('rewards').set(values).where('id', '=', input.id).returningAll().executeTakeFirst();
          if (!updated) throw userError('NOT_FOUND', 'Reward was not found.', { field: 'id' });
          return updated;
        }
        return await ctx.db.insertInto('rewards').values({ id: newId('rwd'), ...values }).returningAll().executeTakeFirstOrThrow();
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput(`Another reward already has the sku ${input.sku}.`, { field: 'sku' });
        throw error;
      }
    },
    updateRedemptionStatus: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      return updateRedemptionStatus(ctx.db, await ctx.program(), input.redemptionId, input.status, ctx.now);
    },
  },
};
