/**
 * `npm run bench`: latency of the dashboard query and of a redemption, and the dashboard's
 * throughput as a ratio to a trivial graphql-yoga server measured in the same run (so the
 * figure says what our resolvers and database cost, not how fast this machine is).
 * Runs on in-memory PGlite, and on PostgreSQL too when DATABASE_URL is set.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { startServer, type RunningServer } from '../server/src/app.js';
import { generateSecretKey } from '../server/src/auth/secret-key.js';
import { seedDemo, DEMO_PERSONAS } from '../server/src/seed/demo.js';
import { rewardId } from '../server/src/seed/demo-catalog.js';
import type { DatabaseTarget } from '../server/src/store/open.js';

const DASHBOARD = `{ viewer { member { id name } partner { id name tier { code name color benefits { label } }
  tierProgress { current { code } next { code name } spend { amountMinor currency } remaining { amountMinor } progressPct }
  points { available pending expiringSoon expiringSoonDate }
  ledger(first: 20) { nodes { id type points reason source { kind reference } member { name } createdAt } } } } }`;
const REDEEM = `mutation($i: RedeemRewardInput!) { redeemReward(input: $i) { redemption { id status } points { available } } }`;

const WARMUP = 50;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 500);
const THROUGHPUT_MS = Number(process.env.BENCH_THROUGHPUT_MS ?? 5000);
const CONCURRENCY = 8;

async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function latency(label: string, count: number, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await run(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { label, p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Requests per second with CONCURRENCY requests in flight for THROUGHPUT_MS. */
async function throughput(run: () => Promise<unknown>) {
  let done = 0;
  const until = performance.now() + THROUGHPUT_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await run();
        done++;
      }
    }),
  );
  return done / (THROUGHPUT_MS / 1000);
}

async function trivialYoga() {
  const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }), logging: false });
  const http = createServer(yoga);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`, close: () => new Promise<void>((r) => http.close(() => r())) };
}

async function benchTarget(name: string, target: DatabaseTarget, baselineRps: number) {
  const secretKey = generateSecretKey();
  const server: RunningServer = await startServer({ target, secretKey, mode: 'production', prepare: async ({ db }) => void (await seedDemo(db, { now: new Date() })) });
  try {
    const gold = DEMO_PERSONAS.find((p) => p.key === 'gold')!;
    const platinum = DEMO_PERSONAS.find((p) => p.key === 'platinum')!;
    const now = new Date();
    const goldToken = (await server.deps.tokens.issue({ partnerId: gold.partnerId, memberId: gold.memberId }, now, 900)).token;
    const platinumToken = (await server.deps.tokens.issue({ partnerId: platinum.partnerId, memberId: platinum.memberId }, now, 900)).token;
    const dashboard = await latency('dashboard', SAMPLES, () => post(server.url, { query: DASHBOARD }, goldToken));
    const reward = rewardId('NL-MER-001');
    const runId = Date.now().toString(36);
    const redemption = await latency('redemption', Math.min(SAMPLES, 300), (i) =>
      post(server.url, { query: REDEEM, variables: { i: { rewardId: reward, idempotencyKey: `bench-${runId}-${i}`, quantity: 1 } } }, platinumToken),
    );
    const rps = await throughput(() => post(server.url, { query: DASHBOARD }, goldToken));
    return { name, dashboard, redemption, rps, ratio: rps / baselineRps };
  } finally {
    await server.close();
  }
}

const baseline = await trivialYoga();
const baselineRps = await throughput(() => post(baseline.url, { query: '{ hello }' }));
await baseline.close();

const results = [await benchTarget('PGlite (in memory)', { kind: 'pglite-memory' }, baselineRps)];
if (process.env.DATABASE_URL) {
  // A throwaway database, so the benchmark never writes into one that holds data.
  const pg = (await import('pg')).default;
  const name = `ppk_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  try {
    results.push(await benchTarget('PostgreSQL', { kind: 'postgres', url: url.toString() }, baselineRps));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
else console.log('DATABASE_URL is not set: PostgreSQL skipped.');

const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(`\nServer benchmark (${SAMPLES} sequential samples, throughput with ${CONCURRENCY} in flight for ${THROUGHPUT_MS / 1000} s)`);
console.log(`trivial graphql-yoga server: ${baselineRps.toFixed(0)} req/s\n`);
console.log('| Database | dashboard p50 | dashboard p95 | redemption p50 | redemption p95 | dashboard req/s | vs trivial yoga |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.name} | ${ms(r.dashboard.p50)} | ${ms(r.dashboard.p95)} | ${ms(r.redemption.p50)} | ${ms(r.redemption.p95)} | ${r.rps.toFixed(0)} | ${(r.ratio * 100).toFixed(0)} % |`);
}
const pglite = results[0]!;
console.log(`\nTargets on PGlite: dashboard p95 ≤ 10 ms (${pglite.dashboard.p95 <= 10 ? 'met' : 'MISSED'}), redemption p95 ≤ 25 ms (${pglite.redemption.p95 <= 25 ? 'met' : 'MISSED'}).`);
