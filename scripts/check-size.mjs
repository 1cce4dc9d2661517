// The size budget of the single-file bundle (every element registered, Lit and the client
// included), gzip level 9. `npm test` enforces it; `npm run bench` prints what each part costs,
// measured by leaving parts out of the same build.
import { bundle } from './build-bundle.mjs';

const BUDGET_BYTES = 25 * 1024; // issue #3: provider + client + four elements, Lit included

const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
const litLibraries = ['@lit/context', '@lit/task'];
const external = (packages) => (id) => packages.some((name) => id === name || id.startsWith(`${name}/`));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const all = await bundle('src/all.ts');
const withoutLit = await bundle('src/all.ts', { external: external(lit) });
const withoutLitLibraries = await bundle('src/all.ts', { external: external([...lit, ...litLibraries]) });
const withoutTransport = await bundle('src/all.ts', { external: external([...lit, ...litLibraries, 'graphql-request']) });
const clientOnly = await bundle('src/client/client.ts', { external: external(['graphql-request']) });

const rows = [
  ['lit', all.gzip - withoutLit.gzip],
  ['@lit/context + @lit/task', withoutLit.gzip - withoutLitLibraries.gzip],
  ['graphql-request (graphql parser stubbed out)', withoutLitLibraries.gzip - withoutTransport.gzip],
  ['our client (batching, cache, token refresh)', clientOnly.gzip],
  ['provider, 4 elements, texts in 4 locales, styles', withoutTransport.gzip - clientOnly.gzip],
];

if (process.argv.includes('--report')) {
  console.log('\nBundle size, gzip -9 (single file, every element registered):');
  for (const [name, bytes] of rows) console.log(`  ${name.padEnd(52)} ${kb(bytes).padStart(8)}`);
  console.log('  (parts overlap slightly: gzip shares a dictionary across them)');
}
console.log(`  ${'total'.padEnd(52)} ${kb(all.gzip).padStart(8)}  (budget ${kb(BUDGET_BYTES)}, ${kb(all.bytes)} minified)`);
if (all.gzip > BUDGET_BYTES) {
  console.error(`The bundle is ${kb(all.gzip)} gzip, over its ${kb(BUDGET_BYTES)} budget.`);
  process.exit(1);
}
