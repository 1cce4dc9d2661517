import { css } from 'lit';

export const webinarsStyles = css`
  h2,
  h3,
  h4,
  p,
  ul {
    margin: 0;
    padding: 0;
    font-size: 1em;
  }
  h2 {
    font-size: 1.0625em;
  }
  h3 {
    margin-block-start: 12px;
  }
  ul {
    list-style: none;
  }
  li {
    padding: 12px 0;
    border-block-start: 1px solid var(--_partner-border);
    font-size: 0.875em;
  }
  li > * + * {
    margin-block-start: 4px;
  }
  li:focus-visible,
  [part='confirm']:focus-visible {
    outline: 3px solid var(--_partner-accent);
  }
  .meta,
  .empty {
    color: var(--_partner-muted);
  }
  [data-live],
  [data-full],
  [part='registered'] {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 24px;
  }
  a {
    color: var(--_partner-accent);
  }
  /* Tall enough to hit; no side padding, so a link that wraps to a new line starts at its edge. */
  .actions a {
    padding-block: 6px;
  }
  .confirm {
    padding: 8px;
    background: var(--_partner-subtle);
  }
  .skeleton {
    display: block;
    block-size: 1em;
    inline-size: 60%;
  }
`;
