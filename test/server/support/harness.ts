import { randomBytes } from 'node:crypto';
import { startServer, type RunningServer } from '../../../server/src/app.js';
import { generateSecretKey } from '../../../server/src/auth/secret-key.js';
import type { DatabaseTarget } from '../../../server/src/store/open.js';
import { seedBaseProgram, type BaseProgram } from './base-program.js';
import { seedDemo } from '../../../server/src/seed/demo.js';

/**
 * Starts the real server for a test file: in-memory PGlite by default, or a fresh database on
 * the PostgreSQL server at DATABASE_URL when TEST_DATABASE=postgres (dropped at the end).
 */

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
}

export class TestClock {
  constructor(public current: Date) {}
  now = () => new Date(this.current);
  set(date: Date | string) {
    this.current = new Date(date);
  }
  advanceDays(days: number) {
    this.current = new Date(this.current.getTime() + days * 86_400_000);
  }
}

export interface TestServer {
  url: string;
  server: RunningServer;
  clock: TestClock;
  secretKey: string;
  base: BaseProgram;
  /** As the supplier (secret key). */
  admin<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** As a partner member (a fresh widget token). */
  member<T = any>(memberId: string, query: string, variables?: Record<string, unknown>, locale?: string): Promise<GraphQLResponse<T>>;
  tokenFor(memberId: string, ttlSeconds?: number): Promise<string>;
  /** Raw POST with any headers: for auth and protocol tests. */
  post<T = any>(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLResponse<T> }>;
  close(): Promise<void>;
}

export const usingPostgres = () => process.env.TEST_DATABASE === 'postgres';

export async function startTestServer(options: { now?: Date | string; seed?: 'base' | 'none' | 'demo' } = {}): Promise<TestServer> {
  const clock = new TestClock(new Date(options.now ?? '2026-11-23T12:00:00.000Z'));
  const secretKey = generateSecretKey();
  const { target, dropDatabase } = await testTarget();
  let base!: BaseProgram;
  const server = await startServer({
    target,
    secretKey,
    now: clock.now,
    mode: 'development',
    prepare: async ({ db }) => {
      if (options.seed === 'demo') await seedDemo(db, { now: clock.now() });
      else if (options.seed !== 'none') base = await seedBaseProgram(db, clock.now());
    },
  });

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: GraphQLResponse;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`Not JSON (${response.status}): ${text.slice(0, 200)}`);
    }
    return { status: response.status, body: parsed };
  };

  const tokenFor = async (memberId: string, ttlSeconds = 900) => {
    const member = await server.deps.db.selectFrom('members').select('partner_id').where('id', '=', memberId).executeTakeFirstOrThrow();
    return (await server.deps.tokens.issue({ partnerId: member.partner_id, memberId }, clock.now(), ttlSeconds)).token;
  };

  return {
    url: server.url,
    server,
    clock,
    secretKey,
    get base() {
      return base;
    },
    admin: async (query, variables) => (await post({ query, variables }, { authorization: `Bearer ${secretKey}` })).body,
    member: async (memberId, query, variables, locale) =>
      (
        await post(
          { query, variables },
          { authorization: `Bearer ${await tokenFor(memberId)}`, ...(locale ? { 'accept-language': locale } : {}) },
        )
      ).body,
    tokenFor,
    post,
    async close() {
      await server.close();
      await dropDatabase();
    },
  };
}

/** In-memory PGlite, or a fresh database on the PostgreSQL server when TEST_DATABASE=postgres. */
export async function testTarget(): Promise<{ target: DatabaseTarget; dropDatabase: () => Promise<void> }> {
  if (!usingPostgres()) return { target: { kind: 'pglite-memory' }, dropDatabase: async () => {} };
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE=postgres needs DATABASE_URL');
  const pg = (await import('pg')).default;
  const name = `ppk_test_${randomBytes(6).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: url });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  await adminClient.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: testUrl.toString() },
    dropDatabase: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Throws with the server's errors unless the response has data and no errors. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error('GraphQL errors: ' + JSON.stringify(response.errors ?? response, null, 2));
  }
  return response.data;
}

/** The `extensions.code` of the first error (undefined when the call succeeded). */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
