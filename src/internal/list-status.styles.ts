import { css } from 'lit';

/** While a filtered list waits for its next answer, the old one stays, dimmed (its card is `aria-busy`). */
export const listStatusStyles = css`
  [aria-busy='true'] :is(ul, ol, .empty, footer) {
    opacity: 0.5;
    transition: opacity 0.15s 0.1s;
  }
  @media (prefers-reduced-motion: reduce) {
    [aria-busy='true'] :is(ul, ol, .empty, footer) {
      transition: none;
    }
  }
`;
