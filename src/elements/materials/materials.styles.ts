import { css } from 'lit';

export const materialsStyles = css`
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    margin-block-end: 12px;
    font-size: 0.875em;
  }
  .field {
    display: inline-flex;
    flex-direction: column;
    gap: 2px;
  }
  [part~='material']:focus-visible {
    outline: 3px solid var(--_partner-accent);
    outline-offset: 2px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--partner-materials-card-min, 14rem)), 1fr));
  }
  [part~='material'] {
    display: grid;
    align-content: start;
    gap: 4px;
    padding: 10px;
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    min-block-size: 20em;
  }
  .preview {
    display: block;
    aspect-ratio: 4 / 3;
    margin-block-end: 4px;
    border-radius: var(--_partner-radius);
    background: var(--_partner-subtle);
    overflow: hidden;
  }
  [part='preview'] {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  [part='new'] {
    padding: 0 6px;
    border-radius: 4px;
    background: var(--_partner-accent);
    color: var(--_partner-on-accent);
    font-size: 0.75em;
    vertical-align: 0.1em;
  }
  li p {
    margin: 0;
    font-size: 0.875em;
  }
  [part='facts'] {
    color: var(--_partner-muted);
  }
  [part~='download-button'] {
    justify-self: start;
    margin-block-start: 4px;
  }
  .skeleton.line {
    block-size: 1em;
    inline-size: 80%;
  }
  .skeleton.short {
    inline-size: 40%;
  }
`;
