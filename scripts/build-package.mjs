// The npm package of the widgets (`npm run build` → dist/npm/, `npm pack ./dist/npm`): ES modules
// as the source is laid out (one file per module, so a host's bundler keeps only what it
// imports), `.d.ts` types beside them, the custom-elements manifest and the CDN files. The
// package is generated here rather than packed from the repository root, because the root's
// dependencies are the reference server's (PGlite, yoga, pg…), which no front-end should install;
// see ARCHITECTURE.md, "The npm package".
import { build } from 'vite';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementNames, registrationEntries } from './build-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { browserAlias, compactTemplates } = await import(new URL('../vite.config.ts', import.meta.url).href);
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Installed beside the widgets, not bundled into them: a host that uses Lit itself gets one Lit.
 * graphql-request is not among them: see `vendor` below.
 */
const DEPENDENCIES = ['lit', '@lit/context', '@lit/task', '@lit-labs/virtualizer'];
const LIT_PARTS = ['lit-html', 'lit-element', '@lit/reactive-element'];

const isDependency = (id) => [...DEPENDENCIES, ...LIT_PARTS].some((name) => id === name || id.startsWith(`${name}/`));
const versionOf = (name) => rootPackage.dependencies?.[name] ?? rootPackage.devDependencies?.[name];
const types = (file) => ({ types: `./${file}.d.ts`, default: `./${file}.js` });
/** `src/elements/x/partner-x.ts` → `elements/x/partner-x`: where a module is in the package. */
const modulePath = (file) => file.replace(/^src\//, '').replace(/\.ts$/, '');

/** The package.json of the widget package: derived from the root's, so versions cannot drift. */
export function packageJson() {
  const tags = registrationEntries();
  return {
    name: rootPackage.name,
    version: rootPackage.version,
    description: 'Embeddable B2B loyalty widgets (Lit web components) for the Partner Portal Kit loyalty API.',
    license: rootPackage.license,
    // Publishing (name, licence, registry) is a release decision; `npm pack` works either way.
    private: true,
    type: 'module',
    main: './index.js',
    module: './index.js',
    types: './index.d.ts',
    exports: {
      '.': types('index'),
      './all.js': types('all'),
      ...Object.fromEntries(Object.entries(tags).map(([tag, file]) => [`./${tag}.js`, types(modulePath(file))])),
      './events.js': types('events'),
      // Types only: JSX typings for React users (src/react.ts); nothing to run.
      './react.js': { types: './react.d.ts' },
      './custom-elements.json': './custom-elements.json',
      './cdn/*': './cdn/*',
      './package.json': './package.json',
    },
    customElements: 'custom-elements.json',
    // Only the registration modules (and the CDN files, which register on load) do anything on
    // import; everything else may be dropped when its exports are unused.
    sideEffects: ['./all.js', './elements/*/partner-*.js', './cdn/**'],
    files: ['**/*.js', '**/*.d.ts', 'custom-elements.json', 'vendor/**/LICENSE', 'README.md'],
    dependencies: Object.fromEntries(DEPENDENCIES.map((name) => [name, versionOf(name)])),
    // Only the React typings (`react.js`) refer to React, and only a React host imports them.
    peerDependencies: { react: '>=19' },
    peerDependenciesMeta: { react: { optional: true } },
  };
}

/** The manifest names the source files; in the package they are the built modules. */
export function packageManifest(manifestText) {
  return manifestText.replace(/"\/?src\/([^"]+)\.(?:ts|js)"/g, '"$1.js"');
}

/**
 * Builds the package into `outDir` (emptied first). `cdnDir`: a CDN build to ship under `cdn/`
 * (for unpkg/jsDelivr); `types: false` skips the declarations (the slow part) for quick checks.
 */
export async function buildPackage(outDir = join(root, 'dist/npm'), { cdnDir = join(root, 'dist/cdn'), types: withTypes = true } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: browserAlias },
    plugins: [compactTemplates()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      // The host's bundler minifies; readable modules are easier to debug and to audit.
      minify: false,
      // Named by their place in src/, so each module lands beside its declarations.
      lib: { entry: Object.fromEntries(['src/index.ts', 'src/all.ts', 'src/events.ts', ...Object.values(registrationEntries())].map((file) => [modulePath(file), file])), formats: ['es'] },
      rolldownOptions: {
        external: isDependency,
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          // graphql-request is vendored with the `graphql` package stubbed out (its parser is
          // only reached for operation names, which our prebuilt strings never need). Left as a
          // dependency, a host's bundler would resolve graphql-request's `import … from
          // 'graphql'` to the real package and ship its parser (~11 KB gzip) unless every host
          // configured an alias. The TypeScript decorator helper goes the same way. npm pack
          // drops any folder named node_modules, hence `vendor/`.
          entryFileNames: (chunk) =>
            `${chunk.name
              .replace(/^(?:.*\/)?node_modules\//, 'vendor/')
              .replace(/^_virtual\/_?@?([^/@]+(?:[-_/][^/@]+)*?)@[^/]+\//, 'vendor/$1/')}.js`,
        },
      },
    },
  });
  if (withTypes) {
    const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.package.json', '--outDir', outDir], { cwd: root, encoding: 'utf8' });
    if (tsc.status !== 0) throw new Error(`tsc (declarations) failed:\n${tsc.stdout}${tsc.stderr}`);
    // The generated documents' types name one interface of @graphql-typed-document-node/core,
    // whose peer dependency is the whole `graphql` package: declared here, hosts install neither.
    const documents = join(outDir, 'generated/graphql.d.ts');
    const declaration = "import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';";
    const text = readFileSync(documents, 'utf8');
    if (!text.includes(declaration)) throw new Error(`${documents} no longer imports DocumentTypeDecoration as expected`);
    writeFileSync(documents, text.replace(declaration, 'interface DocumentTypeDecoration<TResult, TVariables> {\n    __apiType?: (variables: TVariables) => TResult;\n}'));
    // tsc names the types it inferred (a render()'s TemplateResult) by the package that defines
    // them, lit-html, which is lit's dependency, not ours; lit re-exports every one of them.
    for (const file of readdirSync(outDir, { recursive: true })) {
      if (!String(file).endsWith('.d.ts')) continue;
      const path = join(outDir, String(file));
      const before = readFileSync(path, 'utf8');
      const after = before.replace(/(["'])lit-html(\/[^"']*)?\1/g, '$1lit$2$1');
      if (after !== before) writeFileSync(path, after);
    }
  }
  mkdirSync(join(outDir, 'vendor/graphql-request'), { recursive: true });
  cpSync(join(root, 'node_modules/graphql-request/LICENSE'), join(outDir, 'vendor/graphql-request/LICENSE'));
  writeFileSync(join(outDir, 'custom-elements.json'), packageManifest(readFileSync(join(root, 'custom-elements.json'), 'utf8')));
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(packageJson(), null, 2)}\n`);
  writeFileSync(join(outDir, 'README.md'), packageReadme(readFileSync(join(root, 'README.md'), 'utf8')));
  if (cdnDir && existsSync(cdnDir)) cpSync(cdnDir, join(outDir, 'cdn'), { recursive: true });
  return outDir;
}

/**
 * The package's README: the repository README's introduction and its "Using the widgets"
 * sections (up to "Asking the API directly"), one source for both. What the package doesn't
 * hold (the demo, the server, the tests, benchmarks) stays out, and so do links into the
 * repository's files, which the package doesn't have.
 */
export function packageReadme(readme) {
  const marks = ['\n> Status:', '\n## Using the widgets\n', '\n### Asking the API directly\n'].map((mark) => readme.indexOf(mark));
  if (marks.some((at) => at < 0) || !(marks[0] < marks[1] && marks[1] < marks[2])) {
    throw new Error('README.md: the package README is made of the text before "> Status:" and "## Using the widgets" up to "### Asking the API directly"; one of them is gone or moved');
  }
  const intro = readme.slice(0, marks[0]);
  const usage = readme.slice(marks[1] + 1, marks[2]);
  const text = `${intro.trimEnd()}\n\nThis package holds the widgets. The loyalty API they talk to, its server and the demo portal are in the project's repository.\n\n${usage.trimEnd()}\n`;
  return text.replace(/(?<!!)\[([^\]]+)\]\((?!https?:|#)[^)]+\)/g, '$1');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildPackage();
  console.log(`${relative(root, out)}/: the npm package (${elementNames().length} elements); \`npm pack ./${relative(root, out)}\` packs it`);
}
