import { defineElement } from '../../internal/define.js';
import { PartnerPointsBalance } from './points-balance.js';

export { PartnerPointsBalance };
defineElement('partner-points-balance', PartnerPointsBalance);

declare global {
  interface HTMLElementTagNameMap {
    'partner-points-balance': PartnerPointsBalance;
  }
}
