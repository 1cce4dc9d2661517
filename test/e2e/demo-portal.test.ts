// The demo portal as a visitor gets it from `npm start`: the page the host serves, in Chromium,
// against the real server (in-memory PGlite, demo seed).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/chromium.js';
import { startDemoHost, type DemoHost } from '../../demo/host.js';

let host: DemoHost;
let browser: Browser;

before(async () => {
  // What `npm start` gives a fresh machine: the embedded database, even when CI has a
  // PostgreSQL server in DATABASE_URL for the other suites.
  delete process.env.DATABASE_URL;
  host = await startDemoHost({ memory: true, port: 0, build: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await host?.close();
});

interface Visit {
  page: Page;
  graphqlRequests: () => number;
  problems: string[];
}

async function visit(path: string): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let graphqlRequests = 0;
  const problems: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphqlRequests++;
  });
  // CSP violations and script errors both land here.
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(new URL(path, host.url).href);
  return { page, graphqlRequests: () => graphqlRequests, problems };
}

/** Text of a widget's shadow root once it has data. */
async function widgetText(page: Page, tag: string, contains?: string): Promise<string> {
  const locator = page.locator(`${tag} [part~="card"], ${tag} [part="badge"]`).first();
  await locator.waitFor();
  if (contains) await page.waitForFunction(([t, c]) => document.querySelector(t!)?.shadowRoot?.textContent?.includes(c!), [tag, contains]);
  await page.waitForFunction((t) => !document.querySelector(t)?.hasAttribute('aria-busy') && !document.querySelector(t)?.shadowRoot?.querySelector('.skeleton'), tag);
  return (await locator.innerText()).replace(/\s+/g, ' ');
}

test('the demo page loads every widget with exactly one GraphQL request and no errors', async () => {
  const { page, graphqlRequests, problems } = await visit('/');
  assert.match(await widgetText(page, 'partner-tier-badge'), /Silver/);
  assert.match(await widgetText(page, 'partner-points-balance'), /Available to spend \d[\d,]* points/);
  assert.match(await widgetText(page, 'partner-tier-progress'), /Spend \$[\d,.]+ more in the rolling 12 months to reach Gold/);
  assert.match(await widgetText(page, 'partner-points-history'), /Points for order NL-EN-RIVE-\d+/);
  assert.match(await widgetText(page, 'partner-referral-form'), /Earn 2,500 points when they become a partner/);
  assert.match(await widgetText(page, 'partner-referrals'), /Bayside Builders Warehouse/);
  await page.waitForTimeout(300);
  assert.equal(graphqlRequests(), 1, 'all four widgets share one batched request');
  assert.deepEqual(problems, [], 'no console errors, no CSP violations');
  await page.close();
});

test('the page never sees the supplier secret key, and its token is a member token', async () => {
  const response = await fetch(host.url);
  const html = await response.text();
  assert.ok(!html.includes('sk_'), 'no secret key in the page');
  const token = html.match(/token="([^"]+)"/)?.[1];
  assert.ok(token && token.split('.').length === 3, 'a signed widget token is rendered into <partner-portal>');
  assert.match(response.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'/);
});

test('switching persona shows the other partner in place, with one request for all widgets', async () => {
  const { page, graphqlRequests, problems } = await visit('/?as=silver');
  await widgetText(page, 'partner-points-balance', 'Available');
  const before = graphqlRequests();
  await page.selectOption('#persona', 'platinum');
  // The platinum persona reads Thai: the page switches its locale with the persona.
  assert.match(await widgetText(page, 'partner-tier-badge', 'แพลทินัม'), /แพลทินัม/);
  assert.match(await widgetText(page, 'partner-tier-progress', 'สูงสุด'), /ระดับสูงสุด/);
  await widgetText(page, 'partner-points-balance', 'คะแนนที่ใช้ได้');
  await page.waitForTimeout(300);
  assert.equal(graphqlRequests() - before, 1, 'one request refreshes every widget');
  assert.match(page.url(), /as=platinum/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the language switcher re-renders every widget in the chosen language', async () => {
  const { page, problems } = await visit('/?as=gold');
  await widgetText(page, 'partner-points-balance', 'Tilgjengelig');
  await page.selectOption('#locale', 'ms');
  assert.match(await widgetText(page, 'partner-points-balance', 'Boleh dibelanjakan'), /Mata anda/);
  assert.match(await widgetText(page, 'partner-points-history', 'Sejarah mata'), /Sejarah mata/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ms');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Promotions and Challenge sections: the new partner takes part in the challenge, its own row highlighted', async () => {
  const { page, graphqlRequests, problems } = await visit('/?as=new');
  // The new persona reads Norwegian.
  assert.match(await widgetText(page, 'partner-promotions', 'Kampanjer'), /Volumrabatt på én ordre/);
  assert.match(await widgetText(page, 'partner-leaderboard', 'Sprint'), /Sprint for nye partnere/);
  const ownRow = await page.locator('partner-leaderboard [part="row own"]').innerText();
  assert.match(ownRow, /Ålesund Bygg AS/);
  await page.waitForTimeout(300);
  assert.equal(graphqlRequests(), 1, 'the new sections join the page’s one request');
  assert.deepEqual(problems, []);
  await page.close();
});

test('under the strict CSP every widget works, not only loads: redeem, detail view, cancel, refer, answer the survey, ask for a discount', async () => {
  const response = await fetch(host.url);
  const policy = response.headers.get('content-security-policy') ?? '';
  assert.match(policy, /require-trusted-types-for 'script'/);
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/, 'no inline scripts or styles, no eval');
  const { page, problems } = await visit('/?as=silver');
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (event) => (window as any).reportViolation(`${event.violatedDirective} ${event.blockedURI}`)));
  await widgetText(page, 'partner-reward-catalog', 'Redeem');

  // The catalog: the detail view, then a redemption end to end.
  await page.locator('partner-reward-catalog [part~="name-button"]').first().click();
  await page.locator('partner-reward-catalog dialog[part~="detail"]').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('partner-reward-catalog [part~="redeem-button"]').first().click();
  await page.locator('partner-reward-catalog [part~="confirm-button"]').click();
  await page.locator('partner-reward-catalog dialog .success').waitFor();
  await page.locator('partner-reward-catalog dialog [part~="dismiss-button"]').click();

  // My rewards: the new redemption can be cancelled in place.
  await page.locator('partner-redemptions [part~="cancel-button"]').first().click();
  await page.locator('partner-redemptions [part~="confirm"] button').first().click();
  await page.waitForFunction(() => document.querySelector('partner-redemptions')?.shadowRoot?.textContent?.includes('Redemption cancelled'));

  // The referral form, sent.
  const form = page.locator('partner-referral-form');
  await form.locator('input[name="companyName"]').fill('Harbour Fixings Ltd');
  await form.locator('input[name="domain"]').fill('harbour-fixings.example.com');
  await form.locator('input[name="contactName"]').fill('Hana Harbour');
  await form.locator('input[name="contactEmail"]').fill('hana@harbour-fixings.example.com');
  await form.locator('input[name="consent"]').check();
  await form.locator('[part~="submit-button"]').click();
  await form.locator('[part~="success"]').waitFor();

  // The survey, answered if this member still may this quarter.
  const survey = page.locator('partner-nps-survey');
  if (await survey.locator('[part~="form"]').count()) {
    await survey.locator('input[type="radio"][value="9"]').check();
    await survey.locator('[part~="submit-button"]').click();
    await survey.locator('[part~="thanks"]').waitFor();
  }

  // Promotions: what an order amount earns.
  await page.locator('partner-promotions input#amount').fill('6000');
  await page.waitForFunction(() => /%/.test(document.querySelector('partner-promotions')?.shadowRoot?.querySelector('[part~="quote"]')?.textContent ?? ''));

  await page.waitForTimeout(300);
  assert.deepEqual(violations, [], 'no CSP violation while the widgets were used');
  assert.deepEqual(problems, [], 'no console errors');
  await page.close();
});

test('the Webinars section: seats, the gold persona’s registration, and "Add to calendar" downloads an .ics under the strict CSP', async () => {
  const { page, graphqlRequests, problems } = await visit('/?as=gold');
  // The gold persona reads Norwegian.
  const text = await widgetText(page, 'partner-webinars', 'Webinarer');
  assert.match(text, /Kommende.*Tidligere/);
  assert.match(text, /Fullt/, 'the fully booked webinar');
  assert.match(text, /Du er påmeldt/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('partner-webinars [part="calendar-link"]').first().click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const ics = (await readFile((await download.path())!)).toString('utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
  assert.equal(graphqlRequests(), 1, 'the Webinars section joins the page’s one request');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Training section: courses with the member’s progress in the page’s one request; a course opens in the page where the member left it; its certificate page says it is genuine', async () => {
  const { page, graphqlRequests, problems } = await visit('/?as=gold');
  // The gold persona reads Norwegian: two courses completed, one half-way.
  const catalog = await widgetText(page, 'partner-course-catalog', 'Fortsett');
  assert.match(catalog, /Opplæring/);
  assert.match(catalog, /Kursbevis/);
  await page.waitForTimeout(300);
  assert.equal(graphqlRequests(), 1, 'the catalog joins the page’s one request');

  const certificate = await page.locator('partner-course-catalog [part="certificate-link"]').first().getAttribute('href');
  const verdict = await (await fetch(new URL(certificate!, host.url))).text();
  assert.match(verdict, /Ekte: dette kursbeviset er utstedt av Nordlys/);

  await page.locator('partner-course-catalog [part="open-button"]', { hasText: 'Fortsett' }).click();
  const player = await widgetText(page, 'partner-course', 'Ladere og kaldt vær');
  assert.match(player, /Stell og lading av batterier/);
  assert.equal(await page.locator('partner-course [part~="step"][aria-current="step"]').innerText(), '2\nLadere og kaldt vær');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'course', 'focus moves to the course');
  // The course takes the catalog's place, in view: at the top of the window, or all of it when
  // the window is taller than what is left of the page.
  assert.equal(await page.locator('partner-course-catalog').isHidden(), true);
  const inView = () => {
    const { top, bottom } = document.querySelector('#course')!.getBoundingClientRect();
    return top >= 0 && (top < 100 || bottom <= innerHeight);
  };
  await page.waitForFunction(inView, undefined, { timeout: 5_000 }).catch(async () => {
    const box = await page.locator('#course').evaluate((element) => `${element.getBoundingClientRect().top}–${element.getBoundingClientRect().bottom} px of ${innerHeight}`);
    assert.fail(`the course is not in view: ${box}`);
  });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'close-course');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('partner-course').count(), 0);
  assert.equal(await page.locator('partner-course-catalog').isVisible(), true, 'the catalog is back');
  await page.waitForFunction(() => document.querySelector('partner-course-catalog')?.shadowRoot?.activeElement?.getAttribute('part') === 'open-button');
  assert.match(await page.evaluate(() => document.querySelector('partner-course-catalog')!.shadowRoot!.activeElement!.closest('[data-id]')!.textContent!), /Stell og lading av batterier/, 'focus is back on the course that was open');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Marketing materials section: a download is counted by the server, then saved by the browser', async () => {
  const { page, graphqlRequests, problems } = await visit('/');
  assert.match(await widgetText(page, 'partner-materials', 'Download'), /Marketing materials/);
  await page.waitForTimeout(300);
  assert.equal(graphqlRequests(), 1, 'the library joins the page’s one request');
  const first = page.locator('partner-materials [part="material"]').first();
  const id = (await first.getAttribute('data-id'))!;
  const countOf = async () =>
    (await host.server.deps.db.selectFrom('materials').select(['download_count', 'file_url']).where('id', '=', id).executeTakeFirstOrThrow());
  const before = await countOf();
  const [download] = await Promise.all([page.waitForEvent('download'), first.locator('[part="download-button"]').click()]);
  assert.equal((await countOf()).download_count, before.download_count + 1, 'counted once');
  const name = before.file_url.split('/').pop()!;
  assert.equal(download.suggestedFilename(), name.endsWith('.mp4') ? name.replace(/\.mp4$/, '.webm') : name);
  assert.ok((await download.failure()) === null, 'the file arrived');
  assert.match(await first.locator('[role="status"]').innerText(), /Your download has started/);
  assert.equal(graphqlRequests(), 2, 'one more request: the count');
  assert.deepEqual(problems, []);
  await page.close();
});

test('every picture, document, video and caption file the seed points at is served with its content type', async () => {
  const { rows } = await sql<{ url: string }>`
    select image_url as url from rewards union select image_url from courses
    union select video_url from lessons union select jsonb_array_elements(captions)->>'url' from lessons union select document_url from lessons
    union select recording_url from webinars union select file_url from materials union select preview_url from materials`.execute(host.server.deps.db);
  const urls = rows.map((row) => row.url).filter(Boolean);
  assert.ok(urls.length > 100, `the seed's media (${urls.length} addresses)`);
  // Every video is the same WebM placeholder, also where the seed's address ends in .mp4.
  const types: Record<string, string> = { svg: 'image/svg+xml', pdf: 'application/pdf', zip: 'application/zip', mp4: 'video/webm', vtt: 'text/vtt; charset=utf-8' };
  const wrong: string[] = [];
  for (const url of urls) {
    const response = await fetch(new URL(url, host.url));
    const body = Buffer.from(await response.arrayBuffer());
    const expected = types[url.split('.').pop()!];
    if (response.status !== 200 || response.headers.get('content-type') !== expected || body.length === 0) wrong.push(`${url}: ${response.status} ${response.headers.get('content-type')}`);
  }
  assert.deepEqual(wrong, []);
  const material = urls.find((url) => url.startsWith('/demo/materials/') && url.endsWith('.pdf'))!;
  assert.match((await fetch(new URL(material, host.url))).headers.get('content-disposition') ?? '', /^attachment; filename=".+\.pdf"$/);
  assert.equal((await fetch(new URL('/demo/images/courses/crs_nope.svg', host.url))).status, 404, 'names the seed does not use are not found');

  // The browser plays a lesson's video with its captions, and can seek in it.
  const { page, problems } = await visit('/');
  const video = urls.find((url) => url.startsWith('/demo/media/courses/') && url.endsWith('.mp4'))!;
  const played = await page.evaluate(
    async ([src, captions]) => {
      const element = document.createElement('video');
      element.muted = true;
      element.src = src!;
      const track = Object.assign(document.createElement('track'), { kind: 'captions', srclang: 'en', src: captions!, default: true });
      element.append(track);
      document.body.append(element);
      await new Promise((resolve, reject) => {
        element.onloadeddata = resolve;
        element.onerror = () => reject(new Error(`video error ${element.error?.code}`));
      });
      element.currentTime = 4;
      await new Promise((resolve) => (element.onseeked = resolve));
      if (track.readyState !== 2) await new Promise((resolve) => (track.onload = resolve));
      const result = { duration: element.duration, width: element.videoWidth, at: element.currentTime, cues: track.track.cues?.length ?? 0 };
      element.remove();
      return result;
    },
    [video, video.replace(/\.mp4$/, '.en.vtt')],
  );
  assert.deepEqual(played, { duration: 6, width: 640, at: 4, cues: 2 });
  assert.deepEqual(problems, []);
  await page.close();
});
