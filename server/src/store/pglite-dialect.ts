import { protocol, type PGlite } from '@electric-sql/pglite';
import {
  type CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import { exchange } from './pglite-wire.js';

/**
 * A Kysely dialect for PGlite. PGlite is one connection, so the driver hands out that
 * connection to one user at a time: a transaction holds it from BEGIN to COMMIT and every
 * other query waits its turn. (kysely-pglite 0.6 neither serializes transactions nor reports
 * updated row counts, which our guarded updates rely on.) Statements are prepared once and run
 * in one exchange each (see PGliteConnection): on the dashboard that halves the time in PGlite.
 */
export class PGliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pglite);
  }
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PGliteDriver implements Driver {
  private readonly connection: PGliteConnection;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {
    this.connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.connection.release = release;
    return this.connection;
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PGliteConnection).release?.();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).control('BEGIN');
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).control('COMMIT');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as PGliteConnection).control('ROLLBACK');
  }

  async destroy(): Promise<void> {
    await this.queue;
    if (!this.pglite.closed) await this.pglite.close();
  }
}

/** How many prepared statements to keep before starting over (`in` lists vary in length). */
const STATEMENTS_KEPT = 1000;

/** Statements that change the schema: prepared plans made before them may no longer fit. */
const SCHEMA_CHANGE = /^\s*(create|alter|drop|do)\b/i;

/**
 * What PostgreSQL answers when a prepared statement no longer fits (`0A000`: "cached plan must
 * not change result type", after a schema change the driver didn't see — one behind a comment,
 * or rolled back) or is gone (`26000`).
 */
const STALE_STATEMENT = new Set(['0A000', '26000']);

class PGliteConnection implements DatabaseConnection {
  release?: () => void;
  /** Prepared statements by SQL text: their names and parameter types (OIDs). */
  private readonly statements = new Map<string, { name: string; types: number[] }>();
  private prepared = 0;
  /** One statement at a time, also within a transaction (`Promise.all` on one `trx`). */
  private running: Promise<unknown> = Promise.resolve();
  constructor(private readonly pglite: PGlite) {}

  /**
   * One trip into the database per statement, planned once. `PGlite.query()` makes six trips
   * (parse, describe, bind, describe, execute, sync) and parses and plans every time; each trip
   * costs more than a small indexed read itself. Here each SQL text is prepared once as a named
   * statement (which also tells its parameter types, needed to encode the values exactly as
   * `query()` would), and every execution is one message: bind, describe, execute, sync.
   */
  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    return this.serially(async () => {
      const { sql } = compiledQuery;
      // Up front, so a migration's later statements in the same transaction see the new table.
      if (SCHEMA_CHANGE.test(sql)) await this.forgetStatements();
      try {
        return await this.execute<R>(compiledQuery);
      } catch (error) {
        if (!STALE_STATEMENT.has((error as { code?: string }).code ?? '')) throw error;
        // Prepared anew next time; now too when no transaction is open (inside one, the error
        // has already aborted it: the caller retries the transaction or fails).
        this.statements.delete(sql);
        if (this.pglite.isInTransaction()) throw error;
        return this.execute<R>(compiledQuery);
      }
    });
  }

  /**
   * BEGIN, COMMIT and ROLLBACK as simple queries: they work in any state (ROLLBACK in a failed
   * transaction, where nothing can be prepared) and need no prepared statement.
   */
  control(command: 'BEGIN' | 'COMMIT' | 'ROLLBACK'): Promise<void> {
    return this.serially(async () => void (await exchange(this.pglite, protocol.serialize.query(command))));
  }

  private serially<T>(run: () => Promise<T>): Promise<T> {
    const result = this.running.then(run, run);
    this.running = result.catch(() => undefined);
    return result;
  }

  private async execute<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const statement = await this.prepare(compiledQuery.sql);
    const values = compiledQuery.parameters.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serialize = this.pglite.serializers[statement.types[i]!];
      return serialize ? serialize(value) : String(value);
    });
    const { serialize } = protocol;
    const message = concat([serialize.bind({ statement: statement.name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()]);
    const { rows, affectedRows } = await exchange(this.pglite, message);
    return { rows: rows as R[], ...(affectedRows !== undefined ? { numAffectedRows: BigInt(affectedRows) } : {}) };
  }

  private async prepare(sql: string) {
    let statement = this.statements.get(sql);
    if (!statement) {
      // Starting over only outside a transaction: DEALLOCATE fails in a failed one.
      if (this.statements.size >= STATEMENTS_KEPT && !this.pglite.isInTransaction()) await this.forgetStatements();
      const name = `ppk_${++this.prepared}`;
      const { serialize } = protocol;
      const described = await exchange(this.pglite, concat([serialize.parse({ name, text: sql }), serialize.describe({ type: 'S', name }), serialize.sync()]));
      statement = { name, types: described.parameterTypes ?? [] };
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** Drops every prepared statement; the map is cleared once the database has dropped them. */
  private async forgetStatements() {
    if (this.statements.size === 0) return;
    await exchange(this.pglite, protocol.serialize.query('DEALLOCATE ALL'));
    this.statements.clear();
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not stream query results');
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
