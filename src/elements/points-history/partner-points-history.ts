import { defineElement } from '../../internal/define.js';
import { PartnerPointsHistory } from './points-history.js';

export { PartnerPointsHistory };
defineElement('partner-points-history', PartnerPointsHistory);

declare global {
  interface HTMLElementTagNameMap {
    'partner-points-history': PartnerPointsHistory;
  }
}
