import { defineElement } from '../../internal/define.js';
import { PartnerCourseCatalog } from './course-catalog.js';

export { PartnerCourseCatalog };
defineElement('partner-course-catalog', PartnerCourseCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'partner-course-catalog': PartnerCourseCatalog;
  }
}
