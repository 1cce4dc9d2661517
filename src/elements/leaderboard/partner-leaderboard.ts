import { defineElement } from '../../internal/define.js';
import { PartnerLeaderboard } from './leaderboard.js';

export { PartnerLeaderboard };
defineElement('partner-leaderboard', PartnerLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'partner-leaderboard': PartnerLeaderboard;
  }
}
