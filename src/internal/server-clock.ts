import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** When each answer was first seen, on the page's monotonic clock. */
const seen = new WeakMap<object, number>();

/**
 * The server's "now" for an answer that carries its `serverTime`: that instant plus the time
 * the page has spent since the answer arrived. Countdowns start from the server's clock, not the
 * browser's (which may be wrong, or in another test time); elapsed time is measured with the
 * monotonic clock, which a wall-clock change does not move. Answers are shared objects from the
 * client's cache, so the first widget to show one records when it came.
 */
export function serverNow(answer: { serverTime: string }): number {
  let at = seen.get(answer);
  if (at === undefined) seen.set(answer, (at = performance.now()));
  return Date.parse(answer.serverTime) + performance.now() - at;
}

/**
 * Renders its host again every second while the host is in the page, for countdowns that move
 * without a request; stopped while the host is out of the page.
 */
export class Ticker implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer = setInterval(() => this.host.requestUpdate(), 1000);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }
}
