import { defineElement } from '../../internal/define.js';
import { PartnerRedemptions } from './redemptions.js';

export { PartnerRedemptions };
defineElement('partner-redemptions', PartnerRedemptions);

declare global {
  interface HTMLElementTagNameMap {
    'partner-redemptions': PartnerRedemptions;
  }
}
