import { mkdir, access, constants } from 'node:fs/promises';
import { Kysely, Migrator, PostgresDialect, sql, type LogEvent } from 'kysely';
import { PGliteDialect } from './pglite-dialect.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './tables.js';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory' };

export interface OpenDatabase {
  db: Kysely<Database>;
  target: DatabaseTarget;
  /** Statements executed so far: the N+1 tests read it. */
  readonly queryCount: number;
  close(): Promise<void>;
}

/** An error the CLI prints as one clear line instead of a stack trace. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

// int8 and numeric arrive as strings by default. Our amounts are validated to the safe-integer
// range on the way in, so numbers are exact; SUM() over bigint is numeric, hence both.
const INT8 = 20;
const NUMERIC = 1700;
const toNumber = (value: string) => Number(value);

export function targetFromEnvironment(options: { dataDir?: string; memory?: boolean }, env = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  if (options.memory) return { kind: 'pglite-memory' };
  return { kind: 'pglite', dataDir: options.dataDir ?? '.data' };
}

export async function openDatabase(target: DatabaseTarget, options: { migrate?: boolean } = {}): Promise<OpenDatabase> {
  let queryCount = 0;
  // PPK_LOG_SQL=1 prints every statement: the quickest way to see what a request costs.
  const printSql = process.env.PPK_LOG_SQL === '1';
  const log = (event: LogEvent) => {
    if (event.level === 'query') queryCount++;
    if (printSql) console.error(`[sql ${event.queryDurationMillis.toFixed(1)} ms] ${event.query.sql.replace(/\s+/g, ' ').slice(0, 200)}`);
  };
  let db: Kysely<Database>;
  try {
    if (target.kind === 'postgres') {
      const pg = (await import('pg')).default;
      const pool = new pg.Pool({
        connectionString: target.url,
        max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
        connectionTimeoutMillis: 5000,
        types: {
          getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
            oid === INT8 || oid === NUMERIC ? toNumber : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
        },
      });
      // An idle connection the server drops (a restart, a failover, an admin terminating it)
      // emits 'error' on the pool; unhandled, that would crash the process. The pool discards
      // the connection and opens a new one on demand, so a warning is all it takes.
      pool.on('error', (error) => console.warn(`PostgreSQL dropped an idle connection: ${error.message}`));
      db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
      await db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute();
    } else {
      const { PGlite } = await import('@electric-sql/pglite');
      let dataDir: string | undefined;
      if (target.kind === 'pglite') {
        dataDir = target.dataDir;
        await mkdir(dataDir, { recursive: true });
        await access(dataDir, constants.W_OK);
      }
      const pglite = await PGlite.create({ dataDir, parsers: { [INT8]: toNumber, [NUMERIC]: toNumber } });
      db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), log });
    }
  } catch (error) {
    throw new DatabaseUnavailableError(describeTarget(target) + ' is unusable: ' + ((error as Error).message || String(error)));
  }
  if (options.migrate !== false) await migrate(db);
  // PGlite runs no autovacuum, so nothing ever gathers the planner's statistics: without them it
  // guesses a handful of rows per table and picks hash joins and sorts over whole tables.
  // Gathering them on start is cheap (ANALYZE samples) and keeps plans right as data grows.
  if (target.kind !== 'postgres') await sql`ANALYZE`.execute(db);
  return {
    db,
    target,
    get queryCount() {
      return queryCount;
    },
    close: () => db.destroy(),
  };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'postgres') return `PostgreSQL at ${redactUrl(target.url)}`;
  if (target.kind === 'pglite') return `embedded database in ${target.dataDir}`;
  return 'in-memory embedded database';
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}

export async function migrate(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
