import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Locale, MaterialFilter, Resolvers, UpsertMaterialInput } from '../generated/resolvers.js';
import type { GraphQLContext } from '../context.js';
import type { Database } from '../../store/tables.js';
import { connection, decodeCursor, pageSize } from '../pagination.js';
import { pick } from '../localized.js';
import { badInput, userError } from '../errors.js';
import { DAY_MS } from '../../domain/time.js';
import { newId } from '../../services/partners.js';
import { localizedText } from '../localized-input.js';
import { httpUrl, intInRange, LIMITS, requiredText } from '../../services/training.js';

const NEW_FOR_MS = 30 * DAY_MS;
const MAX_SEARCH = 100;
const MAX_FILE_BYTES = 10 * 1024 ** 3;

/**
 * The library is the program's: members and the supplier read it. A member sees what is
 * published by now; the supplier also sees what is scheduled. Returns whether the caller is
 * the supplier; anyone else is turned away.
 */
function isSupplier(ctx: GraphQLContext): boolean {
  if (ctx.auth.kind === 'supplier') return true;
  ctx.requireMember();
  return false;
}

/** `%` and `_` in what a person typed are letters to find, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

function conditions(ctx: GraphQLContext, filter: MaterialFilter | null | undefined, search: string | null | undefined) {
  const supplier = isSupplier(ctx);
  const term = search?.trim() ?? '';
  if (term.length > MAX_SEARCH) throw badInput(`Search for at most ${MAX_SEARCH} characters.`, { field: 'search' });
  return (eb: ExpressionBuilder<Database, 'materials'>) => {
    const all: Expression<SqlBool>[] = [];
    if (!supplier) all.push(eb('published_at', '<=', ctx.now));
    if (filter?.type) all.push(eb('type', '=', filter.type));
    if (filter?.productLine != null) all.push(eb('product_line', '=', filter.productLine.trim()));
    if (filter?.language) all.push(eb('language', '=', filter.language));
    if (term) {
      const pattern = `%${escapeLike(term)}%`;
      all.push(
        eb.or([
          sql<SqlBool>`(title ->> ${ctx.locale}) ilike ${pattern} escape '\\'`,
          sql<SqlBool>`(title ->> 'en') ilike ${pattern} escape '\\'`,
          sql<SqlBool>`(description ->> ${ctx.locale}) ilike ${pattern} escape '\\'`,
          sql<SqlBool>`(description ->> 'en') ilike ${pattern} escape '\\'`,
          sql<SqlBool>`product_line ilike ${pattern} escape '\\'`,
        ]),
      );
    }
    return eb.and(all);
  };
}

function materialCursor(after: string | null | undefined): [Date, string] | null {
  const key = decodeCursor(after, 2);
  if (!key) return null;
  const [at, id] = key;
  const date = typeof at === 'string' ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || typeof id !== 'string') {
    throw badInput('The "after" cursor is not one this API issued.', { field: 'after' });
  }
  return [date, id];
}

function validateMaterial(input: UpsertMaterialInput) {
  const publishedAt = input.publishedAt == null ? null : new Date(input.publishedAt);
  if (publishedAt && Number.isNaN(publishedAt.getTime())) throw badInput('"publishedAt" must be a date.', { field: 'publishedAt' });
  return {
    title: JSON.stringify(localizedText(input.title, 'title', LIMITS.title)),
    description: JSON.stringify(localizedText(input.description, 'description', LIMITS.longText)),
    type: input.type,
    product_line: requiredText(input.productLine, 'productLine', 80),
    language: input.language,
    format: requiredText(input.format, 'format', 20),
    file_size_bytes: intInRange(input.fileSizeBytes, 'fileSizeBytes', 0, MAX_FILE_BYTES),
    file_url: httpUrl(input.fileUrl, 'fileUrl', true)!,
    preview_url: httpUrl(input.previewUrl, 'previewUrl', false),
    preview_width: intInRange(input.previewWidth ?? 320, 'previewWidth', 1, 10_000),
    preview_height: intInRange(input.previewHeight ?? 240, 'previewHeight', 1, 10_000),
    publishedAt,
  };
}

export const materialsResolvers: Resolvers = {
  Query: {
    materials: async (_parent, { first, after, filter, search }, ctx) => {
      const size = pageSize(first, 24);
      const cursor = materialCursor(after);
      const where = conditions(ctx, filter, search);
      let query = ctx.db.selectFrom('materials').selectAll().where(where);
      if (cursor) {
        const [publishedAt, id] = cursor;
        query = query.where((eb) =>
          eb.or([eb('published_at', '<', publishedAt), eb.and([eb('published_at', '=', publishedAt), eb('id', '>', id)])]),
        );
      }
      const [rows, count] = await Promise.all([
        query.orderBy('published_at', 'desc').orderBy('id', 'asc').limit(size + 1).execute(),
        ctx.db.selectFrom('materials').select((eb) => eb.fn.countAll<number>().as('total')).where(where).executeTakeFirstOrThrow(),
      ]);
      const page = connection(rows, size, (row) => [new Date(row.published_at).toISOString(), row.id]);
      return { ...page, totalCount: Number(count.total) };
    },

    materialProductLines: async (_parent, _args, ctx) => {
      const supplier = isSupplier(ctx);
      let query = ctx.db.selectFrom('materials').select('product_line').distinct();
      if (!supplier) query = query.where('published_at', '<=', ctx.now);
      const rows = await query.execute();
      // Sorted here rather than by the database's collation, so PGlite and PostgreSQL agree.
      return rows.map((row) => row.product_line).sort((a, b) => a.localeCompare(b, 'en'));
    },

    materialLanguages: async (_parent, _args, ctx) => {
      const supplier = isSupplier(ctx);
      let query = ctx.db.selectFrom('materials').select('language').distinct();
      if (!supplier) query = query.where('published_at', '<=', ctx.now);
      const rows = await query.execute();
      return rows.map((row) => row.language as Locale).sort();
    },
  },

  Mutation: {
    recordMaterialDownload: async (_parent, { input }, ctx) => {
      const member = ctx.requireMember();
      return ctx.db.transaction().execute(async (trx) => {
        const material = await trx
          .updateTable('materials')
          .set((eb) => ({ download_count: eb('download_count', '+', 1) }))
          .where('id', '=', input.materialId)
          .where('published_at', '<=', ctx.now)
          .returningAll()
          .executeTakeFirst();
        if (!material) throw userError('NOT_FOUND', 'Material was not found.', { field: 'materialId' });
        await trx
          .insertInto('material_downloads')
          .values({ material_id: material.id, member_id: member.memberId, partner_id: member.partnerId, at: ctx.now })
          .execute();
        return { material, url: material.file_url };
      });
    },

    upsertMaterial: async (_parent, { input }, ctx) => {
      ctx.requireSupplier();
      const { publishedAt, ...values } = validateMaterial(input);
      if (!input.id) {
        return ctx.db
          .insertInto('materials')
          .values({ id: newId('mat'), ...values, published_at: publishedAt ?? ctx.now })
          .returningAll()
          .executeTakeFirstOrThrow();
      }
      // Without a new date the original publication date stays: editing isn't republishing.
      const updated = await ctx.db
        .updateTable('materials')
        .set({ ...values, ...(publishedAt ? { published_at: publishedAt } : {}) })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw userError('NOT_FOUND', 'Material was not found.', { field: 'id' });
      return updated;
    },
  },

  Material: {
    id: (material) => material.id,
    title: (material, _args, ctx) => pick(material.title, ctx.locale),
    description: (material, _args, ctx) => pick(material.description, ctx.locale),
    type: (material) => material.type,
    productLine: (material) => material.product_line,
    language: (material) => material.language as Locale,
    format: (material) => material.format,
    // bigint: PostgreSQL hands it over as a string.
    fileSizeBytes: (material) => Number(material.file_size_bytes),
    fileUrl: (material) => material.file_url,
    previewUrl: (material) => material.preview_url,
    previewWidth: (material) => material.preview_width,
    previewHeight: (material) => material.preview_height,
    publishedAt: (material) => material.published_at,
    isNew: (material, _args, ctx) => {
      const age = ctx.now.getTime() - new Date(material.published_at).getTime();
      return age >= 0 && age < NEW_FOR_MS;
    },
    downloadCount: (material) => material.download_count,
  },
};
