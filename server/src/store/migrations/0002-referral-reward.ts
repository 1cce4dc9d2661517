import { sql, type Kysely } from 'kysely';

// The reward a referral usually earns, announced to members before they refer (nullable: a
// program may decide each reward by hand).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE program ADD COLUMN referral_reward_points int CHECK (referral_reward_points > 0)`.execute(db);
}
