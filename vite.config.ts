import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Browser builds replace the `graphql` package with a stub: graphql-request imports its parser
 * only to read operation names, which our prebuilt documents never need (see graphql-stub.ts).
 * Storybook and the bundle builds reuse this alias.
 */
export const browserAlias = [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./src/client/graphql-stub.ts', import.meta.url)) }];

// The demo portal (`npm start` builds it into dist/demo and serves it beside the API).
export default defineConfig({
  root: 'demo',
  base: '/',
  resolve: { alias: browserAlias },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { output: { minify: true } },
  },
});
