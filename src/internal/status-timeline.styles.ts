import { css } from 'lit';

export const statusTimelineStyles = css`
  [part='timeline'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 0;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .step {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 6px;
    align-items: center;
    flex: 1 1 7em;
    padding-inline-end: 8px;
  }
  .step time {
    grid-column: 2;
    color: var(--_partner-muted);
  }
  .dot {
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    border: 2px solid var(--_partner-border);
    background: var(--_partner-surface);
  }
  .done .dot {
    border-color: var(--_partner-accent);
    background: var(--_partner-accent);
  }
  .upcoming .label {
    color: var(--_partner-muted);
  }
  [aria-current='step'] .label {
    font-weight: 700;
  }
  .ends .dot {
    border-color: var(--_partner-negative);
    background: var(--_partner-negative);
  }
`;
