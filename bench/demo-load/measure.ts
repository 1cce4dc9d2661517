/**
 * Loads the demo portal page (every widget) in fresh Chromium pages and measures what a visitor's
 * main thread pays for it: long tasks, script and task time, GraphQL requests, JavaScript bytes
 * and the time until every widget shows its data. Shared by `npm run bench`
 * (`bench/demo-load.ts`) and the budget test (`test/e2e/load-budget.test.ts`).
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { mainThreadTasks, TASK_TRACE_CATEGORIES, type MainThreadTask } from './main-thread-tasks.js';

/** Plain JavaScript, read as text: a function passed from here would carry tsx's helpers into the page. */
const INSTRUMENT = fileURLToPath(new URL('./instrument.js', import.meta.url));

export interface LongFrameScript {
  invoker: string;
  sourceURL: string;
  sourceFunctionName: string;
  duration: number;
}

export interface LongTask {
  startTime: number;
  duration: number;
  /** The scripts of the long animation frame(s) overlapping it, longest first: where the time went. */
  scripts: LongFrameScript[];
}

export interface LoadSample {
  /**
   * Tasks that took the page's main thread over 50 ms of CPU time, from navigation until the
   * widgets are ready and the page settled (a Chromium trace; see main-thread-tasks.ts).
   */
  longTasks: MainThreadTask[];
  /** The Long Tasks API's tasks over 50 ms (wall clock: on a busy machine, also other processes' time). */
  wallLongTasks: LongTask[];
  /** The longest main-thread task's CPU time, ms: the headroom under the 50 ms. */
  longestTaskMs: number;
  longestTask: MainThreadTask;
  /**
   * CDP `Performance.getMetrics` `ScriptDuration`, CPU time, ms: scripts, callbacks, events and
   * timers — but not a microtask checkpoint that follows a non-script task (a network answer),
   * so a render that runs there is only in `taskMs`.
   */
  scriptMs: number;
  /** CDP `TaskDuration`, CPU time: everything the main thread did (script, style, layout, paint, parsing…), ms. */
  taskMs: number;
  graphqlRequests: number;
  /** From navigation start until every widget shows its data (rendered, no skeleton, not busy), ms. */
  readyMs: number;
  /** JavaScript as the server sent it, and as gzip -9 would send it. */
  jsBytes: number;
  jsGzipBytes: number;
  jsFiles: number;
  /** The widgets that were waited for (the page's partner-* elements). */
  widgets: string[];
}

export interface LoadSummary {
  samples: LoadSample[];
  /** The median of each figure over the loads, independently. */
  median: { longTasks: number; longestTaskMs: number; wallLongTasks: number; scriptMs: number; taskMs: number; graphqlRequests: number; readyMs: number; jsBytes: number; jsGzipBytes: number };
}

/** The widgets the demo page shows without any interaction (the course player opens on demand). */
export const DEMO_WIDGETS = [
  'partner-tier-badge',
  'partner-points-balance',
  'partner-tier-progress',
  'partner-points-history',
  'partner-reward-catalog',
  'partner-redemptions',
  'partner-materials',
  'partner-referral-form',
  'partner-referrals',
  'partner-nps-survey',
  'partner-promotions',
  'partner-leaderboard',
  'partner-webinars',
  'partner-course-catalog',
] as const;

/** A long task, as the Long Tasks API defines it. */
export const LONG_TASK_MS = 50;

/** How long the page is watched after the widgets are ready, for work that follows their first render. */
const SETTLE_MS = 500;

/** One load of `url` in a fresh browser context (empty cache, as a first visit). */
export async function measureLoad(browser: Browser, url: string): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    let graphqlRequests = 0;
    page.on('request', (request) => void (new URL(request.url()).pathname === '/graphql' && graphqlRequests++));
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => void (response.request().resourceType() === 'script' && scripts.push(response.body())));

    await page.addInitScript({ path: INSTRUMENT });
    const cdp = await context.newCDPSession(page);
    // CPU time, not wall time: on a shared machine the wall clock also counts other processes.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await browser.startTracing(page, { categories: TASK_TRACE_CATEGORIES });
    let trace: Buffer;
    try {
      await page.goto(url);
      await page.waitForFunction(() => (window as any).__loadBudget.readyAt !== undefined, undefined, { timeout: 30_000 });
      await page.waitForTimeout(SETTLE_MS);
    } finally {
      trace = await browser.stopTracing();
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const state = await page.evaluate(() => (window as any).__loadBudget as { longTasks: { startTime: number; duration: number }[]; frames: { startTime: number; duration: number; scripts: LongFrameScript[] }[]; readyAt: number; widgets: string[] });
    if (problems.length) throw new Error(`The demo page reported errors while loading:\n${problems.join('\n')}`);

    const bodies = await Promise.all(scripts);
    const wallLongTasks = state.longTasks.map((task) => ({
      ...task,
      scripts: state.frames
        .filter((frame) => frame.startTime < task.startTime + task.duration && task.startTime < frame.startTime + frame.duration)
        .flatMap((frame) => frame.scripts)
        .sort((a, b) => b.duration - a.duration),
    }));
    const tasks = mainThreadTasks(trace).sort((a, b) => b.cpuMs - a.cpuMs);
    return {
      longTasks: tasks.filter((task) => task.cpuMs > LONG_TASK_MS),
      longestTaskMs: tasks[0]?.cpuMs ?? 0,
      longestTask: tasks[0]!,
      wallLongTasks,
      scriptMs: metric('ScriptDuration'),
      taskMs: metric('TaskDuration'),
      graphqlRequests,
      readyMs: state.readyAt,
      jsBytes: bodies.reduce((sum, body) => sum + body.length, 0),
      jsGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
      jsFiles: bodies.length,
      widgets: state.widgets,
    };
  } finally {
    await context.close();
  }
}

/** `runs` loads one after another (never in parallel: they would compete for the same cores). */
export async function measureLoads(browser: Browser, url: string, runs = 5): Promise<LoadSummary> {
  const samples: LoadSample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measureLoad(browser, url));
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  };
  const of = (pick: (sample: LoadSample) => number) => median(samples.map(pick));
  return {
    samples,
    median: {
      longTasks: of((s) => s.longTasks.length),
      longestTaskMs: of((s) => s.longestTaskMs),
      wallLongTasks: of((s) => s.wallLongTasks.length),
      scriptMs: of((s) => s.scriptMs),
      taskMs: of((s) => s.taskMs),
      graphqlRequests: of((s) => s.graphqlRequests),
      readyMs: of((s) => s.readyMs),
      jsBytes: of((s) => s.jsBytes),
      jsGzipBytes: of((s) => s.jsGzipBytes),
    },
  };
}
