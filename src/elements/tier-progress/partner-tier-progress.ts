import { defineElement } from '../../internal/define.js';
import { PartnerTierProgress } from './tier-progress.js';

export { PartnerTierProgress };
defineElement('partner-tier-progress', PartnerTierProgress);

declare global {
  interface HTMLElementTagNameMap {
    'partner-tier-progress': PartnerTierProgress;
  }
}
