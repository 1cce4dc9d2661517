// The bundle a page loads with one script tag: every element registered, Lit and the client
// included, plus the chunks it fetches itself when a page needs them: one per translated
// locale, the first time a widget speaks it, and the virtual list of a long reward catalog.
// What the entry already loaded stays in the entry (`allow-extension`), so the bundle is one file. `--report` prints what each part costs (gzip), for `npm run bench` and
// the size budget in `npm test`.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { browserAlias, compactTemplates } = await import(new URL('../vite.config.ts', import.meta.url).href);

export async function bundle(entry, { external = [] } = {}) {
  const [output] = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: browserAlias },
    plugins: [compactTemplates()],
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'partner-portal-kit' },
      rolldownOptions: { external, preserveEntrySignatures: 'allow-extension', output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  const files = output.output.filter((file) => file.type === 'chunk');
  const measure = (file) => ({ fileName: file.fileName, name: file.name, code: file.code, bytes: Buffer.byteLength(file.code), gzip: gzipSync(file.code, { level: 9 }).length });
  const [main, ...chunks] = [files.find((file) => file.isEntry), ...files.filter((file) => !file.isEntry)].map(measure);
  return { ...main, chunks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = await bundle('src/all.ts');
  rmSync(`${root}dist/cdn`, { recursive: true, force: true });
  // The chunks import the entry by its file name: keep them side by side as built.
  for (const [fileName, file] of [[all.fileName, all], ...all.chunks.map((chunk) => [chunk.fileName, chunk])]) {
    mkdirSync(dirname(`${root}dist/cdn/${fileName}`), { recursive: true });
    writeFileSync(`${root}dist/cdn/${fileName}`, file.code);
    console.log(`dist/cdn/${fileName}: ${(file.bytes / 1024).toFixed(1)} KB, ${(file.gzip / 1024).toFixed(1)} KB gzip`);
  }
}
