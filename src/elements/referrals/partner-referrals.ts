import { defineElement } from '../../internal/define.js';
import { PartnerReferrals } from './referrals.js';

export { PartnerReferrals };
defineElement('partner-referrals', PartnerReferrals);

declare global {
  interface HTMLElementTagNameMap {
    'partner-referrals': PartnerReferrals;
  }
}
