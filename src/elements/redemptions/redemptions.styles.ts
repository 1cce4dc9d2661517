import { css } from 'lit';

export const redemptionsStyles = css`
  :host {
    --_partner-image: var(--partner-redemptions-image-size, 56px);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='item'] {
    display: flex;
    gap: 12px;
    padding: 12px 0;
    border-block-start: 1px solid var(--_partner-border);
    min-block-size: 8.5em;
  }
  [part~='item']:focus-visible,
  [part~='confirm']:focus-visible {
    outline: 3px solid var(--_partner-accent);
    outline-offset: 2px;
  }
  .picture {
    flex: none;
    inline-size: var(--_partner-image);
    block-size: var(--_partner-image);
    border-radius: var(--_partner-radius);
    background: var(--_partner-subtle);
    overflow: hidden;
  }
  [part='image'] {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .body {
    flex: 1;
    min-inline-size: 0;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
  }
  h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  [part='status'] {
    padding: 0 8px;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_partner-accent);
  }
  [part='status'][data-status='DELIVERED'] {
    color: var(--_partner-positive);
  }
  [part='status'][data-status='CANCELLED'] {
    color: var(--_partner-negative);
  }
  .facts,
  .meta {
    margin: 2px 0 0;
    font-size: 0.875em;
  }
  .points {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .meta {
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-block-start: 8px;
  }
  .confirm {
    padding: 8px;
    border-radius: var(--_partner-radius);
    background: var(--_partner-subtle);
  }
  .confirm p {
    flex: 1 1 100%;
    margin: 0;
    font-size: 0.875em;
  }
  button.danger {
    border-color: var(--_partner-negative);
    background: var(--_partner-negative);
    color: var(--_partner-surface);
  }
  button.danger:hover {
    background: var(--_partner-negative);
    filter: brightness(0.92);
  }
  .outcome p {
    margin: 8px 0 0;
    font-size: 0.875em;
  }
  .returned {
    color: var(--_partner-positive);
    font-weight: 600;
  }
  .body > .error {
    margin-block-start: 8px;
    padding: 8px 12px;
    font-size: 0.875em;
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
    inline-size: 55%;
    margin-block: 6px;
  }
  .skeleton.short {
    inline-size: 35%;
    block-size: 0.8em;
  }
  .skeleton.steps {
    inline-size: 90%;
    block-size: 1.6em;
    margin-block-start: 12px;
  }
`;
