/**
 * The page's main-thread tasks from a Chromium trace, with the CPU time each took (`tdur`, the
 * thread's own clock). The Long Tasks API times a task on the wall clock, which on a shared
 * machine also counts the time other processes had the core; CPU time is what the page itself
 * needs, and on an idle machine the two agree.
 */
export interface MainThreadTask {
  /** CPU time of the task, ms. */
  cpuMs: number;
  /** Wall-clock time of the task, ms. */
  wallMs: number;
  /** What the task spent its CPU time on (script, microtasks, style, layout…), most first. */
  parts: { name: string; cpuMs: number }[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The trace categories `mainThreadTasks` needs: tasks, and what happens in them. */
export const TASK_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute'];

/** The events that say what a task did (the outermost of them count; nested ones are inside). */
const PARTS = new Set(['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MajorGC', 'MinorGC']);

/** Every task of the busiest renderer main thread in `trace` (the page's: other renderers idle). */
export function mainThreadTasks(trace: Buffer): MainThreadTask[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const tasksOf = (thread: TraceEvent) =>
    events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'ThreadControllerImpl::RunTask' && event.ph === 'X');
  let busiest: TraceEvent[] = [];
  let most = -1;
  let thread: TraceEvent | undefined;
  for (const candidate of mainThreads) {
    const tasks = tasksOf(candidate);
    const cpu = tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0);
    if (cpu > most) [busiest, most, thread] = [tasks, cpu, candidate];
  }
  const parts = events
    .filter((event) => event.pid === thread?.pid && event.tid === thread?.tid && event.ph === 'X' && PARTS.has(event.name))
    .sort((a, b) => a.ts - b.ts);
  return busiest.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const spent = new Map<string, number>();
    let coveredUntil = task.ts;
    for (const part of parts) {
      if (part.ts < coveredUntil || part.ts >= end) continue;
      spent.set(part.name, (spent.get(part.name) ?? 0) + (part.tdur ?? 0) / 1000);
      coveredUntil = part.ts + (part.dur ?? 0);
    }
    return {
      cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
      wallMs: (task.dur ?? 0) / 1000,
      parts: [...spent].map(([name, cpuMs]) => ({ name, cpuMs })).sort((a, b) => b.cpuMs - a.cpuMs),
    };
  });
}
