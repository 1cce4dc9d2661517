import { defineElement } from '../../internal/define.js';
import { PartnerTierBadge } from './tier-badge.js';

export { PartnerTierBadge };
defineElement('partner-tier-badge', PartnerTierBadge);

declare global {
  interface HTMLElementTagNameMap {
    'partner-tier-badge': PartnerTierBadge;
  }
}
