// The widgets driven by plain HTML, React 19 and Vue 3 (demo/interop/): the same scenario on each
// page, in Chromium, against the real server (in-memory PGlite, demo seed), under the strict CSP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/chromium.js';
import { startDemoHost, type DemoHost } from '../../demo/host.js';

let host: DemoHost;
let browser: Browser;
/** The server's clock runs this far ahead of the real one: a test moves it to let tokens expire. */
let clockOffsetMs = 0;

before(async () => {
  delete process.env.DATABASE_URL;
  host = await startDemoHost({ memory: true, port: 0, build: true, now: () => new Date(Date.now() + clockOffsetMs) });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await host?.close();
});

interface Visit {
  page: Page;
  /** Console errors, script errors and CSP violations (the page's own `securitypolicyviolation` events). */
  problems: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // Listening before any of the page's scripts run: a violation while a framework loads counts.
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => (window as any).reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`)),
  );
  await page.goto(new URL(path, host.url).href);
  return { page, problems };
}

/** Text of a widget's shadow root once it has data (and, if given, once it contains `contains`). */
async function widgetText(page: Page, tag: string, contains?: string): Promise<string> {
  const locator = page.locator(`${tag} [part~="card"]`).first();
  await locator.waitFor();
  if (contains) await page.waitForFunction(([t, c]) => document.querySelector(t!)?.shadowRoot?.textContent?.includes(c!), [tag, contains]);
  await page.waitForFunction((t) => !document.querySelector(t)?.hasAttribute('aria-busy') && !document.querySelector(t)?.shadowRoot?.querySelector('.skeleton'), tag);
  return (await locator.innerText()).replace(/\s+/g, ' ');
}

const number = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function available(page: Page): Promise<number> {
  await widgetText(page, 'partner-points-balance');
  return number(await page.locator('partner-points-balance [part="available"]').innerText());
}

/** The costs of the rewards the catalog shows, in order, once it shows rewards. */
async function costs(page: Page): Promise<number[]> {
  await widgetText(page, 'partner-reward-catalog');
  await page.locator('partner-reward-catalog [part~="cost"]').first().waitFor();
  return (await page.locator('partner-reward-catalog [part~="cost"]').allInnerTexts()).map(number);
}

async function lastEvent(page: Page, contains: string): Promise<string> {
  await page.waitForFunction((c) => document.querySelector('#last-event')?.textContent?.includes(c), contains);
  return (await page.locator('#last-event').innerText()).trim();
}

const catalogState = (page: Page) =>
  page.evaluate(() => {
    const catalog = document.querySelector('partner-reward-catalog')!;
    return { sort: catalog.getAttribute('sort'), pageSizeAttribute: catalog.getAttribute('page-size'), pageSize: catalog.pageSize, affordable: catalog.affordable };
  });

const FRAMEWORKS = [
  { name: 'plain HTML', path: '/interop/html', heading: 'Partner widgets in plain HTML', locale: { code: 'th', balance: 'คะแนนที่ใช้ได้', catalog: 'ของรางวัล' } },
  { name: 'React 19', path: '/interop/react', heading: 'Partner widgets in React 19', locale: { code: 'nb', balance: 'Tilgjengelig nå', catalog: 'Belønninger' } },
  { name: 'Vue 3', path: '/interop/vue', heading: 'Partner widgets in Vue 3', locale: { code: 'th', balance: 'คะแนนที่ใช้ได้', catalog: 'ของรางวัล' } },
] as const;

test('every interop page is served with the strict CSP and a member token, never the secret key', async () => {
  for (const { path } of FRAMEWORKS) {
    const response = await fetch(new URL(path, host.url));
    const html = await response.text();
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.equal(response.status, 200, path);
    assert.match(policy, /require-trusted-types-for 'script'/, path);
    assert.match(policy, /script-src 'self';/, path);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/, `${path}: no inline code, no eval (so no runtime template compiler)`);
    assert.ok(!html.includes('sk_'), `${path}: no secret key in the page`);
    assert.equal(html.match(/(?:data-)?token="([^"]+)"/)?.[1]?.split('.').length, 3, `${path}: a signed widget token is rendered into the page`);
  }
});

for (const framework of FRAMEWORKS) {
  describe(framework.name, () => {
    test('attributes and properties set by the framework reach the widgets, their events reach the framework, and the framework switches the locale', async () => {
      const { page, problems } = await visit(framework.path);
      assert.equal(await page.locator('h1').innerText(), framework.heading);
      assert.match(await widgetText(page, 'partner-points-balance', 'Available to spend'), /Available to spend \d[\d,]* points/);
      const balance = await available(page);

      // The page-size attribute (React and Vue: a name the element has no property for, so an
      // attribute) and the affordable property, as the framework set them.
      assert.deepEqual(await catalogState(page), { sort: 'POINTS_ASC', pageSizeAttribute: '4', pageSize: 4, affordable: true });
      const ascending = await costs(page);
      assert.ok(ascending.length > 0 && ascending.length <= 4, `at most a page of 4 rewards (${ascending.length})`);
      assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b), 'fewest points first');
      assert.ok(ascending.every((cost) => cost <= balance), 'only what the member can afford');

      // The framework changes the sort; the catalog re-sorts and its event reaches the framework's state.
      await page.selectOption('#sort', 'POINTS_DESC');
      assert.equal(await lastEvent(page, 'POINTS_DESC'), 'Last event: partner-filter-change: sort POINTS_DESC, affordable true');
      await page.waitForFunction(() => document.querySelector('partner-reward-catalog')?.getAttribute('sort') === 'POINTS_DESC');
      await page.waitForFunction(() => {
        const shown = [...(document.querySelector('partner-reward-catalog')?.shadowRoot?.querySelectorAll('[part~="cost"]') ?? [])].map((cost) => Number(cost.textContent!.replace(/[^\d]/g, '')));
        return shown.length > 1 && shown.every((cost, index) => index === 0 || cost <= shown[index - 1]!);
      });

      // The framework clears the property; the catalog shows rewards beyond the balance.
      await page.uncheck('#affordable');
      assert.equal(await lastEvent(page, 'affordable false'), 'Last event: partner-filter-change: sort POINTS_DESC, affordable false');
      assert.equal((await catalogState(page)).affordable, false);
      await page.waitForFunction(
        (limit) => [...(document.querySelector('partner-reward-catalog')?.shadowRoot?.querySelectorAll('[part~="cost"]') ?? [])].some((cost) => Number(cost.textContent!.replace(/[^\d]/g, '')) > limit),
        balance,
      );

      // The framework's locale <select> is bound to the portal's locale: every widget follows.
      await page.selectOption('#locale', framework.locale.code);
      await widgetText(page, 'partner-points-balance', framework.locale.balance);
      await widgetText(page, 'partner-reward-catalog', framework.locale.catalog);
      assert.equal(await page.evaluate(() => document.querySelector('partner-portal')!.locale), framework.locale.code);

      assert.deepEqual(problems, [], 'no console errors, no CSP violations');
      await page.close();
    });

    test('a redemption in the page updates the balance beside it (one shared client), and an expired token is renewed through the framework’s tokenProvider property', async () => {
      const { page, problems } = await visit(framework.path);
      const before = await available(page);
      const cost = (await costs(page))[0]!;

      await page.locator('partner-reward-catalog [part~="redeem-button"]').first().click();
      await page.locator('partner-reward-catalog [part~="confirm-button"]').click();
      await page.locator('partner-reward-catalog dialog .success').waitFor();
      await page.locator('partner-reward-catalog dialog [part~="dismiss-button"]').click();
      const after = before - cost;
      assert.match(await lastEvent(page, 'partner-redeemed'), new RegExp(`^Last event: partner-redeemed: .+ for ${cost} points, ${after} left$`));
      await page.waitForFunction(
        (expected) => document.querySelector('partner-points-balance')?.shadowRoot?.querySelector('[part="available"]')?.textContent?.includes(expected),
        after.toLocaleString('en'),
      );

      // The member comes back after the token's 15 minutes and changes the sort: the server says
      // the token expired, the portal asks the function the framework gave it, and the same
      // request is retried with the fresh token.
      assert.equal(await page.locator('#tokens').innerText(), 'Fresh tokens from the server: 0');
      clockOffsetMs += 16 * 60_000;
      await page.selectOption('#sort', 'POINTS_DESC');
      await page.waitForFunction(() => document.querySelector('#tokens')?.textContent === 'Fresh tokens from the server: 1');
      await lastEvent(page, 'POINTS_DESC');
      await page.waitForFunction(() => {
        const shown = [...(document.querySelector('partner-reward-catalog')?.shadowRoot?.querySelectorAll('[part~="cost"]') ?? [])].map((cost) => Number(cost.textContent!.replace(/[^\d]/g, '')));
        return shown.length > 1 && shown.every((cost, index) => index === 0 || cost <= shown[index - 1]!);
      });
      assert.doesNotMatch(await widgetText(page, 'partner-reward-catalog'), /expired/i, 'no "session expired" state');

      assert.deepEqual(problems, [], 'no console errors, no CSP violations');
      await page.close();
    });
  });
}

test('the demo portal links to the three interop pages', async () => {
  const { page, problems } = await visit('/');
  const links = await page.locator('.site-footer a[href^="/interop/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  assert.deepEqual(links, ['/interop/html', '/interop/react', '/interop/vue']);
  assert.deepEqual(problems, []);
  await page.close();
});
