import { css } from 'lit';

export const rewardCatalogStyles = css`
  :host {
    --_partner-card-min: var(--partner-reward-catalog-card-min, 14rem);
  }
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 8px 16px;
    margin-block-end: 12px;
    font-size: 0.875em;
  }
  [part='filters'] label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-block-size: 24px;
  }
  [part='filters'] label.field {
    flex-direction: column;
    align-items: start;
    gap: 2px;
  }
  .order {
    display: grid;
    gap: 8px;
    margin-block: 8px;
  }
  .order label {
    display: grid;
    gap: 2px;
    font-size: 0.875em;
  }
  .order input {
    inline-size: 6em;
  }
  .order .hint {
    margin: -4px 0 0;
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  .field:has([aria-invalid='true']) + .hint {
    color: var(--_partner-negative);
    font-weight: 600;
  }
  input[type='checkbox'] {
    inline-size: 18px;
    block-size: 18px;
    margin: 0;
  }
  ul.rewards,
  .row {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_partner-card-min)), 1fr));
  }
  :host([layout='list']) :is(ul.rewards, .row) {
    grid-template-columns: 1fr;
  }
  .long {
    display: grid;
  }
  .long > * {
    grid-area: 1 / 1;
    min-inline-size: 0;
  }
  .first-rows {
    align-self: start;
    z-index: 1;
    background: var(--_partner-surface);
  }
  /* A virtual row is positioned by the virtualizer; the gap between rows is its padding. */
  .row {
    inline-size: 100%;
    padding-block-end: 12px;
  }
  /* A grid, not nested boxes: a long catalog renders dozens of cards, each element counts. */
  [part~='reward'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 4px;
    padding: 10px;
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    min-block-size: 18em;
  }
  :host([layout='list']) [part~='reward'] {
    grid-template-columns: 96px minmax(0, 1fr);
    column-gap: 12px;
    align-content: center;
    min-block-size: 7em;
  }
  [part~='reward']:focus-visible {
    outline: 3px solid var(--_partner-accent);
    outline-offset: 2px;
  }
  .picture {
    margin-block-end: 2px;
    aspect-ratio: 4 / 3;
    border-radius: var(--_partner-radius);
    background: var(--_partner-subtle);
    overflow: hidden;
  }
  :host([layout='list']) .picture {
    grid-row: 1 / span 5;
    align-self: center;
  }
  :host([layout='list']) [part~='reward'] > :not(.picture) {
    grid-column: 2;
  }
  [part='image'] {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  [part~='name-button'] {
    min-block-size: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  [part~='name-button']:hover {
    background: none;
    text-decoration: underline;
  }
  [part~='reward'] .picture {
    cursor: pointer;
  }
  .detail {
    max-inline-size: min(36rem, calc(100vw - 32px));
  }
  .detail .picture {
    display: block;
  }
  .description {
    margin: 0 0 8px;
  }
  [part='cost'] {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_partner-accent);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 8px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  [part='stock'][data-stock='LOW_STOCK'] {
    color: var(--_partner-warning);
    font-weight: 600;
  }
  [part='stock'][data-stock='OUT_OF_STOCK'] {
    color: var(--_partner-negative);
    font-weight: 600;
  }
  .why {
    margin: 0;
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  [part~='redeem-button'],
  [part~='confirm-button'] {
    align-self: start;
    justify-self: start;
  }
  .skeleton.block {
    display: block;
    aspect-ratio: 4 / 3;
  }
  .skeleton.line {
    display: block;
    block-size: 1em;
    inline-size: 70%;
    margin-block: 4px;
  }
  .skeleton.short {
    inline-size: 40%;
  }
  /* One width from confirm to done, whatever each step holds. */
  dialog {
    inline-size: min(28rem, calc(100vw - 32px));
    padding: var(--_partner-gap);
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    background: var(--_partner-surface);
    color: var(--_partner-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h2 {
    margin-block-end: 4px;
  }
  dialog dl {
    display: grid;
    grid-template-columns: auto auto;
    justify-content: space-between;
    gap: 4px 16px;
    margin: 8px 0 12px;
  }
  dialog dt {
    color: var(--_partner-muted);
  }
  dialog dd {
    margin: 0;
    text-align: end;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  dialog .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: 8px;
    margin-block-start: 12px;
  }
  dialog .error {
    margin-block-start: 8px;
    font-size: 0.875em;
  }
  .success {
    margin: 8px 0 0;
    color: var(--_partner-positive);
    font-weight: 600;
  }
`;
