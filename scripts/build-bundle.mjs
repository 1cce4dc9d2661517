// The CDN build, for pages that load the widgets with a script tag (`npm run build` → dist/cdn/):
// - `partner-portal-kit.js`: every element registered, Lit and the client included, plus the
//   chunks it fetches itself when a page needs them: one per translated locale, the first time
//   a widget speaks it, the virtual list of a long reward catalog and the lesson renderer. What
//   the entry already loaded stays in the entry (`allow-extension`), so the bundle is one file.
// - `partner-<name>.js`, one per element (the portal too): registers that element only. They
//   share one chunk (`chunks/shared-*.js`: Lit, the client, what every widget uses), so a page
//   that loads three of them loads Lit once and every widget finds the same portal.
// Their `@__PURE__` marks are left out (nothing tree-shakes a file a page loads: 0.1 KB gzip).
// `--report` prints what each part costs (gzip), for `npm run bench` and the size budget in
// `npm test`.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { browserAlias, compactTemplates } = await import(new URL('../vite.config.ts', import.meta.url).href);

/** Each element's folder name (`tier-badge`): its registration module is `partner-<name>.ts`. */
export const elementNames = () => readdirSync(join(root, 'src/elements')).sort();

/** The registration module of each element by tag (`partner-tier-badge` → its file). */
export const registrationEntries = () =>
  Object.fromEntries(elementNames().map((name) => [`partner-${name}`, `src/elements/${name}/partner-${name}.ts`]));

const measure = (file) => ({ fileName: file.fileName, name: file.name, code: file.code, bytes: Buffer.byteLength(file.code), gzip: gzipSync(file.code, { level: 9 }).length });

/** A browser build in memory, as every CDN file is made: our aliases and template compaction, minified, no `@__PURE__` marks. */
async function buildForBrowsers(lib, { output = {}, ...rolldownOptions } = {}) {
  const [built] = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: browserAlias },
    plugins: [compactTemplates()],
    build: {
      write: false,
      target: 'es2022',
      lib: { formats: ['es'], ...lib },
      rolldownOptions: { ...rolldownOptions, output: { minify: true, comments: { annotation: false }, chunkFileNames: 'chunks/[name]-[hash].js', ...output } },
    },
  });
  return built;
}

export async function bundle(entry, { external = [] } = {}) {
  const output = await buildForBrowsers({ entry, fileName: 'partner-portal-kit' }, { external, preserveEntrySignatures: 'allow-extension' });
  const files = output.output.filter((file) => file.type === 'chunk');
  const [main, ...chunks] = [files.find((file) => file.isEntry), ...files.filter((file) => !file.isEntry)].map(measure);
  return { ...main, chunks };
}

/**
 * One file per element, sharing one chunk of everything two or more of them use. Answers every
 * file: entries first (`isEntry`), then the shared and the lazily fetched chunks.
 */
export async function bundleElements() {
  const output = await buildForBrowsers(
    { entry: registrationEntries(), fileName: (_format, name) => `${name}.js` },
    // One shared chunk, not one per combination of elements: a page fetches at most two files
    // before its widgets can render.
    { output: { codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] } } },
  );
  const files = output.output.filter((file) => file.type === 'chunk');
  return [...files.filter((file) => file.isEntry), ...files.filter((file) => !file.isEntry)].map((file) => ({ ...measure(file), isEntry: file.isEntry }));
}

/** Writes the CDN build into `outDir` (emptied first). */
export async function buildCdn(outDir = join(root, 'dist/cdn'), { log = () => {} } = {}) {
  const all = await bundle('src/all.ts');
  const elements = await bundleElements();
  rmSync(outDir, { recursive: true, force: true });
  // The chunks import their entries by file name: keep them side by side as built.
  for (const file of [all, ...all.chunks, ...elements]) {
    mkdirSync(dirname(join(outDir, file.fileName)), { recursive: true });
    writeFileSync(join(outDir, file.fileName), file.code);
    log(`${file.fileName}: ${(file.bytes / 1024).toFixed(1)} KB, ${(file.gzip / 1024).toFixed(1)} KB gzip`);
  }
  return { all, elements };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCdn(join(root, 'dist/cdn'), { log: (line) => console.log(`dist/cdn/${line}`) });
}
