import type { Kysely } from 'kysely';
import type { Database, LocalizedText } from '../store/tables.js';

/** A certificate as it is shown: to its member in the widgets, and to anyone on its public page. */
export interface CertificateRecord {
  id: string;
  issuedAt: Date;
  courseTitle: LocalizedText;
  memberName: string;
  partnerName: string;
}

/**
 * Certificate ids are 16 random bytes (`cert_` + base64url): holding one is the permission to
 * see it, so anything longer than an id can be is not looked up at all.
 */
export const MAX_CERTIFICATE_ID = 100;

/** The certificates with these ids, in one statement; unknown ids are left out. */
export async function loadCertificates(db: Kysely<Database>, ids: readonly string[]): Promise<CertificateRecord[]> {
  const wanted = ids.filter((id) => id.length <= MAX_CERTIFICATE_ID);
  if (!wanted.length) return [];
  const rows = await db
    .selectFrom('certificates as c')
    .innerJoin('courses as co', 'co.id', 'c.course_id')
    .innerJoin('members as m', 'm.id', 'c.member_id')
    .innerJoin('partners as p', 'p.id', 'c.partner_id')
    .select(['c.id', 'c.issued_at', 'co.title', 'm.name as member_name', 'p.name as partner_name'])
    .where('c.id', 'in', wanted)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    issuedAt: new Date(row.issued_at),
    courseTitle: row.title,
    memberName: row.member_name,
    partnerName: row.partner_name,
  }));
}
