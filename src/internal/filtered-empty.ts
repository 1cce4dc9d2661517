import { html, type TemplateResult } from 'lit';

/**
 * The empty state of a list the member filters (rewards, courses, materials): with filters on,
 * it says nothing matches and offers to clear them (part `clear-button`) so the member is never
 * stuck on an empty page; without, it says the list is empty. Styles: `filteredEmptyStyles`.
 */
export function filteredEmpty(filtered: boolean, text: { empty: string; noMatch: string }, clearLabel: string, clear: () => void): TemplateResult {
  return html`<div class="empty">
    ${filtered ? html`<p>${text.noMatch}</p><button type="button" part="clear-button" @click=${clear}>${clearLabel}</button>` : html`<p>${text.empty}</p>`}
  </div>`;
}
