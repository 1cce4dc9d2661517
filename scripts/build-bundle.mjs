// The bundle a page loads with one script tag: every element registered, Lit and the client
// included, plus one chunk per translated locale that the bundle fetches itself when a widget
// speaks that language. `--report` prints what each part costs (gzip), for `npm run bench` and
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
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { external, output: { minify: true, chunkFileNames: 'locales/[name]-[hash].js' } },
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
  for (const [fileName, file] of [['partner-portal-kit.js', all], ...all.chunks.map((chunk) => [chunk.fileName, chunk])]) {
    mkdirSync(dirname(`${root}dist/cdn/${fileName}`), { recursive: true });
    writeFileSync(`${root}dist/cdn/${fileName}`, file.code);
    console.log(`dist/cdn/${fileName}: ${(file.bytes / 1024).toFixed(1)} KB, ${(file.gzip / 1024).toFixed(1)} KB gzip`);
  }
}
