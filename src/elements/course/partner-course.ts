import { defineElement } from '../../internal/define.js';
import { PartnerCourse } from './course.js';

export { PartnerCourse };
defineElement('partner-course', PartnerCourse);

declare global {
  interface HTMLElementTagNameMap {
    'partner-course': PartnerCourse;
  }
}
