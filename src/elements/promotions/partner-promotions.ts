import { defineElement } from '../../internal/define.js';
import { PartnerPromotions } from './promotions.js';

export { PartnerPromotions };
defineElement('partner-promotions', PartnerPromotions);

declare global {
  interface HTMLElementTagNameMap {
    'partner-promotions': PartnerPromotions;
  }
}
