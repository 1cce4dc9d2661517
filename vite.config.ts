import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Browser builds replace the `graphql` package with a stub: graphql-request imports its parser
 * only to read operation names, which our prebuilt documents never need (see graphql-stub.ts).
 * Storybook and the bundle builds reuse this alias.
 */
export const browserAlias = [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./src/client/graphql-stub.ts', import.meta.url)) }];

/**
 * Collapses the whitespace and comments of Lit `css` templates and of the generated GraphQL
 * documents, and marks the documents pure so a bundle keeps only those its elements use:
 * source stays readable, the page gets smaller. `html` templates are left
 * alone (whitespace between inline elements is content there).
 */
export function compactTemplates(): Plugin {
  const cssTemplate = /\bcss`([^`]*)`/g;
  const documentString = /new TypedDocumentString\(`([^`]*)`/g;
  const squeeze = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .trim();
  return {
    name: 'compact-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      if (!code.includes('css`') && !code.includes('TypedDocumentString(`')) return null;
      return code
        .replace(cssTemplate, (_, body: string) => (body.includes('${') ? `css\`${body.replace(/\s+/g, ' ')}\`` : `css\`${squeeze(body)}\``))
        .replace(documentString, (_, body: string) => `/* @__PURE__ */ new TypedDocumentString(\`${body.replace(/\s+/g, ' ').trim()}\``);
    },
  };
}

const page = (path: string) => fileURLToPath(new URL(`./demo/${path}`, import.meta.url));

// The demo portal (`npm start` builds it into dist/demo and serves it beside the API), and the
// interop pages: the same widgets driven by plain HTML, React and Vue (React's JSX through the
// built-in transform, `jsx: react-jsx` in tsconfig.json; Vue through render functions, so
// neither needs a plugin nor a runtime template compiler, which the page's CSP would refuse).
export default defineConfig({
  root: 'demo',
  base: '/',
  resolve: { alias: browserAlias },
  plugins: [compactTemplates()],
  // Vue's compile-time flags: no Options API, no devtools, no hydration details in production.
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        portal: page('index.html'),
        'interop-html': page('interop/html.html'),
        'interop-react': page('interop/react.html'),
        'interop-vue': page('interop/vue.html'),
      },
      output: { minify: true },
    },
  },
});
