import { html, type TemplateResult } from 'lit';

/**
 * The empty state of a list the member filters (rewards, courses, materials): its sentence
 * ("nothing matches", or that the list is empty) and, with filters on, a button that clears
 * them (part `clear-button`) so the member is never stuck on an empty page. Styles:
 * `filteredEmptyStyles`.
 */
export function filteredEmpty(filtered: boolean, sentence: string, clearLabel: string, clear: () => void): TemplateResult {
  return html`<div class="empty">
    <p>${sentence}</p>
    ${filtered ? html`<button type="button" part="clear-button" @click=${clear}>${clearLabel}</button>` : null}
  </div>`;
}
