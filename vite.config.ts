import { defineConfig, parseAst, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * Browser builds replace the `graphql` package with a stub: graphql-request imports its parser
 * only to read operation names, which our prebuilt documents never need (see graphql-stub.ts).
 * Storybook and the bundle builds reuse this alias.
 */
export const browserAlias = [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./src/client/graphql-stub.ts', import.meta.url)) }];

/**
 * Collapses the whitespace and comments of Lit `css` templates and of the generated GraphQL
 * documents, marks the documents pure so a bundle keeps only those its elements use, and folds
 * each line break and its indentation in `html`/`svg` templates into one space: source stays
 * readable, the page gets smaller. Only whitespace with a line break in it is touched there,
 * and a run of whitespace renders as one space anyway (no template holds `<pre>`, a textarea's
 * text or `white-space: pre*` content); removing it between tags would change inline layout.
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
  // GraphQL needs a separator only between two names; commas are whitespace to it. A document
  // with a string literal in it (none so far) is only collapsed.
  const squeezeDocument = (text: string) =>
    text.includes('"')
      ? text.replace(/\s+/g, ' ').trim()
      : text
          .replace(/[\s,]+/g, ' ')
          .replace(/ ?([!$():=@[\]{|}]) ?/g, '$1')
          .trim();
  return {
    name: 'compact-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const html = /\b(?:html|svg)`/.test(code);
      if (!html && !code.includes('css`') && !code.includes('TypedDocumentString(`')) return null;
      if (html) code = foldTemplateLines(code);
      return code
        .replace(cssTemplate, (_, body: string) => (body.includes('${') ? `css\`${body.replace(/\s+/g, ' ')}\`` : `css\`${squeeze(body)}\``))
        .replace(documentString, (_, body: string) => `/* @__PURE__ */ new TypedDocumentString(\`${squeezeDocument(body)}\``);
    },
  };
}

/** The static parts of every `html` and `svg` tagged template, each line break and its indentation one space. */
function foldTemplateLines(code: string): string {
  const edits: [start: number, end: number, text: string][] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { type, tag, quasi } = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: { start: number; value: { raw: string } }[] } };
    if (type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && (tag.name === 'html' || tag.name === 'svg')) {
      for (const { start, value } of quasi!.quasis) {
        // The element starts at its opening backtick or at the `}` before it.
        const from = start + 1;
        if (code.slice(from, from + value.raw.length) !== value.raw || value.raw.includes('\\')) continue;
        edits.push([from, from + value.raw.length, value.raw.replace(/\s*\n\s*/g, ' ')]);
      }
    }
    for (const child of Object.values(node)) if (child && typeof child === 'object') visit(child);
  };
  visit(parseAst(code, { lang: 'ts' }));
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + text + code.slice(end);
  return code;
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
