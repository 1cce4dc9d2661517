import { css } from 'lit';

export const promotionsStyles = css`
  h2 {
    margin: 0;
  }
  h3 {
    margin: 16px 0 4px;
    font-size: 1em;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  p,
  li {
    margin: 2px 0;
    font-size: 0.875em;
  }
  li li,
  li p {
    font-size: 1em;
  }
  [part='badge'] {
    font-weight: 600;
    color: var(--_partner-muted);
  }
  [data-status='ACTIVE'] [part='badge'],
  [part='countdown'],
  [data-reached] {
    color: var(--_partner-accent);
    font-weight: 600;
  }
  [data-reached]::before,
  [data-unlocked]::before {
    content: '✓ ' / '';
  }
  [part='quote'] {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 2px;
    font-size: 0.875em;
  }
  [part='quote'] p {
    font-size: 1em;
  }
  #result {
    min-block-size: 3em;
  }
  [aria-invalid='true'] + #result {
    color: var(--_partner-negative);
    font-weight: 600;
  }
  [data-unlocked] {
    color: var(--_partner-positive);
  }
  .skeleton {
    display: block;
    block-size: 2em;
    margin-block: 16px;
  }
`;
