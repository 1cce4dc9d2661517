import { css } from 'lit';

export const pointsHistoryStyles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-block-end: 8px;
  }
  h2 {
    margin: 0;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 0.875em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='entry'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 2px 12px;
    padding: 10px 0;
    border-block-start: 1px solid var(--_partner-border);
    min-block-size: 4em;
  }
  [part~='entry']:focus-visible {
    outline: 3px solid var(--_partner-accent);
    outline-offset: 2px;
  }
  .reason {
    font-weight: 600;
  }
  .meta {
    grid-column: 1;
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  [part='points'] {
    grid-row: 1 / span 2;
    grid-column: 2;
    align-self: center;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  [data-sign='credit'] [part='points'] {
    color: var(--_partner-positive);
  }
  [data-sign='debit'] [part='points'] {
    color: var(--_partner-negative);
  }
  .tag {
    display: inline-block;
    margin-inline-start: 6px;
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.75em;
    font-weight: 600;
  }
  footer {
    border-block-start: 1px solid var(--_partner-border);
  }
  .empty {
    margin: 0;
    padding: 12px 0;
    color: var(--_partner-muted);
  }
  .skeleton.line {
    display: block;
    block-size: 1em;
    inline-size: 60%;
    margin-block: 4px;
  }
  .skeleton.meta-line {
    inline-size: 40%;
    block-size: 0.8em;
  }
`;
