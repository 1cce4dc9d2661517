// The npm package as a front-end team gets it: built, packed with `npm pack`, unpacked into a
// host project's node_modules and bundled by that host with Vite, as their build would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { buildCdn, elementNames } from '../../scripts/build-bundle.mjs';
import { buildPackage } from '../../scripts/build-package.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository's node_modules, so the host project finds lit where npm would have put it.
const work = join(root, 'node_modules', '.cache', `ppk-package-${process.pid}`);
const host = join(work, 'host');
const installed = join(host, 'node_modules', 'partner-portal-kit');

interface PackedFile {
  path: string;
}
let packed: string[];
let pkg: Record<string, any>;
let elements: { tagName: string; name: string }[];

const run = (command: string, args: string[], cwd = root) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}${result.stderr}`);
  return result.stdout;
};

before(async () => {
  rmSync(work, { recursive: true, force: true });
  await buildCdn(join(work, 'cdn'));
  await buildPackage(join(work, 'npm'), { cdnDir: join(work, 'cdn') });
  const [report] = JSON.parse(run('npm', ['pack', join(work, 'npm'), '--pack-destination', work, '--json', '--loglevel=error']));
  packed = (report.files as PackedFile[]).map((file) => file.path);
  mkdirSync(installed, { recursive: true });
  run('tar', ['xzf', join(work, report.filename), '-C', installed, '--strip-components=1']);
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
  pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  elements = manifest.modules.flatMap((module: any) => module.declarations ?? []).filter((declaration: any) => declaration.tagName);
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Bundles `source` as the host's entry module, as the host's own Vite build would. */
async function hostBundle(source: string): Promise<{ code: string; modules: string[] }> {
  writeFileSync(join(host, 'entry.js'), source);
  const [output] = (await build({
    root: host,
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: join(host, 'entry.js'), formats: ['es'], fileName: 'app' } },
  })) as Rolldown.RolldownOutput[];
  const chunks = output.output.filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  return { code: chunks.map((chunk) => chunk.code).join('\n'), modules: chunks.flatMap((chunk) => Object.keys(chunk.modules)) };
}

/** Whether a class of that name is in the bundle (`class X` or `var X = class`). */
const hasClass = (code: string, name: string) => new RegExp(`\\bclass ${name}\\b|\\b${name} = class\\b`).test(code);
const defined = (code: string) => [...code.matchAll(/defineElement\("([^"]+)"/g)].map((match) => match[1]);

test('every element has its registration entry, with types, and its class in the main entry', () => {
  assert.equal(elements.length, elementNames().length, 'the manifest lists every element');
  const index = readFileSync(join(installed, 'index.d.ts'), 'utf8');
  for (const { tagName, name } of elements) {
    const entry = pkg.exports[`./${tagName}.js`];
    assert.ok(entry, `exports has ./${tagName}.js`);
    assert.ok(packed.includes(entry.default.slice(2)) && packed.includes(entry.types.slice(2)), `${tagName}: module and types are packed`);
    assert.match(index, new RegExp(`\\b${name}\\b`), `${name} is exported by the package's main entry`);
  }
  for (const file of [pkg.types, pkg.exports['.'].default, pkg.exports['./all.js'].types, pkg.customElements]) {
    assert.ok(packed.includes(file.replace(/^\.\//, '')), `${file} is packed`);
  }
});

test('the types work in a TypeScript host: tags map to classes, properties are typed', () => {
  writeFileSync(
    join(host, 'app.ts'),
    `import { PartnerTierBadge, PortalClient } from 'partner-portal-kit';
import 'partner-portal-kit/partner-tier-badge.js';
const badge: PartnerTierBadge = document.createElement('partner-tier-badge');
badge.variant = 'compact';
// @ts-expect-error: not a variant the badge knows
badge.variant = 'huge';
export const client: typeof PortalClient = PortalClient;
`,
  );
  writeFileSync(
    join(host, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] }, files: ['app.ts'] }),
  );
  run(join(root, 'node_modules/.bin/tsc'), ['-p', join(host, 'tsconfig.json')], host);
});

test('the React typings type every tag from one type-only import: properties, attributes and events are checked', () => {
  writeFileSync(
    join(host, 'app.tsx'),
    `import type {} from 'partner-portal-kit/react.js';
import type { RewardSort } from 'partner-portal-kit';
const sort: RewardSort = 'NEWEST';
export const page = (
  <partner-portal endpoint="https://loyalty.example.com/graphql" token="widget-token">
    <partner-tier-badge variant="compact" />
    <partner-reward-catalog sort={sort} affordable page-size="4" onpartner-redeemed={(event) => console.log(event.detail.available)} />
    {/* @ts-expect-error: not a sort the catalog knows */}
    <partner-reward-catalog sort="CHEAPEST" />
  </partner-portal>
);
`,
  );
  writeFileSync(
    join(host, 'tsconfig.react.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, jsx: 'react-jsx', target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] }, files: ['app.tsx'] }),
  );
  run(join(root, 'node_modules/.bin/tsc'), ['-p', join(host, 'tsconfig.react.json')], host);
});

test('the package README is about using the widgets, not about the repository', () => {
  const readme = readFileSync(join(installed, 'README.md'), 'utf8');
  assert.match(readme, /^# Partner Portal Kit\n/);
  assert.match(readme, /## Using the widgets\n/);
  assert.match(readme, /### Using the widgets from React \/ Vue/);
  for (const section of ['## Quick start', '## The server', '## Tests', '## Performance']) assert.ok(!readme.includes(section), `no "${section}"`);
  assert.doesNotMatch(readme, /\]\((?!https?:|#)/, 'no links into files the package does not have');
});

test('importing a class registers nothing, and the other elements are left out (sideEffects)', async () => {
  const { code } = await hostBundle(`import { PartnerTierBadge } from 'partner-portal-kit';\nexport const Badge = PartnerTierBadge;\n`);
  assert.ok(hasClass(code, 'PartnerTierBadge'));
  assert.doesNotMatch(code, /customElements\.define/, 'no tag is registered');
  const others = elements.filter(({ name }) => name !== 'PartnerTierBadge').map(({ name }) => name);
  assert.deepEqual(others.filter((name) => hasClass(code, name)), [], 'no other element class is bundled');
});

test('importing an element’s entry registers exactly that element', async () => {
  const { code } = await hostBundle(`import 'partner-portal-kit/partner-tier-badge.js';\n`);
  assert.deepEqual(defined(code), ['partner-tier-badge']);
  const all = await hostBundle(`import 'partner-portal-kit/all.js';\n`);
  assert.deepEqual(defined(all.code).sort(), elements.map(({ tagName }) => tagName).sort());
});

test('lit stays a dependency, and neither graphql nor graphql-request is resolved by the host', async () => {
  const modules = packed.filter((file) => file.endsWith('.js') && !file.startsWith('cdn/'));
  const sources = modules.map((file) => readFileSync(join(installed, file), 'utf8'));
  assert.ok(sources.some((source) => /from "lit"/.test(source)), 'the elements import lit');
  assert.deepEqual(modules.filter((file) => /(^|\/)(lit|lit-html|lit-element|reactive-element)(\/|\.js$)/.test(file)), [], 'no copy of lit in the package');
  for (const name of ['lit', '@lit/context', '@lit/task', '@lit-labs/virtualizer']) assert.ok(pkg.dependencies[name], `${name} is a dependency`);
  assert.deepEqual(sources.filter((source) => /from "graphql(-request)?"/.test(source)), [], 'graphql-request is vendored with graphql stubbed out');
  // What the modules and their types import from other packages is what the package depends on
  // (a strict installer such as pnpm resolves nothing else).
  const declarations = packed.filter((file) => file.endsWith('.d.ts')).map((file) => readFileSync(join(installed, file), 'utf8'));
  const packages = new Set(
    [...sources, ...declarations].flatMap((source) =>
      [...source.matchAll(/(?:from |import\()["']([^"'.][^"']*)["']/g)].map(([, specifier]) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')),
    ),
  );
  assert.deepEqual([...packages].sort(), [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].sort(), 'bare imports are exactly the dependencies (and React, an optional peer, for the React typings)');
  assert.deepEqual(Object.keys(pkg.peerDependencies).filter((name) => !pkg.peerDependenciesMeta[name]?.optional), [], 'every peer is optional');
  const { modules: bundled } = await hostBundle(`import 'partner-portal-kit/all.js';\n`);
  assert.ok(bundled.some((id) => id.includes('/node_modules/lit-html/')), 'the host bundles lit from its own node_modules');
  assert.deepEqual(bundled.filter((id) => /\/node_modules\/graphql\//.test(id)), [], 'no GraphQL parser reaches the host bundle');
});

test('npm pack ships the modules, types, manifest and CDN files, and nothing of the server, tests or sources', () => {
  for (const file of ['package.json', 'README.md', 'custom-elements.json', 'index.js', 'index.d.ts', 'all.js', 'cdn/partner-portal-kit.js', 'cdn/partner-tier-badge.js', 'vendor/graphql-request/LICENSE', 'react.d.ts']) {
    assert.ok(packed.includes(file), `${file} is packed`);
  }
  assert.deepEqual(packed.filter((file) => /^(server|test|demo|stories|src|scripts|bench|schema|bin)\//.test(file) || (file.endsWith('.ts') && !file.endsWith('.d.ts'))), []);
  const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
  const paths = manifest.modules.map((module: { path: string }) => module.path);
  assert.deepEqual(paths.filter((path: string) => !packed.includes(path)), [], 'the manifest names the packed modules');
});
