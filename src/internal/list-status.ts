import { html, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

/**
 * What a list the member filters tells assistive technology: after the member changes a filter,
 * the search or the order, what the answer to that change shows (the count, or that nothing
 * matches), once, when it is on screen. Nothing else is said: a list drawn again in another
 * language, for another member or after a change elsewhere on the page stays quiet, where every
 * list reading its count at once was noise. The region stays in the page from the first render
 * (a live region added with its text in it is not read). Styles: `visuallyHidden`.
 */
export class ListStatus {
  #waiting = false;
  /** The answer on screen when the member acted: the one to wait past. */
  #before: unknown;
  #message = '';

  constructor(private readonly task: Task<readonly unknown[], unknown>) {}

  /**
   * What the list shows changed (its filters, search or order): call it from the host's
   * `willUpdate`, before the query runs again, so the answer to wait past is still the old one.
   */
  changed(): void {
    this.#waiting = true;
    this.#before = this.task.value;
    // Emptied first, so the same count as before is still read as news.
    this.#message = '';
  }

  /** The member changed the list and its answer is not on screen yet (the old one is). */
  get waiting(): boolean {
    return this.#waiting && this.task.status === TaskStatus.PENDING;
  }

  /** The live region; `message` says what the list shows now. */
  render(message: () => string): TemplateResult {
    // A failed answer ends the wait too (the widget shows the error): a later refresh for
    // another reason must not be read out as the answer to this change.
    if (this.#waiting && this.task.status === TaskStatus.ERROR) this.#waiting = false;
    if (this.#waiting && this.task.status === TaskStatus.COMPLETE && this.task.value !== this.#before) {
      this.#waiting = false;
      this.#message = message();
    }
    return html`<p class="visually-hidden" role="status">${this.#message}</p>`;
  }
}
