import { css } from 'lit';

export const leaderboardStyles = css`
  h2 {
    margin: 0;
  }
  h3 {
    margin: 12px 0 0;
    font-size: 1em;
  }
  p,
  ul,
  table {
    margin: 4px 0;
    font-size: 0.875em;
  }
  [part='countdown'] {
    color: var(--_partner-accent);
    font-weight: 600;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption,
  th,
  td {
    padding: 4px 8px;
    border-block-end: 1px solid var(--_partner-border);
    text-align: start;
  }
  caption {
    font-weight: 600;
  }
  :is(th, td):last-child {
    text-align: end;
  }
  tbody th {
    font-weight: 400;
  }
  /* Muted, not italic: Thai has no italic, and the browser would slant it. */
  .anonymous {
    color: var(--_partner-muted);
  }
  [part~='own'] {
    background: var(--_partner-subtle);
    box-shadow: inset 4px 0 var(--_partner-accent);
  }
  [part~='own'] th,
  [part='you'],
  [part='own-rank'] {
    font-weight: 700;
  }
  .skeleton {
    display: block;
    block-size: 2em;
    margin-block: 16px;
  }
`;
