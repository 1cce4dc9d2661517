import { css } from 'lit';

export const tierBadgeStyles = css`
  :host {
    display: inline-block;
  }
  [part='badge'] {
    /* Resolved here, where the program's colour is set (--_tier-server-color), not on :host. */
    --_tier-color: var(--partner-tier-color, var(--_tier-server-color, #8a8f98));
    display: inline-flex;
    align-items: center;
    gap: 10px;
    padding: 8px 14px 8px 10px;
    border-radius: var(--_partner-radius);
    border: 1px solid var(--_partner-border);
    background: var(--_partner-surface);
    min-block-size: 56px;
  }
  [part='icon'] {
    flex: none;
    inline-size: 32px;
    block-size: 32px;
    color: var(--_tier-color);
  }
  .text {
    display: flex;
    flex-direction: column;
  }
  .label {
    font-size: 0.75em;
    color: var(--_partner-muted);
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  [part='name'] {
    font-weight: 700;
    font-size: 1.125em;
  }
  :host([variant='compact']) [part='badge'] {
    gap: 6px;
    padding: 2px 10px 2px 4px;
    min-block-size: 28px;
    border-radius: 999px;
  }
  :host([variant='compact']) [part='icon'] {
    inline-size: 20px;
    block-size: 20px;
  }
  :host([variant='compact']) [part='name'] {
    font-size: 0.9375em;
  }
  .skeleton.name {
    inline-size: 6em;
    block-size: 1.2em;
    /* With the margins, the 1.5 line height of the name it stands for: no shift when it arrives. */
    margin-block: 0.15em;
  }
  .skeleton.icon {
    border-radius: 50%;
  }
`;
