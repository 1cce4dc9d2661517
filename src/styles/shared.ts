import { css } from 'lit';

/**
 * The public theme: `--partner-*` custom properties a host sets once (on `:root` or
 * `<partner-portal>`) for every widget. Inside, each resolves to a private `--_partner-*` with
 * a default for light and dark pages: the widgets follow the page's `color-scheme`.
 */
export const themeStyles = css`
  :host {
    --_partner-font: var(--partner-font-family, inherit);
    --_partner-text: var(--partner-color-text, light-dark(#1c2024, #e6e8eb));
    --_partner-muted: var(--partner-color-text-muted, light-dark(#555d66, #a9b1ba));
    --_partner-surface: var(--partner-color-surface, light-dark(#ffffff, #1b1e22));
    --_partner-subtle: var(--partner-color-surface-subtle, light-dark(#f2f4f6, #272b31));
    --_partner-border: var(--partner-color-border, light-dark(#d3d8de, #3b424b));
    --_partner-accent: var(--partner-color-accent, light-dark(#0b5cad, #77b9ff));
    --_partner-on-accent: var(--partner-color-on-accent, light-dark(#ffffff, #0b1320));
    --_partner-positive: var(--partner-color-positive, light-dark(#17683a, #74d69e));
    --_partner-negative: var(--partner-color-negative, light-dark(#b3261e, #ff9d95));
    --_partner-warning: var(--partner-color-warning, light-dark(#8a4b00, #f4c172));
    --_partner-radius: var(--partner-radius, 8px);
    --_partner-gap: var(--partner-spacing, 16px);
    --_partner-skeleton: var(--partner-color-skeleton, light-dark(#e4e7eb, #30353c));

    display: block;
    box-sizing: border-box;
    font-family: var(--_partner-font);
    color: var(--_partner-text);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** Loading placeholders keep the ready state's size, so nothing jumps when data arrives. */
export const skeletonStyles = css`
  .skeleton {
    display: inline-block;
    border-radius: 4px;
    background: var(--_partner-skeleton);
    color: transparent;
    animation: partner-pulse 1.4s ease-in-out infinite;
  }
  @keyframes partner-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;

export const controlStyles = css`
  button {
    font: inherit;
    min-block-size: 32px;
    min-inline-size: 32px;
    padding: 4px 14px;
    border-radius: var(--_partner-radius);
    border: 1px solid var(--_partner-accent);
    background: var(--_partner-surface);
    color: var(--_partner-accent);
    cursor: pointer;
  }
  button:hover {
    background: var(--_partner-subtle);
  }
  /* The action a form, dialog or card is for: filled, one look in every widget. */
  button.primary {
    background: var(--_partner-accent);
    color: var(--_partner-on-accent);
  }
  button.primary:hover {
    background: var(--_partner-accent);
    filter: brightness(0.92);
  }
  /* Text fields and menus: one box for every widget's filters, searches and forms (radios and
     checkboxes keep the browser's own). */
  select,
  textarea,
  input:not([type='radio'], [type='checkbox']) {
    font: inherit;
    min-block-size: 32px;
    padding: 2px 8px;
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    background: var(--_partner-surface);
    color: var(--_partner-text);
  }
  /* A field whose value can't be used, in every widget the same way (as specific as the rule
     above, so it wins by coming later). */
  :is(input, select, textarea)[aria-invalid='true'] {
    border-color: var(--_partner-negative);
    border-width: 2px;
  }
  button:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  input:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_partner-accent);
    outline-offset: 2px;
  }
  /* aria-disabled: a busy button keeps keyboard focus (a disabled one drops it to <body>). */
  button[disabled],
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;

export const errorStyles = css`
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    padding: 12px;
    border-radius: var(--_partner-radius);
    border: 1px solid var(--_partner-negative);
    color: var(--_partner-text);
    background: var(--_partner-surface);
  }
  .error p {
    margin: 0;
    flex: 1 1 16ch;
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The box most widgets draw themselves in, and its heading (a widget may set the heading's margin). */
export const cardStyles = css`
  [part='card'] {
    padding: var(--_partner-gap);
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    background: var(--_partner-surface);
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.0625em;
  }
`;
