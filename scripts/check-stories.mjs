// Checks every Storybook story in a real browser: builds Storybook into storybook-static/,
// serves it, opens each story in headless Chromium, waits until its widgets have rendered and
// (unless it is a loading story) their data has settled, fails on any console error, page error
// or failed request, and runs axe-core on the story. Docs pages are opened too (errors only).
//
//   node scripts/check-stories.mjs [--no-build] [--url <storybook>] [--filter <text>] [--concurrency <n>]
//
// --no-build reuses storybook-static/ from an earlier run; --url checks a running Storybook
// instead (e.g. `storybook dev` at http://localhost:6006); --filter checks only entries whose id
// contains the text. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = join(root, 'storybook-static');
const started = performance.now();

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const index = argv.indexOf(name);
  return index === -1 ? fallback : argv[index + 1];
};
const external = option('--url', '')?.replace(/\/$/, '');
const build = !external && !argv.includes('--no-build');
const filter = option('--filter', '');
const concurrency = Math.max(1, Number(option('--concurrency', 3)));

/** The story tag that says "this one never finishes loading" (see stories/support.ts). */
const LOADING_TAG = 'loading-state';
/**
 * Harmless warnings: Storybook in dev prints the first when its own Lit and ours differ
 * (TOOLCHAIN.md); Lit's development build (only under `storybook dev`, see --url) the second.
 */
const HARMLESS_WARNINGS = [/Multiple versions of Lit loaded/, /^Lit is in dev mode\./];
const STORY_TIMEOUT_MS = 15_000;
// Only against a stuck browser: each story has its own limit, and the build plus 200-odd stories
// take 2–3 minutes on an idle CI machine, more on a busy one (170 s was hit once stories grew).
const RUN_TIMEOUT_MS = 600_000;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// A stuck browser must not hold CI: give up well before anyone wonders.
const watchdog = setTimeout(() => {
  console.error(`check-stories: gave up after ${seconds(RUN_TIMEOUT_MS)}`);
  process.exit(1);
}, RUN_TIMEOUT_MS);
watchdog.unref();

// ── 1. Build ────────────────────────────────────────────────────────────────────────────────
let buildTime = 0;
if (build) {
  const buildStarted = performance.now();
  const bin = join(root, 'node_modules', '.bin', 'storybook');
  const output = [];
  const code = await new Promise((resolve) => {
    const child = spawn(bin, ['build', '--output-dir', outputDir, '--quiet', '--disable-telemetry'], {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => {
      output.push(Buffer.from(String(error)));
      resolve(1);
    });
    child.on('close', resolve);
  });
  buildTime = performance.now() - buildStarted;
  if (code !== 0) {
    process.stderr.write(Buffer.concat(output));
    console.error(`check-stories: storybook build failed (exit ${code}) after ${seconds(buildTime)}`);
    process.exit(1);
  }
} else if (!external && !existsSync(join(outputDir, 'index.json'))) {
  console.error('check-stories: --no-build, but storybook-static/ has no build; run without --no-build');
  process.exit(1);
}

// ── 2. Serve storybook-static/ ──────────────────────────────────────────────────────────────
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
// axe-core is served beside the build: loaded by URL, Chromium caches it (and its compiled code).
const AXE_PATH = '/__check-stories/axe.min.js';
const axeSource = await readFile(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  let path = normalize(join(outputDir, decodeURIComponent(pathname)));
  if (path !== outputDir && !path.startsWith(outputDir + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (pathname === AXE_PATH) {
    response.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'max-age=600' }).end(axeSource);
    return;
  }
  if (pathname.endsWith('/')) path = join(path, 'index.html');
  // Chromium asks every new page for one; Storybook's build has none.
  if (pathname === '/favicon.ico' && !existsSync(path)) {
    response.writeHead(204).end();
    return;
  }
  try {
    const body = await readFile(path);
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = external || `http://127.0.0.1:${server.address().port}`;

// ── 3. What to check ────────────────────────────────────────────────────────────────────────
const index = external ? await (await fetch(`${base}/index.json`)).json() : JSON.parse(await readFile(join(outputDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' || entry.type === 'docs')
  .filter((entry) => !filter || entry.id.includes(filter));
if (entries.length === 0) {
  console.error(`check-stories: no stories${filter ? ` matching "${filter}"` : ''} in storybook-static/index.json`);
  server.close();
  process.exit(1);
}

// ── 4. Check each entry in one Chromium ─────────────────────────────────────────────────────
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
});
const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });

/**
 * Runs in the story's page: waits until Storybook rendered the story, every custom element in
 * it (light and shadow DOM) finished its updates, and — unless the story is a loading one — no
 * widget is busy any more for a few consecutive looks. Answers what it found.
 */
async function settleInPage({ loading, docs, timeout }) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = performance.now() + timeout;
  const rootSelector = docs ? '#storybook-docs' : '#storybook-root';
  // Storybook's render phases: … rendering → playing → played → completing (afterEach hooks,
  // e.g. the a11y addon's own axe run) → completed → finished; `errored` when render or play threw.
  const phase = () => window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
  for (;;) {
    const body = document.body;
    if (!docs && phase() === 'errored') return { error: 'the story errored (its render or play function threw; see the console output above)' };
    if (body.classList.contains('sb-show-errordisplay')) {
      const message = document.querySelector('#error-message')?.textContent ?? '';
      const stack = (document.querySelector('#error-stack')?.textContent ?? '').split('\n').slice(0, 4).join('\n');
      return { error: `Storybook shows an error: ${message}\n${stack}`.trim() };
    }
    if (body.classList.contains('sb-show-nopreview')) return { error: 'Storybook found no story to show' };
    const rootElement = document.querySelector(rootSelector);
    if (rootElement?.childElementCount && (docs ? rootElement.querySelector('.sbdocs') : ['completed', 'finished'].includes(phase()))) break;
    if (performance.now() > deadline) return { error: `the ${docs ? 'docs page' : 'story'} did not render within ${timeout} ms` };
    await sleep(25);
  }
  const rootElement = document.querySelector(rootSelector);
  const customElementsIn = (node, found = []) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.includes('-')) found.push(element);
      if (element.shadowRoot) customElementsIn(element.shadowRoot, found);
    }
    return found;
  };
  let quietLooks = 0;
  let lastBusy = -1;
  let elements = [];
  for (;;) {
    elements = customElementsIn(rootElement);
    const undefinedTags = elements.filter((element) => !customElements.get(element.localName)).map((element) => element.localName);
    if (undefinedTags.length) return { error: `elements never defined: ${[...new Set(undefinedTags)].join(', ')}` };
    await Promise.all(elements.map((element) => element.updateComplete));
    const busy = elements.filter((element) => element.hasAttribute('aria-busy') && element.getAttribute('aria-busy') !== 'false');
    if (docs) {
      // A docs page shows the loading stories too: wait until the number still loading stops changing.
      quietLooks = busy.length === lastBusy ? quietLooks + 1 : 0;
      lastBusy = busy.length;
      if (quietLooks >= 5) return { elements: elements.length, busy: busy.length };
    } else if (loading) {
      if (busy.length) return { elements: elements.length, busy: busy.length };
    } else if (busy.length === 0) {
      // Quiet for a few looks in a row: nothing is about to start loading either (the client
      // batches requests in a timeout, answers arrive after the recorded latency).
      if (++quietLooks >= 3) return { elements: elements.length, busy: 0 };
    } else {
      quietLooks = 0;
    }
    if (performance.now() > deadline) {
      return loading
        ? { error: 'a loading story, but no widget in it is loading (aria-busy)' }
        : { error: `still loading after ${timeout} ms: ${busy.map((element) => element.localName).join(', ')}` };
    }
    await sleep(docs ? 100 : 40);
  }
}

/** The first lines of a long message (a testing-library error carries the whole DOM). */
function brief(text, lines = 8) {
  const all = text.split('\n');
  return all.length > lines ? `${all.slice(0, lines).join('\n')}\n… (${all.length - lines} more lines)` : text;
}

function describeTarget(target) {
  // Inside shadow roots axe gives a path of selectors, one per shadow root.
  return target.map((part) => (Array.isArray(part) ? part.join(' ▸ ') : part)).join(' ▸ ');
}

async function checkEntry(page, entry, messages) {
  const docs = entry.type === 'docs';
  const loading = !docs && (entry.tags ?? []).includes(LOADING_TAG);
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}`;
  const problems = [];
  messages.length = 0;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
    const settled = await page.evaluate(settleInPage, { loading, docs, timeout: STORY_TIMEOUT_MS });
    if (settled.error) problems.push(settled.error);
    else if (!docs && settled.elements === 0) problems.push('the story rendered no custom element');
    if (!docs && !settled.error) {
      await page.addScriptTag(external ? { content: axeSource } : { url: AXE_PATH });
      const violations = await page.evaluate(async () => {
        // With WCAG 2.2's target-size rule, as the accessibility panel runs it (.storybook/preview.ts).
        const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
        return result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
          id,
          impact,
          help,
          helpUrl,
          nodes: nodes.map((node) => ({ target: node.target, summary: node.failureSummary })),
        }));
      });
      for (const violation of violations) {
        const lines = [`axe ${violation.impact ?? ''} ${violation.id}: ${violation.help} (${violation.helpUrl})`];
        for (const node of violation.nodes) {
          lines.push(`    at ${describeTarget(node.target)}`);
          if (node.summary) lines.push(...node.summary.split('\n').map((line) => `      ${line}`));
        }
        problems.push(lines.join('\n'));
      }
    }
  } catch (error) {
    problems.push(`could not check: ${error?.message ?? error}`);
  }
  // Let late console output of this entry arrive before the page moves on.
  await new Promise((resolve) => setTimeout(resolve, 10));
  problems.push(...messages);
  return problems;
}

const failures = [];
const queue = [...entries];
async function worker() {
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    if (type === 'warning' && HARMLESS_WARNINGS.some((pattern) => pattern.test(text))) return;
    const location = message.location();
    if (location?.url?.endsWith('/favicon.ico')) return; // the browser's own request, not the story's
    messages.push(`console.${type === 'warning' ? 'warn' : 'error'}: ${brief(text)}${location?.url ? ` (${location.url.replace(base, '')}:${location.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => messages.push(`page error: ${brief(error.stack ?? error.message)}`));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') messages.push(`request failed: ${request.url().replace(base, '')} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) messages.push(`HTTP ${response.status()}: ${response.url().replace(base, '')}`);
  });
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    const problems = await checkEntry(page, entry, messages);
    if (problems.length) {
      failures.push({ entry, problems });
      console.error(`✗ ${entry.id}${entry.type === 'docs' ? ' (docs)' : ''}\n${problems.map((problem) => `  ${problem.replace(/\n/g, '\n  ')}`).join('\n')}`);
    }
  }
  await page.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
} finally {
  await browser.close().catch(() => {});
  server.close();
}

const stories = entries.filter((entry) => entry.type === 'story').length;
const docsPages = entries.length - stories;
const total = performance.now() - started;
console.log(
  `check-stories: ${stories} stories and ${docsPages} docs pages checked, ${failures.length} failed, in ${seconds(total)}` +
    (build ? ` (build ${seconds(buildTime)}, browser ${seconds(total - buildTime)})` : ''),
);
process.exit(failures.length ? 1 : 0);
