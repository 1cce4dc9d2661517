// Every element's texts in this locale: one chunk, fetched when a widget first speaks it.
import { translation as common } from '../common.th.js';
import { translation as course } from '../../elements/course/course.th.js';
import { translation as courseCatalog } from '../../elements/course-catalog/course-catalog.th.js';
import { translation as leaderboard } from '../../elements/leaderboard/leaderboard.th.js';
import { translation as materials } from '../../elements/materials/materials.th.js';
import { translation as npsSurvey } from '../../elements/nps-survey/nps-survey.th.js';
import { translation as pointsBalance } from '../../elements/points-balance/points-balance.th.js';
import { translation as pointsHistory } from '../../elements/points-history/points-history.th.js';
import { translation as promotions } from '../../elements/promotions/promotions.th.js';
import { translation as redemptions } from '../../elements/redemptions/redemptions.th.js';
import { translation as referralForm } from '../../elements/referral-form/referral-form.th.js';
import { translation as referrals } from '../../elements/referrals/referrals.th.js';
import { translation as rewardCatalog } from '../../elements/reward-catalog/reward-catalog.th.js';
import { translation as tierBadge } from '../../elements/tier-badge/tier-badge.th.js';
import { translation as tierProgress } from '../../elements/tier-progress/tier-progress.th.js';
import { translation as webinars } from '../../elements/webinars/webinars.th.js';

export default { common, course, courseCatalog, leaderboard, materials, npsSurvey, pointsBalance, pointsHistory, promotions, redemptions, referralForm, referrals, rewardCatalog, tierBadge, tierProgress, webinars };
