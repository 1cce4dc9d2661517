import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { browserAlias } from '../vite.config.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // Docs pages from the custom-elements manifest (autodocs tag in preview.ts); the accessibility panel.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Files the recorded answers point at: a course video's captions, and the video itself — the
  // demo's placeholder WebM, served from where it lives rather than kept twice.
  staticDirs: [
    { from: '../stories/media', to: '/media' },
    { from: '../demo/placeholder-video.webm', to: '/media/xr18-brushless.webm' },
  ],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: {
        // Not the root vite.config.ts: that one builds the demo portal (root: 'demo', its own
        // outDir). This one is empty on purpose; what Storybook needs is added in viteFinal.
        viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
      },
    },
  },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // `graphql` → the stub, as in every browser build of the widgets.
      resolve: { alias: browserAlias },
      build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
    });
  },
};

export default config;
