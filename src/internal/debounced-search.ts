import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PAUSE_MS = 300;

/**
 * A search field's typing, applied after a pause (one request per word, not per key) or at
 * once on Enter; blank text means no search. The pending timer dies with the widget.
 */
export class DebouncedSearch implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly apply: (search: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Forgets what is pending (the filters were cleared meanwhile). */
  cancel(): void {
    clearTimeout(this.#timer);
  }

  onInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    this.cancel();
    this.#timer = setTimeout(() => this.apply(value.trim() ? value : undefined), PAUSE_MS);
  };

  onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    this.cancel();
    const value = (event.target as HTMLInputElement).value;
    this.apply(value.trim() ? value : undefined);
  };
}
