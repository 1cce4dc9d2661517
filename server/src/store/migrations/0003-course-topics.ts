import { sql, type Kysely } from 'kysely';

// Names for course topics in the program's languages, for the catalog's topic filter. Courses
// keep naming their topic by code, without a foreign key: a topic nobody named yet still works
// (its code is its name) and naming one later changes no course.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE course_topics (
    code text PRIMARY KEY,
    name jsonb NOT NULL,
    position int NOT NULL DEFAULT 0
  )`.execute(db);
}
