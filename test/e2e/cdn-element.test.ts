// One per-element CDN file on a page of another origin, as a host that wants only the tier
// badge loads it: the badge renders against the real server, and no other tag is registered.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../bench/chromium.js';
import { buildCdn, elementNames } from '../../scripts/build-bundle.mjs';
import { startTestServer, type TestServer } from '../server/support/harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cdn = join(root, 'node_modules', '.cache', `ppk-cdn-${process.pid}`);

let server: TestServer;
let browser: Browser;
let host: { url: string; close: () => void; page: string; fetched: string[] };

/**
 * The host's page and the CDN's files, from an origin of their own (a real listener: Chromium
 * lets only a page on loopback call the API on loopback).
 */
async function startHost(): Promise<typeof host> {
  const state = { page: '', fetched: [] as string[] };
  const http = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    state.fetched.push(path);
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(state.page);
    const file = join(cdn, path.replace(/^\/cdn\//, ''));
    if (!path.startsWith('/cdn/') || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return Object.assign(state, { url: `http://127.0.0.1:${port}`, close: () => http.close() });
}

before(async () => {
  delete process.env.DATABASE_URL;
  [server, host] = await Promise.all([startTestServer({ seed: 'base' }), startHost(), buildCdn(cdn)]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  host?.close();
  rmSync(cdn, { recursive: true, force: true });
});

test('partner-tier-badge.js alone registers the badge, which renders the partner’s tier from the server', async () => {
  const member = server.base.memberA1;
  const truth = await server.member<{ viewer: { partner: { tier: { name: string } } } }>(member, '{ viewer { partner { tier { name } } } }');
  const tierName = truth.data!.viewer.partner.tier.name;
  const token = await server.tokenFor(member);

  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  host.page = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
<partner-tier-badge endpoint="${server.url}" token="${token}"></partner-tier-badge>
<partner-points-balance endpoint="${server.url}" token="${token}"></partner-points-balance>
<script type="module" src="/cdn/partner-tier-badge.js"></script></body></html>`;
  await page.goto(`${host.url}/`);

  await page.waitForFunction((name) => document.querySelector('partner-tier-badge')?.shadowRoot?.querySelector('[part="name"]')?.textContent?.includes(name), tierName);
  const registered = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), elementNames().map((name) => `partner-${name}`));
  assert.deepEqual(registered, ['partner-tier-badge'], 'only the badge is registered');
  assert.equal(await page.evaluate(() => document.querySelector('partner-points-balance')?.shadowRoot ?? null), null, 'the balance stays an unknown element');
  assert.deepEqual(
    host.fetched.filter((path) => path.startsWith('/cdn/')).map((path) => path.replace(/-[\w-]{8}\.js$/, '.js')),
    ['/cdn/partner-tier-badge.js', '/cdn/chunks/shared.js'],
    'the element file and the one shared chunk',
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('three element files in one portal share one chunk, one Lit and one request', async () => {
  const member = server.base.memberA1;
  const token = await server.tokenFor(member);
  const page = await browser.newPage();
  const problems: string[] = [];
  let graphqlRequests = 0;
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('request', (request) => new URL(request.url()).pathname === '/graphql' && request.method() === 'POST' && graphqlRequests++);
  host.fetched.length = 0;
  host.page = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
<partner-portal endpoint="${server.url}" token="${token}">
  <partner-tier-badge></partner-tier-badge>
  <partner-points-balance></partner-points-balance>
</partner-portal>
<script type="module" src="/cdn/partner-portal.js"></script>
<script type="module" src="/cdn/partner-tier-badge.js"></script>
<script type="module" src="/cdn/partner-points-balance.js"></script></body></html>`;
  await page.goto(`${host.url}/`);

  for (const tag of ['partner-tier-badge', 'partner-points-balance']) {
    await page.waitForFunction((t) => {
      const element = document.querySelector(t);
      return element?.shadowRoot?.firstElementChild && !element.hasAttribute('aria-busy') && !element.shadowRoot.querySelector('.skeleton, [part~="error"]');
    }, tag);
  }
  assert.equal(host.fetched.filter((path) => path.startsWith('/cdn/chunks/shared-')).length, 1, 'the shared chunk is fetched once');
  assert.equal(graphqlRequests, 1, 'the widgets of the three files share the portal’s client');
  assert.deepEqual(problems, []);
  await page.close();
});
