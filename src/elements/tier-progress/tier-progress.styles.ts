import { css } from 'lit';

export const tierProgressStyles = css`
  :host {
    --_bar-color: var(--partner-tier-progress-bar-color, var(--_partner-accent));
    --_bar-track: var(--partner-tier-progress-track-color, var(--_partner-subtle));
  }
  [part='card'] {
    padding: var(--_partner-gap);
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    background: var(--_partner-surface);
    min-block-size: 13em;
  }
  h2 {
    margin: 0 0 4px;
    font-size: 1.0625em;
  }
  .goal {
    margin: 0 0 12px;
  }
  .tiers {
    display: flex;
    justify-content: space-between;
    font-size: 0.875em;
    color: var(--_partner-muted);
  }
  [part='bar'] {
    block-size: 12px;
    border-radius: 999px;
    background: var(--_bar-track);
    overflow: hidden;
    margin: 4px 0 8px;
  }
  [part='bar-fill'] {
    block-size: 100%;
    inline-size: var(--_pct);
    background: var(--_bar-color);
    border-radius: inherit;
    transition: inline-size 0.4s ease;
  }
  @media (prefers-reduced-motion: reduce) {
    [part='bar-fill'] {
      transition: none;
    }
  }
  .spend {
    margin: 0;
    font-size: 0.875em;
    color: var(--_partner-muted);
  }
  h3 {
    margin: 16px 0 6px;
    font-size: 0.9375em;
  }
  [part='benefits'] {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .skeleton.line {
    display: block;
    block-size: 1em;
    margin-block: 0.5em;
    inline-size: 55%;
  }
  .skeleton.goal-line {
    inline-size: 85%;
  }
  .skeleton.bar-line {
    inline-size: 100%;
    block-size: 12px;
  }
  .skeleton.shorter {
    inline-size: 40%;
  }
`;
