import { sql, type Kysely } from 'kysely';

// A video lesson's captions become a list of tracks, one per language (`[{language, url}]`),
// instead of one unlabelled address. The one address a lesson had was shown as the default
// track under "Captions" and every seeded one was English, so it moves as English.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE lessons ADD COLUMN captions jsonb NOT NULL DEFAULT '[]'::jsonb`.execute(db);
  await sql`UPDATE lessons SET captions = jsonb_build_array(jsonb_build_object('language', 'en', 'url', captions_url))
    WHERE captions_url IS NOT NULL`.execute(db);
  await sql`ALTER TABLE lessons DROP COLUMN captions_url`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE lessons ADD COLUMN captions_url text`.execute(db);
  // The English track, else the first: the one address the old column could hold.
  await sql`UPDATE lessons SET captions_url = coalesce(
      (SELECT t->>'url' FROM jsonb_array_elements(captions) AS t WHERE t->>'language' = 'en' LIMIT 1),
      captions->0->>'url')`.execute(db);
  await sql`ALTER TABLE lessons DROP COLUMN captions`.execute(db);
}
