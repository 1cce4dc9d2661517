import { css } from 'lit';

export const morePagesStyles = css`
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    padding-block-start: 10px;
    font-size: 0.875em;
    color: var(--_partner-muted);
  }
`;
