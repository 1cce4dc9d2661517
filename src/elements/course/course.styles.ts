import { css } from 'lit';

export const courseStyles = css`
  [part='card'] {
    padding: var(--_partner-gap);
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    background: var(--_partner-surface);
    min-block-size: 20em;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    margin: 0 0 4px;
    font-size: 1.0625em;
  }
  p {
    margin: 0 0 8px;
  }
  .facts {
    font-size: 0.875em;
    color: var(--_partner-muted);
  }
  [part='reward'] {
    font-weight: 600;
    color: var(--_partner-accent);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 8px;
    max-inline-size: 28rem;
    font-size: 0.875em;
  }
  progress {
    flex: 1;
    accent-color: var(--_partner-accent);
  }
  [part='completion'] {
    margin-block: 8px;
    padding: 12px;
    border: 1px solid var(--_partner-positive);
    border-radius: var(--_partner-radius);
  }
  [part='completion'] h3 {
    color: var(--_partner-positive);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }
  .hint {
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    margin-block-start: 12px;
  }
  nav {
    flex: 1 1 14rem;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='step'] {
    display: flex;
    align-items: center;
    gap: 8px;
    inline-size: 100%;
    margin-block-end: 4px;
    border-color: transparent;
    color: var(--_partner-text);
    text-align: start;
  }
  [part~='step'][aria-current] {
    border-color: var(--_partner-accent);
    background: var(--_partner-subtle);
    font-weight: 600;
  }
  .mark {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    border: 1px solid var(--_partner-border);
    font-size: 0.8125em;
    line-height: 1.4;
    text-align: center;
  }
  [data-done] .mark {
    border-color: var(--_partner-positive);
    background: var(--_partner-positive);
    color: var(--_partner-surface);
  }
  article {
    flex: 3 1 20rem;
    min-inline-size: 0;
  }
  [part='text'] {
    margin-block-end: 12px;
    overflow-wrap: break-word;
  }
  [part='text'] img {
    max-inline-size: 100%;
  }
  video {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    margin-block-end: 12px;
  }
  /* Where focus is moved to (a heading, a result), not something to operate. */
  [tabindex='-1']:focus {
    outline: none;
  }
  a {
    color: var(--_partner-accent);
  }
  fieldset {
    margin: 0 0 12px;
    padding: 8px 12px;
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
  }
  legend {
    font-weight: 600;
  }
  fieldset label {
    display: flex;
    align-items: center;
    gap: 8px;
    min-block-size: 32px;
  }
  input {
    accent-color: var(--_partner-accent);
  }
  [part='result'] {
    padding: 12px;
    border: 1px solid var(--_partner-warning);
    border-radius: var(--_partner-radius);
  }
  .skeleton.line {
    display: block;
    block-size: 1.25em;
    inline-size: 60%;
    margin-block: 6px;
  }
  .skeleton.short {
    inline-size: 35%;
  }
  .skeleton.block {
    display: block;
    block-size: 14em;
    margin-block-start: 16px;
  }
`;
