import { defineElement } from '../../internal/define.js';
import { PartnerMaterials } from './materials.js';

export { PartnerMaterials };
defineElement('partner-materials', PartnerMaterials);

declare global {
  interface HTMLElementTagNameMap {
    'partner-materials': PartnerMaterials;
  }
}
