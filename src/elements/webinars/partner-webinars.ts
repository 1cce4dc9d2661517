import { defineElement } from '../../internal/define.js';
import { PartnerWebinars } from './webinars.js';

export { PartnerWebinars };
defineElement('partner-webinars', PartnerWebinars);

declare global {
  interface HTMLElementTagNameMap {
    'partner-webinars': PartnerWebinars;
  }
}
