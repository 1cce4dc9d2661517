import type { ChallengeRow, LocalizedText, ProgramRow, PromotionRow } from '../../store/tables.js';
import type { LeaderboardRow, LocalizedTextInput, PromotionStatus, Resolvers } from '../generated/resolvers.js';
import type { GraphQLContext } from '../context.js';
import { unauthenticated } from '../context.js';
import { badInput, notFound, withDomainErrors } from '../errors.js';
import { pick } from '../localized.js';
import { partnerById } from '../loaders.js';
import { ANNOUNCE_DAYS, isVisible, promotionStatus, validatePromotion, type PromotionRule } from '../../domain/promotions.js';
import { volumeDiscount, type LadderStep } from '../../domain/volume-discount.js';
import { DAY_MS } from '../../domain/time.js';
import { newId } from '../../services/partners.js';
import {
  MAX_LEADERBOARD_ROWS,
  anonymousLabel,
  currentChallenge,
  isEligible,
  rankChallenge,
  type RankedPartner,
  type Ranking,
} from '../../services/challenges.js';

const TITLE_MAX = 120;
const DESCRIPTION_MAX = 2000;
const PRODUCT_GROUP_MAX = 60;
const PRODUCT_GROUPS_MAX = 50;

/** Promotions, quotes and challenges are for anyone signed in: a partner member or the supplier. */
function requireSignedIn(ctx: GraphQLContext): void {
  if (ctx.auth.kind !== 'member' && ctx.auth.kind !== 'supplier') throw unauthenticated(ctx.auth);
}

const money = (program: ProgramRow, amountMinor: number) => ({ amountMinor, currency: program.currency });

export function toPromotionRule(row: PromotionRow): PromotionRule {
  return {
    id: row.id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    productGroups: row.product_groups,
    ...(row.points_multiplier_pct != null ? { pointsMultiplierPct: row.points_multiplier_pct } : {}),
    ...(row.extra_discount_pct != null ? { extraDiscountPct: row.extra_discount_pct } : {}),
  };
}

const API_STATUS = { HIDDEN: 'SCHEDULED', UPCOMING: 'UPCOMING', ACTIVE: 'ACTIVE', ENDED: 'ENDED' } as const satisfies Record<
  string,
  PromotionStatus
>;

/** A localized text as stored: `en` required, other languages optional, each within `max`. */
function localizedText(input: LocalizedTextInput, field: string, max: number): LocalizedText {
  const text: LocalizedText = { en: input.en.trim() };
  if (text.en === '') throw badInput(`${field}.en must not be empty.`, { field: `${field}.en` });
  for (const locale of ['en', 'th', 'nb', 'ms'] as const) {
    const value = input[locale]?.trim();
    if (!value) continue;
    if (value.length > max) throw badInput(`${field}.${locale} must be at most ${max} characters.`, { field: `${field}.${locale}` });
    text[locale] = value;
  }
  return text;
}

function productGroups(input: readonly string[]): string[] {
  if (input.length > PRODUCT_GROUPS_MAX) {
    throw badInput(`A promotion names at most ${PRODUCT_GROUPS_MAX} product groups.`, { field: 'productGroups' });
  }
  const groups = input.map((g, i) => {
    const group = g.trim();
    if (group === '' || group.length > PRODUCT_GROUP_MAX) {
      throw badInput(`productGroups[${i}] must be 1–${PRODUCT_GROUP_MAX} characters.`, { field: `productGroups[${i}]` });
    }
    return group;
  });
  return [...new Set(groups)];
}

/** A product group's name in the request's language; its code when the supplier never named it. */
async function productGroupName(ctx: GraphQLContext, code: string): Promise<string> {
  const names = await ctx
    .loader<string, LocalizedText | null>('promotions.productGroupNames', async (codes) => {
      const rows = await ctx.db.selectFrom('product_groups').select(['code', 'name']).where('code', 'in', [...codes]).execute();
      const byCode = new Map(rows.map((row) => [row.code, row.name as LocalizedText]));
      return codes.map((c) => byCode.get(c) ?? null);
    })
    .load(code);
  return names ? pick(names, ctx.locale) : code;
}

function rankingOf(ctx: GraphQLContext, challenge: ChallengeRow): Promise<Ranking> {
  const viewerPartnerId = ctx.auth.kind === 'member' ? ctx.auth.partnerId : null;
  // leaderboard and viewerRow share one ranking query per request.
  return ctx
    .loader<ChallengeRow, Ranking>('promotions.challengeRanking', (challenges) =>
      Promise.all(challenges.map((c) => rankChallenge(ctx.db, c, viewerPartnerId))),
    )
    .load(challenge);
}

function leaderboardRow(ctx: GraphQLContext, row: RankedPartner): LeaderboardRow {
  const isViewer = ctx.auth.kind === 'member' && ctx.auth.partnerId === row.partnerId;
  return {
    rank: row.rank,
    // A partner always sees its own name; `anonymized` still says how the others see it.
    displayName: row.optIn || isViewer ? row.name : anonymousLabel(row.partnerId, ctx.locale),
    anonymized: !row.optIn,
    score: row.score,
    isViewer,
  };
}

export const promotionsResolvers: Resolvers = {
  Query: {
    serverTime(_parent, _args, ctx) {
      requireSignedIn(ctx);
      return ctx.now;
    },

    async promotions(_parent, _args, ctx) {
      requireSignedIn(ctx);
      // The SQL window is a coarse cut; the domain rule decides, boundary instants included.
      const rows = await ctx.db
        .selectFrom('promotions')
        .selectAll()
        .where('ends_at', '>', ctx.now)
        .where('starts_at', '<=', new Date(ctx.now.getTime() + ANNOUNCE_DAYS * DAY_MS))
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.filter((row) => isVisible(toPromotionRule(row), ctx.now));
    },

    async volumeDiscountQuote(_parent, { orderAmountMinor }, ctx) {
      requireSignedIn(ctx);
      if (orderAmountMinor < 0) throw badInput('The order amount must not be negative.', { field: 'orderAmountMinor' });
      const program = await ctx.program();
      const quote = await withDomainErrors(() => volumeDiscount(orderAmountMinor, program.volume_ladder as LadderStep[]));
      return {
        orderAmount: money(program, orderAmountMinor),
        percent: quote.percent,
        discount: money(program, quote.discountMinor),
        nextStep: quote.next ? { threshold: money(program, quote.next.thresholdMinor), percent: quote.next.percent } : null,
        remainingForNext: quote.next ? money(program, quote.next.remainingMinor) : null,
      };
    },

    async currentChallenge(_parent, _args, ctx) {
      requireSignedIn(ctx);
      return currentChallenge(ctx.db, ctx.now);
    },

    async productGroups(_parent, _args, ctx) {
      requireSignedIn(ctx);
      const rows = await ctx.db.selectFrom('product_groups').selectAll().orderBy('position').orderBy('code').execute();
      return rows.map((row) => ({ code: row.code, name: pick(row.name as LocalizedText, ctx.locale) }));
    },
  },

  Mutation: {
    async upsertProductGroup(_parent, { input }, ctx) {
      ctx.requireSupplier();
      const code = input.code.trim();
      if (!code || code.length > PRODUCT_GROUP_MAX) throw badInput(`code must be 1–${PRODUCT_GROUP_MAX} characters.`, { field: 'code' });
      const values = { name: JSON.stringify(localizedText(input.name, 'name', PRODUCT_GROUP_MAX)), position: input.position ?? 0 };
      const row = await ctx.db
        .insertInto('product_groups')
        .values({ code, ...values })
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
      return { code: row.code, name: pick(row.name as LocalizedText, ctx.locale) };
    },

    async upsertPromotion(_parent, { input }, ctx) {
      ctx.requireSupplier();
      const title = localizedText(input.title, 'title', TITLE_MAX);
      const description = localizedText(input.description, 'description', DESCRIPTION_MAX);
      const groups = productGroups(input.productGroups);
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(input.endsAt);
      if (endsAt.getTime() <= startsAt.getTime()) throw badInput('A promotion must end after it starts.', { field: 'endsAt' });
      const multiplier = input.pointsMultiplierPct ?? null;
      const discount = input.extraDiscountPct ?? null;
      // A multiplier of 100 or a 0 % discount changes nothing: a promotion must offer something.
      if ((multiplier ?? 100) <= 100 && (discount ?? 0) <= 0) {
        throw badInput('A promotion needs a points multiplier above 100 % or an extra discount.', { field: 'pointsMultiplierPct' });
      }
      const id = input.id ?? newId('prm');
      await withDomainErrors(() =>
        validatePromotion({
          id,
          startsAt,
          endsAt,
          productGroups: groups,
          ...(multiplier !== null ? { pointsMultiplierPct: multiplier } : {}),
          ...(discount !== null ? { extraDiscountPct: discount } : {}),
        }),
      );
      const values = {
        title: JSON.stringify(title),
        description: JSON.stringify(description),
        product_groups: JSON.stringify(groups),
        points_multiplier_pct: multiplier,
        extra_discount_pct: discount,
        starts_at: startsAt,
        ends_at: endsAt,
      };
      if (input.id) {
        const updated = await ctx.db.updateTable('promotions').set(values).where('id', '=', input.id).returningAll().executeTakeFirst();
        if (!updated) throw notFound('Promotion');
        return updated;
      }
      return ctx.db
        .insertInto('promotions')
        .values({ id, ...values })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  },

  Promotion: {
    title: (p, _args, ctx) => pick(p.title, ctx.locale),
    description: (p, _args, ctx) => pick(p.description, ctx.locale),
    productGroups: (p) => p.product_groups,
    groups: (p, _args, ctx) => Promise.all(p.product_groups.map(async (code) => ({ code, name: await productGroupName(ctx, code) }))),
    pointsMultiplierPct: (p) => p.points_multiplier_pct,
    extraDiscountPct: (p) => p.extra_discount_pct,
    startsAt: (p) => p.starts_at,
    endsAt: (p) => p.ends_at,
    status: (p, _args, ctx) => API_STATUS[promotionStatus(toPromotionRule(p), ctx.now)],
  },

  Challenge: {
    title: (c, _args, ctx) => pick(c.title, ctx.locale),
    description: (c, _args, ctx) => pick(c.description, ctx.locale),
    eligibility: (c, _args, ctx) => pick(c.eligibility, ctx.locale),
    startsAt: (c) => c.starts_at,
    endsAt: (c) => c.ends_at,
    prizes: (c, _args, ctx) =>
      [...c.prizes].sort((a, b) => a.rank - b.rank).map((p) => ({ rank: p.rank, label: pick(p.label, ctx.locale), points: p.points })),

    async viewerEligible(c, _args, ctx) {
      if (ctx.auth.kind !== 'member') return false;
      const partner = await partnerById(ctx).load(ctx.auth.partnerId).catch(() => null);
      return partner ? isEligible(c, partner.joined_at) : false;
    },

    async leaderboard(c, { first }, ctx) {
      if (!Number.isInteger(first) || first < 1 || first > MAX_LEADERBOARD_ROWS) {
        throw badInput(`"first" must be between 1 and ${MAX_LEADERBOARD_ROWS}.`, { field: 'first' });
      }
      const ranking = await rankingOf(ctx, c);
      return ranking.top.slice(0, first).map((row) => leaderboardRow(ctx, row));
    },

    async viewerRow(c, _args, ctx) {
      if (ctx.auth.kind !== 'member') return null;
      const ranking = await rankingOf(ctx, c);
      return ranking.viewer ? leaderboardRow(ctx, ranking.viewer) : null;
    },
  },
};
