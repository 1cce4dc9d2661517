import { it } from 'node:test';
import assert from 'node:assert/strict';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from '../../server/src/store/pglite-dialect.js';

// The PGlite driver keeps at most 1,000 prepared statements and starts over when it needs
// another. A transaction that failed once made it start over at the worst moment: preparing
// ROLLBACK in the failed transaction, where DEALLOCATE is refused — the ROLLBACK was never sent
// and every statement after it failed (25P02) until the process restarted. The steps below
// fill the statements kept to exactly the limit (a fresh database, counted as that driver
// counted) before the transaction fails.
it('a transaction that fails when the statements kept are at their limit rolls back, and the database works on', async () => {
  const pglite = await PGlite.create();
  const db = new Kysely<any>({ dialect: new PGliteDialect(pglite) });
  try {
    await sql`CREATE TABLE t (id int PRIMARY KEY)`.execute(db);
    await sql`INSERT INTO t VALUES (1)`.execute(db);
    await db.transaction().execute(async (trx) => void (await sql`SELECT 1`.execute(trx)));
    await db.transaction().execute(async (trx) => void (await sql`SELECT 2`.execute(trx)));
    for (let i = 0; i < 993; i++) await sql`SELECT ${sql.lit(i)}::int AS x`.execute(db);
    const duplicate = (on: Kysely<any>) => sql`INSERT INTO t VALUES (${1})`.execute(on);
    await assert.rejects(duplicate(db), (error: { code?: string }) => error.code === '23505');
    await assert.rejects(
      db.transaction().execute(async (trx) => void (await duplicate(trx))),
      (error: { code?: string }) => error.code === '23505',
    );
    assert.equal(pglite.isInTransaction(), false);
    assert.deepEqual((await sql`SELECT 1 AS ok`.execute(db)).rows, [{ ok: 1 }]);
    await db.transaction().execute(async (trx) => void (await sql`INSERT INTO t VALUES (${2})`.execute(trx)));
    assert.deepEqual((await sql`SELECT count(*)::int AS n FROM t`.execute(db)).rows, [{ n: 2 }]);
  } finally {
    await db.destroy();
  }
});
