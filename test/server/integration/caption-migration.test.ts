import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { Migrator, sql, type Kysely } from 'kysely';
import { openDatabase, type OpenDatabase } from '../../../server/src/store/open.js';
import { migrationProvider } from '../../../server/src/store/migrations/index.js';
import type { Database } from '../../../server/src/store/tables.js';
import { testTarget } from '../support/harness.js';

// A database from before caption tracks, with lessons as they were written then: migrating it
// keeps every lesson's captions (as English, the language all of them were), and going back
// restores the one address.

let database: OpenDatabase;
let dropDatabase: () => Promise<void>;
let db: Kysely<Database>;
let migrator: Migrator;
before(async () => {
  const test = await testTarget();
  dropDatabase = test.dropDatabase;
  database = await openDatabase(test.target, { migrate: false });
  db = database.db;
  migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateTo('0005-ledger-version');
  if (error) throw error;
  await sql`INSERT INTO courses (id, title, summary, topic, level, points_reward)
    VALUES ('crs_old', '{"en":"Old course"}', '{"en":"From before"}', 'sales', 'BEGINNER', 10)`.execute(db);
  await sql`INSERT INTO lessons (id, course_id, position, title, kind, video_url, captions_url, duration_minutes) VALUES
    ('les_captioned', 'crs_old', 1, '{"en":"With captions"}', 'VIDEO', 'https://video.example/a.mp4', 'https://video.example/a.vtt', 5),
    ('les_silent', 'crs_old', 2, '{"en":"Without"}', 'VIDEO', 'https://video.example/b.mp4', NULL, 5),
    ('les_text', 'crs_old', 3, '{"en":"Text"}', 'TEXT', NULL, NULL, 5)`.execute(db);
});
after(async () => {
  await database.close();
  await dropDatabase();
});

it('moves each lesson’s captions address into its list of tracks, as English', async () => {
  const { error, results } = await migrator.migrateTo('0006-caption-tracks');
  assert.ifError(error);
  assert.deepEqual(results?.map((result) => result.migrationName), ['0006-caption-tracks']);
  const rows = await db.selectFrom('lessons').select(['id', 'captions']).orderBy('position').execute();
  assert.deepEqual(rows, [
    { id: 'les_captioned', captions: [{ language: 'en', url: 'https://video.example/a.vtt' }] },
    { id: 'les_silent', captions: [] },
    { id: 'les_text', captions: [] },
  ]);
});

it('going back keeps one address per lesson: the English track, else the first', async () => {
  await db.updateTable('lessons').set({ captions: JSON.stringify([{ language: 'th', url: 'https://video.example/b.th.vtt' }, { language: 'en', url: 'https://video.example/b.en.vtt' }]) }).where('id', '=', 'les_silent').execute();
  await db.updateTable('lessons').set({ captions: JSON.stringify([{ language: 'nb', url: 'https://video.example/c.nb.vtt' }]) }).where('id', '=', 'les_text').execute();
  const { error } = await migrator.migrateDown();
  assert.ifError(error);
  const { rows } = await sql<{ id: string; captions_url: string | null }>`SELECT id, captions_url FROM lessons ORDER BY position`.execute(db);
  assert.deepEqual(rows, [
    { id: 'les_captioned', captions_url: 'https://video.example/a.vtt' },
    { id: 'les_silent', captions_url: 'https://video.example/b.en.vtt' },
    { id: 'les_text', captions_url: 'https://video.example/c.nb.vtt' },
  ]);
});
