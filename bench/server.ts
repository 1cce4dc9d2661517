/**
 * `npm run bench`: latency of the dashboard query and of a redemption, and the dashboard's
 * throughput as a ratio to a trivial graphql-yoga server measured in the same run (so the
 * figure says what our resolvers and database cost, not how fast this machine is).
 * Runs on in-memory PGlite, and on PostgreSQL too when DATABASE_URL is set.
 */
import { Agent, request as httpRequest } from 'node:http';
import { Worker } from 'node:worker_threads';
import { rewardId } from '../server/src/seed/demo-catalog.js';
import type { DatabaseTarget } from '../server/src/store/open.js';
import type { Ready, UnderTest } from './server-under-test.js';

const DASHBOARD = `{ viewer { member { id name } partner { id name tier { code name color benefits { label } }
  tierProgress { current { code } next { code name } spend { amountMinor currency } remaining { amountMinor } progressPct }
  points { available pending expiringSoon expiringSoonDate }
  ledger(first: 20) { nodes { id type points reason source { kind reference } member { name } createdAt } } } } }`;
const REDEEM = `mutation($i: RedeemRewardInput!) { redeemReward(input: $i) { redemption { id status } points { available } } }`;

const WARMUP = 50;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 500);
const THROUGHPUT_MS = Number(process.env.BENCH_THROUGHPUT_MS ?? 5000);
const CONCURRENCY = 8;

// Node's http client with kept-alive connections: fetch (undici's web API) spends more of each
// request in the client than the server spends answering a small query.
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(url: string, body: unknown, token?: string): Promise<{ errors?: unknown[] }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: unknown[] };
          if (json.errors) reject(new Error(JSON.stringify(json.errors)));
          else resolve(json);
        } catch (error) {
          reject(error);
        }
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
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

/** Starts the server under test in its own thread; `close()` stops it and the thread. */
async function serve(subject: UnderTest): Promise<Ready & { close(): Promise<void> }> {
  // Node 20 doesn't hand `--import tsx` to a worker's entry module: register tsx in the worker first.
  const entry = new URL('./server-under-test.ts', import.meta.url).href;
  const source = `import('tsx/esm/api').then(({ register }) => (register(), import(${JSON.stringify(entry)})))`;
  const worker = new Worker(source, { eval: true, workerData: subject });
  const ready = await new Promise<Ready>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the server under test exited (${code}) before it was ready`)));
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return { ...ready, close: () => (worker.postMessage('close'), exited) };
}

async function benchTarget(name: string, target: DatabaseTarget, baselineRps: number) {
  const server = await serve({ kind: 'loyalty', target });
  try {
    const dashboard = await latency('dashboard', SAMPLES, () => post(server.url, { query: DASHBOARD }, server.tokens.gold));
    const reward = rewardId('NL-MER-001');
    const runId = Date.now().toString(36);
    const redemption = await latency('redemption', Math.min(SAMPLES, 300), (i) =>
      post(server.url, { query: REDEEM, variables: { i: { rewardId: reward, idempotencyKey: `bench-${runId}-${i}`, quantity: 1 } } }, server.tokens.platinum),
    );
    const rps = await throughput(() => post(server.url, { query: DASHBOARD }, server.tokens.gold));
    return { name, dashboard, redemption, rps, ratio: rps / baselineRps };
  } finally {
    await server.close();
  }
}

const baseline = await serve({ kind: 'trivial' });
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
