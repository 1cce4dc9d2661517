import { css } from 'lit';

export const pointsBalanceStyles = css`
  [part='card'] {
    padding: var(--_partner-gap);
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    background: var(--_partner-surface);
    /* A full balance's height, which the empty state keeps too. */
    min-block-size: 17.25em;
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.0625em;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 10px 24px;
  }
  .wide {
    grid-column: 1 / -1;
  }
  dt {
    font-size: 0.875em;
    color: var(--_partner-muted);
  }
  dd {
    margin: 0;
  }
  [part='available'] {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  [part='available'] small {
    font-size: 0.45em;
    font-weight: 400;
    color: var(--_partner-muted);
    margin-inline-start: 4px;
  }
  .hint {
    display: block;
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  [part='expiring'][data-soon] {
    color: var(--_partner-warning);
    font-weight: 600;
  }
  .empty {
    margin: 0;
    color: var(--_partner-muted);
  }
  .skeleton.big {
    display: block;
    inline-size: 7em;
    block-size: 2.4em;
  }
  /* One line of text (line-height 1.5). */
  .skeleton.value {
    display: block;
    inline-size: 5em;
    block-size: 1em;
    margin-block: 0.25em;
  }
  .skeleton.value.wide {
    inline-size: 60%;
  }
`;
