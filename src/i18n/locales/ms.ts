// Every element's texts in this locale: one chunk, fetched when a widget first speaks it.
import { translation as common } from '../common.ms.js';
import { translation as course } from '../../elements/course/course.ms.js';
import { translation as courseCatalog } from '../../elements/course-catalog/course-catalog.ms.js';
import { translation as leaderboard } from '../../elements/leaderboard/leaderboard.ms.js';
import { translation as materials } from '../../elements/materials/materials.ms.js';
import { translation as npsSurvey } from '../../elements/nps-survey/nps-survey.ms.js';
import { translation as pointsBalance } from '../../elements/points-balance/points-balance.ms.js';
import { translation as pointsHistory } from '../../elements/points-history/points-history.ms.js';
import { translation as promotions } from '../../elements/promotions/promotions.ms.js';
import { translation as redemptions } from '../../elements/redemptions/redemptions.ms.js';
import { translation as referralForm } from '../../elements/referral-form/referral-form.ms.js';
import { translation as referrals } from '../../elements/referrals/referrals.ms.js';
import { translation as rewardCatalog } from '../../elements/reward-catalog/reward-catalog.ms.js';
import { translation as tierBadge } from '../../elements/tier-badge/tier-badge.ms.js';
import { translation as tierProgress } from '../../elements/tier-progress/tier-progress.ms.js';
import { translation as webinars } from '../../elements/webinars/webinars.ms.js';

export default { common, course, courseCatalog, leaderboard, materials, npsSurvey, pointsBalance, pointsHistory, promotions, redemptions, referralForm, referrals, rewardCatalog, tierBadge, tierProgress, webinars };
