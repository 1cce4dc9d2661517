// Browser tests of the widgets against the real loyalty server (demo seed, in-memory PGlite).
//
//   npx web-test-runner            (or: npx wtr; add --watch to keep it running)
//
// One loyalty server serves the whole run; test files run one at a time because some of them
// stop its listener, hold its answers or move its clock (see test/browser/support/).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { tsImport } from 'tsx/esm/api';
import { loyaltyServer } from './test/browser/support/loyalty-server.mjs';

// The widgets are tested with their templates compacted as every build ships them.
const { compactTemplates } = await tsImport('./vite.config.ts', import.meta.url);
const compact = compactTemplates();

const loyalty = loyaltyServer({ seed: 'demo' });

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  // The demo seed takes ~15 s before the first test file can start.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 20_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  middleware: [loyalty.middleware],
  plugins: [
    {
      name: 'compact-templates',
      transform(context) {
        if (!/^\/src\/.*\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
        const body = compact.transform.call(undefined, context.body, context.path);
        return body ? { body } : undefined;
      },
    },
    // The widgets use legacy decorators (`experimentalDecorators`, no define semantics for
    // class fields): esbuild only knows that from the tsconfig.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    a11ySnapshotPlugin(),
    loyalty.plugin,
  ],
  // Connection errors are the point of the "server down" tests (Chrome logs each one), and Lit
  // announces its dev build on every page; other logs and warnings are shown.
  filterBrowserLogs: ({ args }) =>
    !args.some((arg) => typeof arg === 'string' && (arg.includes('ERR_CONNECTION_REFUSED') || arg.startsWith('Lit is in dev mode'))),
};
