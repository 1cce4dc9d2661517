import { defineElement } from '../../internal/define.js';
import { PartnerPortal } from './portal.js';

export { PartnerPortal };
defineElement('partner-portal', PartnerPortal);

declare global {
  interface HTMLElementTagNameMap {
    'partner-portal': PartnerPortal;
  }
}
