import { sql, type Kysely } from 'kysely';

// A referral may carry the member's idempotency key: the form sends the same key when it sends
// the same referral again (after a lost answer), and gets the referral it recorded the first
// time. Unique per member, so two of one member's submissions can't share a key.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE referrals ADD COLUMN idempotency_key text, ADD COLUMN request_hash text`.execute(db);
  await sql`CREATE UNIQUE INDEX referrals_member_idempotency ON referrals(member_id, idempotency_key) WHERE idempotency_key IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX referrals_member_idempotency`.execute(db);
  await sql`ALTER TABLE referrals DROP COLUMN idempotency_key, DROP COLUMN request_hash`.execute(db);
}
