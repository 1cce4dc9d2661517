import { defineElement } from '../../internal/define.js';
import { PartnerRewardCatalog } from './reward-catalog.js';

export { PartnerRewardCatalog };
defineElement('partner-reward-catalog', PartnerRewardCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'partner-reward-catalog': PartnerRewardCatalog;
  }
}
