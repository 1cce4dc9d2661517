import { html, nothing } from 'lit';
import { formatDate } from '../i18n/format.js';
import type { SupportedLocale } from '../i18n/locales.js';

export interface TimelineStep {
  /** The status code (`data-step`). */
  status: string;
  label: string;
  /** When the step was reached; null while it is still ahead. */
  at: string | null;
  /** The step that ends the way early (a cancellation, a rejection): drawn as a failure. */
  ends?: boolean;
}

/**
 * The way of something through its statuses (a redemption from ordered to delivered, a
 * referral from submitted to rewarded) as an ordered list: each step with the date it was
 * reached, "not yet" for screen readers where it wasn't, the current one `aria-current="step"`.
 * Style it with `statusTimelineStyles` (status-timeline.styles.ts).
 */
export function renderStatusTimeline(locale: SupportedLocale, text: { label: string; notYet: string }, steps: readonly TimelineStep[], current: string) {
  return html`<ol part="timeline" aria-label=${text.label}>
    ${steps.map(
      (step) => html`<li class="step ${step.at ? 'done' : 'upcoming'} ${step.ends ? 'ends' : ''}" data-step=${step.status} aria-current=${step.status === current ? 'step' : nothing}>
        <span class="dot" aria-hidden="true"></span>
        <span class="label">${step.label}</span>
        ${step.at ? html`<time datetime=${step.at}>${formatDate(locale, step.at)}</time>` : html`<span class="visually-hidden">${text.notYet}</span>`}
      </li>`,
    )}
  </ol>`;
}
