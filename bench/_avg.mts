import { startServer } from '../server/src/app.js';
import { generateSecretKey } from '../server/src/auth/secret-key.js';
import { seedDemo, DEMO_PERSONAS } from '../server/src/seed/demo.js';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
const server = await startServer({ target: { kind: 'pglite-memory' }, secretKey: generateSecretKey(), mode: 'production', prepare: async ({ db }) => void (await seedDemo(db, { now: new Date() })) });
const p = DEMO_PERSONAS.find((p) => p.key === 'gold')!;
const tok = (await server.deps.tokens.issue({ partnerId: p.partnerId, memberId: p.memberId }, new Date(), 900)).token;
const Q = `{ viewer { member { id name } partner { id name tier { code name color benefits { label } }
  tierProgress { current { code } next { code name } spend { amountMinor currency } remaining { amountMinor } progressPct }
  points { available pending expiringSoon expiringSoonDate }
  ledger(first: 20) { nodes { id type points reason source { kind reference } member { name } createdAt } } } } }`;
const run = async () => { const r = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tok}` }, body: JSON.stringify({ query: Q }) }); await r.json(); };
for (let i = 0; i < 200; i++) await run();

const t0 = performance.now();
const ts: number[] = []; for (let i = 0; i < 2000; i++) { const a = performance.now(); await run(); ts.push(performance.now() - a); } ts.sort((a, b) => a - b); console.log("p50", ts[999].toFixed(2), "p95", ts[1899].toFixed(2));
console.log('avg', ((performance.now() - t0) / 2000).toFixed(2));


await server.close();
