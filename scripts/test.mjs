// `npm test`: everything, in the order that fails fastest. The PostgreSQL suite runs when
// DATABASE_URL points at a server (CI starts one); without it the run says it was skipped.
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir, suffix = '.test.ts') =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(suffix)).sort().map((f) => join(dir, f)) : [];

const steps = [
  ['generated files are fresh', 'npx', ['graphql-codegen', '--config', 'codegen.ts', '--check']],
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['type-check (browser code, DOM only)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.browser.json']],
  ['custom-elements.json is fresh', 'node', ['scripts/check-manifest.mjs']],
  ['bundle size budget', 'node', ['--import', 'tsx', 'scripts/check-size.mjs']],
  ['npm package: packed, installed and bundled as a host would', 'node', ['--import', 'tsx', '--test', ...files('test/package')]],
  ['unit tests', 'node', ['--import', 'tsx', '--test', ...files('test/unit'), ...files('test/server/domain'), ...files('test/server')]],
  ['integration tests on PGlite', 'node', ['--import', 'tsx', '--test', '--test-concurrency=1', ...files('test/server/integration')]],
  ['element tests in Chromium against the real server', 'npx', ['web-test-runner', '--static-logging']],
  ['demo portal in Chromium', 'node', ['--import', 'tsx', '--test', '--test-concurrency=1', ...files('test/e2e')]],
  ['Storybook: every story renders in Chromium, axe-clean', 'node', ['scripts/check-stories.mjs']],
];
if (process.env.DATABASE_URL) {
  const pg = { ...process.env, TEST_DATABASE: 'postgres' };
  steps.push(['integration tests on PostgreSQL', 'node', ['--import', 'tsx', '--test', '--test-concurrency=1', ...files('test/server/integration')], pg]);
  steps.push(['concurrency tests on PostgreSQL', 'node', ['--import', 'tsx', '--test', '--test-concurrency=1', ...files('test/server/postgres')], pg]);
} else {
  console.log('\nDATABASE_URL is not set: the PostgreSQL suite is skipped (CI runs it).');
}

for (const [name, command, args, env] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: env ?? process.env });
  console.log(`◀ ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
