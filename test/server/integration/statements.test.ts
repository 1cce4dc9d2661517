import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type OpenDatabase } from '../../../server/src/store/open.js';
import type { Database } from '../../../server/src/store/tables.js';
import { testTarget } from '../support/harness.js';

// The same statements on both databases; on PGlite they go through our driver, which prepares
// each SQL text once and reads the answers itself. What it must not change: values come back
// typed as before, errors keep their SQLSTATE, a failed statement leaves the connection usable,
// and a statement prepared before the schema changed still answers with the schema of now.

let database: OpenDatabase;
let dropDatabase: () => Promise<void>;
let db: Kysely<Database>;
before(async () => {
  const test = await testTarget();
  dropDatabase = test.dropDatabase;
  database = await openDatabase(test.target);
  db = database.db as Kysely<Database>;
  await sql`CREATE TABLE statement_probe (id int PRIMARY KEY, label text NOT NULL, at timestamptz, big bigint, tags text[], doc jsonb)`.execute(db);
});
after(async () => {
  await sql`DROP TABLE IF EXISTS statement_probe`.execute(db);
  await database.close();
  await dropDatabase();
});

const probe = (id: number) => sql<Record<string, unknown>>`SELECT * FROM statement_probe WHERE id = ${id}`.execute(db);

it('encodes parameters and decodes columns by their types, the same on every execution', async () => {
  const at = new Date('2026-03-01T10:15:00.000Z');
  for (const id of [1, 2]) {
    const inserted = await sql`INSERT INTO statement_probe (id, label, at, big, tags, doc)
      VALUES (${id}, ${`row ${id}`}, ${at}, ${9007199254740991}, ${['a', 'b,c', 'd"e']}, ${JSON.stringify({ points: id * 10, note: 'ø ไทย' })})`.execute(db);
    assert.equal(inserted.numAffectedRows, 1n);
  }
  for (const id of [1, 2]) {
    const { rows } = await probe(id);
    assert.deepEqual(rows, [{ id, label: `row ${id}`, at, big: 9007199254740991, tags: ['a', 'b,c', 'd"e'], doc: { points: id * 10, note: 'ø ไทย' } }]);
  }
  const nulls = await sql`SELECT ${null}::text AS nothing, count(*) AS n FROM statement_probe WHERE label = ${'no such row'}`.execute(db);
  assert.deepEqual(nulls.rows, [{ nothing: null, n: 0 }]);
  const updated = await sql`UPDATE statement_probe SET label = label || ${'!'} WHERE id > ${0}`.execute(db);
  assert.equal(updated.numAffectedRows, 2n);
});

it('keeps the SQLSTATE of a failed statement, and the connection works on', async () => {
  const duplicate = sql`INSERT INTO statement_probe (id, label) VALUES (${1}, ${'again'})`.execute(db);
  await assert.rejects(duplicate, (error: { code?: string }) => error.code === '23505');
  await assert.rejects(sql`SELECT nonexistent_column FROM statement_probe`.execute(db), (error: { code?: string }) => error.code === '42703');
  assert.equal((await probe(1)).rows.length, 1);
});

it('rolls a failed transaction back whole and leaves no transaction open', async () => {
  await assert.rejects(
    db.transaction().execute(async (trx) => {
      await sql`INSERT INTO statement_probe (id, label) VALUES (${3}, ${'inside'})`.execute(trx);
      await sql`INSERT INTO statement_probe (id, label) VALUES (${3}, ${'twice'})`.execute(trx);
    }),
    (error: { code?: string }) => error.code === '23505',
  );
  assert.equal((await probe(3)).rows.length, 0);
  await sql`INSERT INTO statement_probe (id, label) VALUES (${3}, ${'after'})`.execute(db);
  assert.equal((await probe(3)).rows[0]?.label, 'after');
});

it('answers with the columns of now after the table changes under a prepared statement', async () => {
  assert.equal('extra' in (await probe(1)).rows[0]!, false);
  await sql`ALTER TABLE statement_probe ADD COLUMN extra int NOT NULL DEFAULT 7`.execute(db);
  assert.equal((await probe(1)).rows[0]?.extra, 7);
  await sql`ALTER TABLE statement_probe DROP COLUMN label`.execute(db);
  assert.equal('label' in (await probe(1)).rows[0]!, false);
});

it('answers with the columns of now after a schema change it could not see coming: behind a comment, or rolled back', async () => {
  await sql.raw(`-- a column for the test\nALTER TABLE statement_probe ADD COLUMN hidden int NOT NULL DEFAULT 3`).execute(db);
  assert.equal((await probe(1)).rows[0]?.hidden, 3);
  await assert.rejects(
    db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE statement_probe ADD COLUMN doomed int`.execute(trx);
      assert.equal('doomed' in (await sql<Record<string, unknown>>`SELECT * FROM statement_probe WHERE id = ${1}`.execute(trx)).rows[0]!, true);
      throw new Error('changed my mind');
    }),
    /changed my mind/,
  );
  assert.equal('doomed' in (await probe(1)).rows[0]!, false);
});

it('runs more distinct statements than it keeps prepared, each one right', async () => {
  for (let n = 1; n <= 1100; n++) {
    // A different SQL text each time, as `in` lists of different lengths are.
    const ids = Array.from({ length: (n % 5) + 1 }, (_, i) => i + 1);
    const { rows } = await sql<{ n: number; tag: number }>`SELECT count(*) AS n, ${sql.lit(n)}::int AS tag FROM statement_probe WHERE id IN (${sql.join(ids)})`.execute(db);
    assert.deepEqual(rows, [{ n: Math.min(ids.length, 3), tag: n }]);
  }
});
