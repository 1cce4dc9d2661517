import { defineConfig } from 'vite';

/**
 * Storybook's Vite builder loads a project Vite config by itself; the root `vite.config.ts` is
 * the demo portal's (`root: 'demo'`, output into dist/demo), which Storybook must not inherit.
 * `main.ts` points the builder here instead (`core.builder.options.viteConfigPath`) and adds
 * what Storybook does need from the root config — the `graphql` stub alias — in `viteFinal`.
 */
export default defineConfig({});
