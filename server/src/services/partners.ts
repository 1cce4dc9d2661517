import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, MemberRow, PartnerRow } from '../store/tables.js';
import { normalizeDomain } from '../domain/referrals.js';
import { badInput, userError, isUniqueViolation, withDomainErrors } from '../graphql/errors.js';

/** Short, unguessable ids with a readable type prefix (`ptn_…`, `mem_…`). */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,63}$/;

export async function createPartner(
  db: Kysely<Database>,
  input: { id?: string; name: string; domain: string; joinedAt: Date; leaderboardOptIn?: boolean },
): Promise<PartnerRow> {
  const name = input.name.trim();
  if (!name || name.length > 120) throw badInput('A partner name is 1–120 characters.', { field: 'name' });
  const domain = await withDomainErrors(() => normalizeDomain(input.domain));
  try {
    return await db.transaction().execute(async (trx) => {
      const partner = await trx
        .insertInto('partners')
        .values({ id: input.id ?? newId('ptn'), name, domain, joined_at: input.joinedAt, leaderboard_opt_in: input.leaderboardOptIn ?? false })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx.insertInto('point_accounts').values({ partner_id: partner.id, next_settle_at: null }).execute();
      return partner;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw userError('BAD_USER_INPUT', `A partner with the domain ${domain} already exists.`, { field: 'domain' });
    throw error;
  }
}

export async function createMember(
  db: Kysely<Database>,
  input: { id?: string; partnerId: string; name: string; email: string; role: 'OWNER' | 'STAFF' },
): Promise<MemberRow> {
  const name = input.name.trim();
  if (!name || name.length > 120) throw badInput('A member name is 1–120 characters.', { field: 'name' });
  if (!EMAIL.test(input.email) || input.email.length > 254) throw badInput('That is not an email address.', { field: 'email' });
  const partner = await db.selectFrom('partners').select('id').where('id', '=', input.partnerId).executeTakeFirst();
  if (!partner) throw userError('NOT_FOUND', 'Partner was not found.', { field: 'partnerId' });
  return db
    .insertInto('members')
    .values({ id: input.id ?? newId('mem'), partner_id: input.partnerId, name, email: input.email.toLowerCase(), role: input.role })
    .returningAll()
    .executeTakeFirstOrThrow();
}
