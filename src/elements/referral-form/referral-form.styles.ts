import { css } from 'lit';

export const referralFormStyles = css`
  h2 {
    margin: 0 0 4px;
  }
  .intro {
    margin: 0 0 12px;
    color: var(--_partner-muted);
    font-size: 0.875em;
  }
  form {
    display: grid;
    gap: 12px;
    justify-items: start;
  }
  .field {
    display: grid;
    gap: 2px;
    inline-size: 100%;
  }
  label {
    font-weight: 600;
    font-size: 0.875em;
  }
  .hint {
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  input,
  textarea {
    font: inherit;
    color: inherit;
    min-block-size: 36px;
    padding: 4px 8px;
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    background: var(--_partner-surface);
  }
  textarea {
    resize: vertical;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_partner-accent);
    outline-offset: 1px;
  }
  .consent {
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 2px 8px;
  }
  .consent label {
    font-weight: 400;
  }
  .consent .field-error {
    grid-column: 2;
  }
  input[type='checkbox'] {
    inline-size: 20px;
    min-block-size: 20px;
    margin: 2px 0 0;
  }
  .field-error {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_partner-negative);
  }
  .error {
    inline-size: 100%;
  }
  .success {
    padding: 12px;
    border-inline-start: 4px solid var(--_partner-positive);
    background: var(--_partner-subtle);
  }
  .success:focus-visible {
    outline: 3px solid var(--_partner-accent);
  }
  .success p {
    margin: 0 0 8px;
  }
`;
