// Size budgets, gzip level 9, of the bundles a page loads (elements registered, Lit and the
// client included; English inline) and of each chunk fetched on demand (a locale's texts, the
// virtual list of a long catalog). `npm test` enforces them; `npm run bench` (`--report`) also prints what each part
// of the platform costs, measured by leaving parts out of the same build.
import { bundle } from './build-bundle.mjs';

const BUDGETS = [
  { name: 'platform: provider, client, tier and points widgets', entry: 'bench/bundles/platform.ts', bytes: 25 * 1024 },
  // The goal is 35 KB (issue #7) and it is not met: with the training and engagement widgets the
  // bundle is past 40 KB. Until the bytes are found, this ceiling keeps it from growing unnoticed.
  { name: 'every element (the CDN bundle)', entry: 'src/all.ts', bytes: 50 * 1024, goal: 35 * 1024 },
];

const CHUNK_BUDGET = 10 * 1024;

const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
const litLibraries = ['@lit/context', '@lit/task'];
const external = (packages) => (id) => packages.some((name) => id === name || id.startsWith(`${name}/`));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let over = false;
const results = [];
for (const budget of BUDGETS) {
  const built = await bundle(budget.entry);
  results.push({ ...budget, built });
  if (built.gzip > budget.bytes) over = true;
  for (const chunk of built.chunks) if (chunk.gzip > CHUNK_BUDGET) over = true;
}

if (process.argv.includes('--report')) {
  const entry = BUDGETS[0].entry;
  const all = results[0].built;
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
  console.log('');
}
for (const { name, bytes, goal, built } of results) {
  const verdict = built.gzip > bytes ? 'OVER BUDGET' : 'ok';
  console.log(`  ${name.padEnd(52)} ${kb(built.gzip).padStart(8)}  (budget ${kb(bytes)}, ${kb(built.bytes)} minified) ${verdict}`);
  if (goal && built.gzip > goal) console.log(`    goal ${kb(goal)} (issue #7) not met yet: ${kb(built.gzip - goal)} to find`);
  for (const chunk of built.chunks) {
    const chunkVerdict = chunk.gzip > CHUNK_BUDGET ? 'OVER BUDGET' : 'ok';
    console.log(`    + ${`${chunk.name} chunk, fetched when needed`.padEnd(48)} ${kb(chunk.gzip).padStart(8)}  (budget ${kb(CHUNK_BUDGET)}) ${chunkVerdict}`);
  }
}
if (over) {
  console.error('A bundle is over its size budget.');
  process.exit(1);
}
