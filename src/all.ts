// Registers every element. The portal first: widgets inside it find its client on their
// first update.
import './elements/portal/partner-portal.js';
import './elements/tier-badge/partner-tier-badge.js';
import './elements/tier-progress/partner-tier-progress.js';
import './elements/points-balance/partner-points-balance.js';
import './elements/points-history/partner-points-history.js';
import './elements/redemptions/partner-redemptions.js';
import './elements/reward-catalog/partner-reward-catalog.js';
import './elements/referral-form/partner-referral-form.js';
import './elements/referrals/partner-referrals.js';
import './elements/nps-survey/partner-nps-survey.js';
import './elements/promotions/partner-promotions.js';
import './elements/leaderboard/partner-leaderboard.js';
import './elements/webinars/partner-webinars.js';
import './elements/course-catalog/partner-course-catalog.js';
import './elements/course/partner-course.js';
import './elements/materials/partner-materials.js';

export * from './index.js';
