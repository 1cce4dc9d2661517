// Size budgets, gzip level 9, of the bundles a page loads (elements registered, Lit and the
// client included; English inline) and of each chunk fetched on demand (a locale's texts, the
// virtual list of a long catalog). `npm test` enforces them; `npm run bench` (`--report`) also prints what each part
// of the platform costs and what each element adds to the CDN bundle, measured by leaving parts
// out of the same build.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './build-bundle.mjs';

const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
const litLibraries = ['@lit/context', '@lit/task'];
const external = (packages) => (id) => packages.some((name) => id === name || id.startsWith(`${name}/`));

// Issue #7's goals: 35 KB for every element together, Lit and the client included, and 10 KB
// for the shared core. The first is not met: its ceiling sits just above what the bundle is,
// so it cannot grow unnoticed, and the goal is printed with what is left to find (raised from
// 47.0 to 48.0 on 2026-12-06: 0.4 KB for the redeem dialog's quantity limit and done state and
// English/Norwegian singulars, 0.4 KB for what the lists, the course player and the tier bar
// say to screen readers). The core is measured as the npm package ships it — Lit, @lit/context
// and @lit/task are the package's dependencies, not its code (graphql-request, which it
// vendors, counts) — and, for the record, as a page loads it from the CDN with them (6.1 +
// 1.4 KB more; no goal).
const BUDGETS = [
  { name: 'shared core, as the npm package ships it', entry: 'bench/bundles/core.ts', bytes: 9.75 * 1024, goal: 10 * 1024, external: external([...lit, ...litLibraries]) },
  { name: 'shared core with Lit, @lit/context and @lit/task', entry: 'bench/bundles/core.ts', bytes: 16.5 * 1024 },
  { name: 'platform: provider, client, tier and points widgets', entry: 'bench/bundles/platform.ts', bytes: 25 * 1024 },
  { name: 'every element (the CDN bundle)', entry: 'src/all.ts', bytes: 48 * 1024, goal: 35 * 1024 },
];

const CHUNK_BUDGET = 10 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let over = false;
const results = [];
for (const budget of BUDGETS) {
  const built = await bundle(budget.entry, { external: budget.external ?? [] });
  results.push({ ...budget, built });
  if (built.gzip > budget.bytes) over = true;
  for (const chunk of built.chunks) if (chunk.gzip > CHUNK_BUDGET) over = true;
}

if (process.argv.includes('--report')) {
  const platform = BUDGETS.findIndex((budget) => budget.entry === 'bench/bundles/platform.ts');
  const { entry } = BUDGETS[platform];
  const all = results[platform].built;
  const withoutLit = await bundle(entry, { external: external(lit) });
  const withoutLitLibraries = await bundle(entry, { external: external([...lit, ...litLibraries]) });
  const withoutTransport = await bundle(entry, { external: external([...lit, ...litLibraries, 'graphql-request']) });
  const clientOnly = await bundle('src/client/client.ts', { external: external(['graphql-request']) });
  console.log('\nThe platform bundle by part, gzip -9 (parts overlap slightly: gzip shares a dictionary):');
  for (const [name, bytes] of [
    ['lit', all.gzip - withoutLit.gzip],
    ['@lit/context + @lit/task', withoutLit.gzip - withoutLitLibraries.gzip],
    ['graphql-request (graphql parser stubbed out)', withoutLitLibraries.gzip - withoutTransport.gzip],
    ['our client (batching, cache, token refresh)', clientOnly.gzip],
    ['provider, 4 elements, English texts, styles', withoutTransport.gzip - clientOnly.gzip],
  ]) {
    console.log(`  ${name.padEnd(52)} ${kb(bytes).padStart(8)}`);
  }
  console.log("\nWhat each element adds to the CDN bundle (its code, English texts, styles, queries), gzip -9:");
  for (const [name, bytes] of await elementCosts()) console.log(`  ${name.padEnd(52)} ${kb(bytes).padStart(8)}`);
  console.log('');
}
for (const { name, bytes, goal, built } of results) {
  const verdict = built.gzip > bytes ? 'OVER BUDGET' : 'ok';
  console.log(`  ${name.padEnd(52)} ${kb(built.gzip).padStart(8)}  (budget ${kb(bytes)}, ${kb(built.bytes)} minified) ${verdict}`);
  if (goal) console.log(built.gzip > goal ? `    goal ${kb(goal)} (issue #7) not met yet: ${kb(built.gzip - goal)} to find` : `    goal ${kb(goal)} (issue #7) met`);
  for (const chunk of built.chunks) {
    const chunkVerdict = chunk.gzip > CHUNK_BUDGET ? 'OVER BUDGET' : 'ok';
    console.log(`    + ${`${chunk.name} chunk, fetched when needed`.padEnd(48)} ${kb(chunk.gzip).padStart(8)}  (budget ${kb(CHUNK_BUDGET)}) ${chunkVerdict}`);
  }
}
if (over) {
  console.error('A bundle is over its size budget.');
  process.exit(1);
}

/**
 * Each element's cost: the CDN bundle built without it (its registration, its class in the
 * exports, its styles) subtracted from the bundle built the same way with it.
 */
async function elementCosts() {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const lines = ['all.ts', 'index.ts'].flatMap((file) => readFileSync(join(src, file), 'utf8').split('\n')).filter((line) => !line.includes("'./index.js'"));
  const names = lines.map((line) => /^import '\.\/elements\/([^/]+)\/partner-/.exec(line)?.[1]).filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'ppk-size-'));
  const build = async (leftOut) => {
    const entry = join(dir, `${leftOut ?? 'all'}.ts`);
    const kept = lines.filter((line) => !leftOut || !line.includes(`/elements/${leftOut}/`));
    writeFileSync(entry, kept.join('\n').replaceAll("'./", `'${src}`));
    return (await bundle(entry)).gzip;
  };
  try {
    const everything = await build();
    const costs = [];
    for (const name of names) costs.push([name, everything - (await build(name))]);
    return costs.sort((a, b) => b[1] - a[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
