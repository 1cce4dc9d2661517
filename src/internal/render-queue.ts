/**
 * Time-slices the widgets' renders. Lit renders every pending update in the same microtask
 * checkpoint, so a page of fifteen widgets rendered its skeletons, and later every answer of the
 * one batched request, in one long task each (100 ms and more on a modest laptop, during which
 * the page ignores input). Here a render runs at once while the current slice of the task has
 * time left; after that, renders wait in order for the next slices, each a task of its own, so
 * the browser can handle input (and paint) between them. `PartnerElement` sends only a widget's
 * loading renders here (until it shows its data); a click or a refresh renders as Lit does.
 */
const SLICE_MS = 8;

const waiting: (() => void)[] = [];
let idle: { promise: Promise<void>; resolve: () => void } | undefined;

// A message is a task without setTimeout's 4 ms clamp after a few nested timers; one message
// per callback, delivered in order.
const channel = new MessageChannel();
const tasks: (() => void)[] = [];
channel.port1.onmessage = () => tasks.shift()?.();
function nextTask(run: () => void): void {
  tasks.push(run);
  channel.port2.postMessage(null);
}

// The task that evaluates the widgets' code has spent its slice on that (and on upgrading the
// page's elements, which `customElements.define` does at once): their first renders start in
// the next task.
let sliceEnds: number | undefined = performance.now();
nextTask(() => (sliceEnds = undefined));

/** Whether a render may run in this task now; starts a slice when none is running. */
function timeLeft(): boolean {
  const now = performance.now();
  if (sliceEnds === undefined) {
    sliceEnds = now + SLICE_MS;
    // The slice is this task's: whatever runs in a later task starts a new one.
    nextTask(() => (sliceEnds = undefined));
    return true;
  }
  return now < sliceEnds;
}

function runSlice(): void {
  sliceEnds = performance.now() + SLICE_MS;
  while (waiting.length && performance.now() < sliceEnds) waiting.shift()!();
  // Still this task's slice for the renders its microtasks ask for; the next task starts anew.
  nextTask(waiting.length ? runSlice : () => (sliceEnds = undefined));
  if (waiting.length) return;
  idle?.resolve();
  idle = undefined;
}

/**
 * Runs `render` now if the slice has time left and nobody is waiting, else in a later slice;
 * the answer settles once it ran (what Lit's `scheduleUpdate` may return).
 */
export function renderInSlice(render: () => void): void | Promise<void> {
  if (!waiting.length && timeLeft()) return render();
  return new Promise<void>((resolve, reject) => {
    if (!waiting.length) nextTask(runSlice);
    waiting.push(() => {
      try {
        render();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * Settles when no render is waiting. The client sends its batch after this, so the widgets
 * whose first render (and query) waited for a later slice still join the page's one request.
 */
export function rendersDone(): Promise<void> {
  if (!waiting.length) return Promise.resolve();
  if (!idle) {
    let resolve!: () => void;
    const promise = new Promise<void>((settle) => (resolve = settle));
    idle = { promise, resolve };
  }
  return idle.promise;
}
