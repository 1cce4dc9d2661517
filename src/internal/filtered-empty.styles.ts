import { css } from 'lit';

export const filteredEmptyStyles = css`
  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    padding: 12px 0;
    color: var(--_partner-muted);
  }
  .empty p {
    margin: 0;
  }
`;
