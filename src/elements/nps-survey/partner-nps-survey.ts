import { defineElement } from '../../internal/define.js';
import { PartnerNpsSurvey } from './nps-survey.js';

export { PartnerNpsSurvey };
defineElement('partner-nps-survey', PartnerNpsSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'partner-nps-survey': PartnerNpsSurvey;
  }
}
