import { css } from 'lit';

export const courseCatalogStyles = css`
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    margin-block-end: 12px;
    font-size: 0.875em;
  }
  label {
    display: grid;
    gap: 2px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--partner-course-catalog-card-min, 15rem)), 1fr));
  }
  [part~='course'] {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 10px;
    border: 1px solid var(--_partner-border);
    border-radius: var(--_partner-radius);
    min-block-size: 20em;
  }
  [part~='course']:focus-visible {
    outline: 3px solid var(--_partner-accent);
    outline-offset: 2px;
  }
  .picture {
    display: block;
    aspect-ratio: 16 / 9;
    border-radius: var(--_partner-radius);
    background: var(--_partner-subtle);
    overflow: hidden;
  }
  [part='image'] {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .summary {
    font-size: 0.875em;
  }
  .facts {
    font-size: 0.8125em;
    color: var(--_partner-muted);
  }
  [part='reward'] {
    font-weight: 600;
    color: var(--_partner-accent);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-block-start: auto;
    font-size: 0.8125em;
  }
  progress {
    flex: 1;
    accent-color: var(--_partner-accent);
  }
  [data-status='COMPLETED'] progress {
    accent-color: var(--_partner-positive);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
  }
  a {
    color: var(--_partner-accent);
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
`;
