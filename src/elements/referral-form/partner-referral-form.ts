import { defineElement } from '../../internal/define.js';
import { PartnerReferralForm } from './referral-form.js';

export { PartnerReferralForm };
defineElement('partner-referral-form', PartnerReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'partner-referral-form': PartnerReferralForm;
  }
}
