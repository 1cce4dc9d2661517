/**
 * `npm run bench`: the demo portal page (every widget) loaded in Chromium, median of several
 * fresh loads against the demo host on in-memory PGlite: long tasks, script and task time,
 * GraphQL requests, JavaScript bytes, time until every widget shows its data — and the budgets
 * `npm test` holds them to (`test/e2e/load-budget.test.ts`).
 *
 *   node --import tsx bench/demo-load.ts [--runs 7] [--path /?as=gold] [--wall]
 *
 * `--wall` also lists the Long Tasks API's long tasks (wall clock) with their scripts.
 */
import { parseArgs } from 'node:util';
import { startDemoHost } from '../demo/host.js';
import { LOAD_BUDGETS } from './demo-load/budgets.js';
import { launchChromium } from './chromium.js';
import { measureLoads } from './demo-load/measure.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, path: { type: 'string', default: '/' }, wall: { type: 'boolean' } } });
const runs = Number(values.runs);

delete process.env.DATABASE_URL;
const host = await startDemoHost({ memory: true, port: 0, build: true });
const browser = await launchChromium();
try {
  const { samples, median } = await measureLoads(browser, new URL(values.path!, host.url).href, runs);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const over = (value: number, budget: number) => (value > budget ? '  OVER BUDGET' : '');
  console.log(`\nThe demo portal page (${values.path}, every widget), Chromium ${browser.version()}, 1280×900, median of ${runs} fresh loads:`);
  console.log(`  long tasks > 50 ms CPU  ${median.longTasks} (budget ${LOAD_BUDGETS.longTasks}; per load: ${samples.map((s) => s.longTasks.length).join(' ')})${over(median.longTasks, LOAD_BUDGETS.longTasks)}`);
  console.log(`  long tasks > 50 ms wall ${median.wallLongTasks} (Long Tasks API; per load: ${samples.map((s) => s.wallLongTasks.length).join(' ')}; wall clock, so the machine's other work counts too)`);
  console.log(`  script time             ${median.scriptMs.toFixed(0)} ms CPU (budget ${LOAD_BUDGETS.scriptMs} ms; per load: ${samples.map((s) => s.scriptMs.toFixed(0)).join(' ')})${over(median.scriptMs, LOAD_BUDGETS.scriptMs)}`);
  console.log(`  main-thread time        ${median.taskMs.toFixed(0)} ms CPU, script, style, layout, paint (budget ${LOAD_BUDGETS.taskMs} ms; per load: ${samples.map((s) => s.taskMs.toFixed(0)).join(' ')})${over(median.taskMs, LOAD_BUDGETS.taskMs)}`);
  console.log(`  GraphQL requests        ${median.graphqlRequests} (budget ${LOAD_BUDGETS.graphqlRequests})${over(median.graphqlRequests, LOAD_BUDGETS.graphqlRequests)}`);
  console.log(`  every widget ready at   ${median.readyMs.toFixed(0)} ms after navigation start`);
  console.log(`  JavaScript              ${kb(median.jsBytes)} in ${samples[0]!.jsFiles} files (${kb(median.jsGzipBytes)} gzip -9; the demo host sends it uncompressed)`);
  const parts = (task: { parts: { name: string; cpuMs: number }[] }) => task.parts.slice(0, 4).map((part) => `${part.name} ${part.cpuMs.toFixed(0)}`).join(', ');
  console.log(`  the longest task        median ${median.longestTaskMs.toFixed(0)} ms CPU; per load: ${samples.map((s) => `${s.longestTaskMs.toFixed(0)} (${parts(s.longestTask)})`).join('; ')}`);
  const long = samples.flatMap((s) => s.wallLongTasks);
  if (long.length && process.argv.includes('--wall')) {
    console.log(`  the Long Tasks API's long tasks and their scripts (long animation frames), all loads:`);
    for (const task of long) {
      const top = task.scripts.slice(0, 3).map((s) => `${s.invoker} ${s.sourceFunctionName || ''} ${s.sourceURL.split('/').pop()} ${s.duration.toFixed(0)} ms`);
      console.log(`    ${task.duration.toFixed(0)} ms at ${task.startTime.toFixed(0)} ms: ${top.join('; ') || 'no script (style, layout or parsing)'}`);
    }
  }
} finally {
  await browser.close();
  await host.close();
}
