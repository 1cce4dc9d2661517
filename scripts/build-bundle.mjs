// The single-file bundle a page loads with one script tag: every element registered, Lit and
// the client included. `--report` prints what each part costs (gzip), for `npm run bench` and
// the size budget in `npm test`.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
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
      rolldownOptions: { external, output: { minify: true, codeSplitting: false } },
    },
  });
  const code = output.output[0].code;
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = await bundle('src/all.ts');
  mkdirSync(`${root}dist/cdn`, { recursive: true });
  writeFileSync(`${root}dist/cdn/partner-portal-kit.js`, all.code);
  console.log(`dist/cdn/partner-portal-kit.js: ${(all.bytes / 1024).toFixed(1)} KB, ${(all.gzip / 1024).toFixed(1)} KB gzip`);
}
