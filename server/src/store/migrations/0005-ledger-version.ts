import { sql, type Kysely } from 'kysely';

// A counter every ledger write to the account moves (a credit, a debit, a release): readers that
// keep something derived from a partner's ledger between requests (its open lots, for the
// "expiring soon" summary) know from one column whether it is still true.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE point_accounts ADD COLUMN ledger_version bigint NOT NULL DEFAULT 0`.execute(db);
}
