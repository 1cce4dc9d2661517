// `npm test` fails when custom-elements.json no longer matches the elements' JSDoc.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory.
const out = join('node_modules', '.cache', `ppk-cem-${process.pid}`);
try {
  const run = spawnSync('npx', ['cem', 'analyze', '--outdir', out, '--quiet'], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(run.status ?? 1);
  }
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run manifest` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the elements.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
