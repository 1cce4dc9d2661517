import { css } from 'lit';

export const referralsStyles = css`
  .head,
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
  }
  .head {
    margin-block-end: 8px;
  }
  h2 {
    margin: 0;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  .head label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 0.875em;
  }
  input {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
  }
  input:focus-visible,
  [part~='item']:focus-visible {
    outline: 3px solid var(--_partner-accent);
    outline-offset: 2px;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='item'] {
    display: block;
    padding: 12px 0;
    border-block-start: 1px solid var(--_partner-border);
    min-block-size: 7em;
  }
  [part='status'] {
    padding: 0 8px;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_partner-accent);
  }
  [part='status'][data-status='REWARDED'],
  [part='reward'] {
    color: var(--_partner-positive);
  }
  [part='status'][data-status='REJECTED'] {
    color: var(--_partner-negative);
  }
  p {
    margin: 4px 0 0;
    font-size: 0.875em;
  }
  .meta {
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  [part='reward'] {
    font-weight: 600;
  }
  .flag {
    color: var(--_partner-warning);
  }
  [part='timeline'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 0;
    margin-block-start: 8px;
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
  }
  .done .dot {
    border-color: var(--_partner-accent);
    background: var(--_partner-accent);
  }
  .step:not(.done) .label {
    color: var(--_partner-muted);
  }
  [aria-current='step'] .label {
    font-weight: 700;
  }
  [data-step='REJECTED'] .dot {
    border-color: var(--_partner-negative);
    background: var(--_partner-negative);
  }
  footer {
    display: flex;
    align-items: center;
    gap: 12px;
    padding-block-start: 10px;
    border-block-start: 1px solid var(--_partner-border);
    font-size: 0.875em;
    color: var(--_partner-muted);
  }
  .empty {
    padding: 12px 0;
    color: var(--_partner-muted);
  }
  .empty p {
    margin: 0 0 8px;
    font-size: 1em;
  }
  .skeleton.line {
    display: block;
    block-size: 1em;
    inline-size: 55%;
    margin-block: 6px;
  }
  .skeleton.short {
    inline-size: 35%;
  }
  .skeleton.steps {
    inline-size: 90%;
    block-size: 1.6em;
    margin-block-start: 12px;
  }
`;
