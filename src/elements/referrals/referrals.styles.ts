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
  footer {
    border-block-start: 1px solid var(--_partner-border);
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
