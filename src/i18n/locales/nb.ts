// Every element's texts in this locale: one chunk, fetched when a widget first speaks it.
import { translation as common } from '../common.nb.js';
import { translation as course } from '../../elements/course/course.nb.js';
import { translation as courseCatalog } from '../../elements/course-catalog/course-catalog.nb.js';
import { translation as leaderboard } from '../../elements/leaderboard/leaderboard.nb.js';
import { translation as materials } from '../../elements/materials/materials.nb.js';
import { translation as npsSurvey } from '../../elements/nps-survey/nps-survey.nb.js';
import { translation as pointsBalance } from '../../elements/points-balance/points-balance.nb.js';
import { translation as pointsHistory } from '../../elements/points-history/points-history.nb.js';
import { translation as promotions } from '../../elements/promotions/promotions.nb.js';
import { translation as redemptions } from '../../elements/redemptions/redemptions.nb.js';
import { translation as referralForm } from '../../elements/referral-form/referral-form.nb.js';
import { translation as referrals } from '../../elements/referrals/referrals.nb.js';
import { translation as rewardCatalog } from '../../elements/reward-catalog/reward-catalog.nb.js';
import { translation as tierBadge } from '../../elements/tier-badge/tier-badge.nb.js';
import { translation as tierProgress } from '../../elements/tier-progress/tier-progress.nb.js';
import { translation as webinars } from '../../elements/webinars/webinars.nb.js';

export default { common, course, courseCatalog, leaderboard, materials, npsSurvey, pointsBalance, pointsHistory, promotions, redemptions, referralForm, referrals, rewardCatalog, tierBadge, tierProgress, webinars };
