// Every element's styles first, side by side: gzip finds what their CSS shares only within
// its 32 KB window, which it misses when each sits beside its element's code (0.8 KB gzip of
// the bundle; issue #7). Modules that only define styles: the order changes nothing else.
import './styles/shared.js';
import './internal/more-pages.styles.js';
import './internal/status-timeline.styles.js';
import './internal/filtered-empty.styles.js';
import './internal/list-status.styles.js';
import './elements/tier-badge/tier-badge.styles.js';
import './elements/tier-progress/tier-progress.styles.js';
import './elements/points-balance/points-balance.styles.js';
import './elements/points-history/points-history.styles.js';
import './elements/redemptions/redemptions.styles.js';
import './elements/reward-catalog/reward-catalog.styles.js';
import './elements/referral-form/referral-form.styles.js';
import './elements/referrals/referrals.styles.js';
import './elements/nps-survey/nps-survey.styles.js';
import './elements/promotions/promotions.styles.js';
import './elements/leaderboard/leaderboard.styles.js';
import './elements/webinars/webinars.styles.js';
import './elements/course-catalog/course-catalog.styles.js';
import './elements/course/course.styles.js';
import './elements/materials/materials.styles.js';
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
