import { sql, type Kysely } from 'kysely';

// Names for the program's product groups in its languages ("Power tools", "เครื่องมือไฟฟ้า"…),
// for promotions ("+10 % on power tools"). Promotions keep naming their groups by code, without
// a foreign key: a group nobody named yet still works (its code is its name).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE product_groups (
    code text PRIMARY KEY,
    name jsonb NOT NULL,
    position int NOT NULL DEFAULT 0
  )`.execute(db);
}
