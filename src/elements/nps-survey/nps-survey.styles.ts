import { css } from 'lit';

export const npsSurveyStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
    container-type: inline-size;
  }
  legend {
    padding: 0;
    font-weight: 600;
  }
  /* Eleven equal boxes in one row, so "not at all" and "extremely" stay under 0 and 10; two
     rows only where eleven boxes of 24 px no longer fit. */
  .scale {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: 4px;
    margin-block: 8px 4px;
  }
  @container (max-width: 19rem) {
    .scale {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }
  [part='option'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    padding-block: 4px;
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    cursor: pointer;
  }
  [part='option']:has(:checked) {
    border-color: var(--_partner-accent);
    background: var(--_partner-subtle);
    font-weight: 700;
  }
  input {
    margin: 0 0 2px;
    accent-color: var(--_partner-accent);
  }
  .ends,
  label[for],
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
    font-size: 0.875em;
  }
  .ends {
    color: var(--_partner-muted);
  }
  label[for] {
    margin-block-start: 12px;
  }
  textarea {
    display: block;
    inline-size: 100%;
    margin-block: 4px 12px;
    padding: 6px 8px;
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    background: var(--_partner-surface);
    color: inherit;
    font: inherit;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_partner-accent);
    outline-offset: 2px;
  }
  .invalid {
    margin: 4px 0 0;
    color: var(--_partner-negative);
    font-weight: 600;
  }
  .actions {
    justify-content: start;
    align-items: center;
  }
  [part='reward'],
  .points {
    color: var(--_partner-positive);
    font-weight: 600;
  }
  .error {
    margin-block-end: 12px;
  }
  p {
    margin: 0;
  }
  .skeleton {
    display: block;
    block-size: 1.2em;
    margin-block: 8px;
  }
  .skeleton.scale {
    block-size: 3em;
  }
  .skeleton.area {
    block-size: 8em;
  }
`;
