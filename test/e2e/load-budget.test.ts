// The demo portal's page-load budgets (issue #7): the page `npm start` serves, every widget, in
// Chromium against the real server — the median of seven fresh loads within the budgets of
// bench/demo-load/budgets.ts. `npm run bench` prints the same figures (bench/demo-load.ts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startDemoHost, type DemoHost } from '../../demo/host.js';
import { LOAD_BUDGETS } from '../../bench/demo-load/budgets.js';
import { launchChromium } from '../../bench/chromium.js';
import { DEMO_WIDGETS, measureLoads, type LoadSummary } from '../../bench/demo-load/measure.js';

let host: DemoHost;
let browser: Browser;
let load: LoadSummary;

before(async () => {
  delete process.env.DATABASE_URL;
  host = await startDemoHost({ memory: true, port: 0, build: true });
  browser = await launchChromium();
  load = await measureLoads(browser, host.url, 7);
});

after(async () => {
  await browser?.close();
  await host?.close();
});

const perLoad = (pick: (sample: LoadSummary['samples'][number]) => number | string) => load.samples.map(pick).join(', ');

test('every widget of the page is waited for, and shows its data', () => {
  for (const sample of load.samples) assert.deepEqual([...sample.widgets].sort(), [...DEMO_WIDGETS].sort());
});

test('the page load has no task over 50 ms of CPU time on the main thread', () => {
  const detail = load.samples
    .flatMap((sample) => sample.longTasks)
    .map((task) => `${task.cpuMs.toFixed(0)} ms: ${task.parts.map((part) => `${part.name} ${part.cpuMs.toFixed(0)}`).join(', ')}`);
  assert.ok(load.median.longTasks <= LOAD_BUDGETS.longTasks, `median ${load.median.longTasks} long tasks (per load: ${perLoad((s) => s.longTasks.length)}):\n${detail.join('\n')}`);
});

test(`the page load runs at most ${LOAD_BUDGETS.scriptMs} ms of script`, () => {
  assert.ok(load.median.scriptMs <= LOAD_BUDGETS.scriptMs, `median ${load.median.scriptMs.toFixed(0)} ms (per load: ${perLoad((s) => s.scriptMs.toFixed(0))})`);
});

test(`the page load keeps the main thread busy at most ${LOAD_BUDGETS.taskMs} ms`, () => {
  assert.ok(load.median.taskMs <= LOAD_BUDGETS.taskMs, `median ${load.median.taskMs.toFixed(0)} ms (per load: ${perLoad((s) => s.taskMs.toFixed(0))})`);
});

test('the whole page costs one GraphQL request', () => {
  for (const sample of load.samples) assert.equal(sample.graphqlRequests, LOAD_BUDGETS.graphqlRequests);
});
