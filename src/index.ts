// The classes and the client without registering any tag: for hosts that register under their
// own names or only some elements. `all.ts` registers everything.
export { PartnerPortal } from './elements/portal/portal.js';
export { PartnerTierBadge } from './elements/tier-badge/tier-badge.js';
export { PartnerTierProgress } from './elements/tier-progress/tier-progress.js';
export { PartnerPointsBalance } from './elements/points-balance/points-balance.js';
export { PartnerPointsHistory } from './elements/points-history/points-history.js';
export { PartnerRedemptions } from './elements/redemptions/redemptions.js';
export { PartnerRewardCatalog } from './elements/reward-catalog/reward-catalog.js';
export { PartnerReferralForm } from './elements/referral-form/referral-form.js';
export { PartnerReferrals } from './elements/referrals/referrals.js';
export { PartnerNpsSurvey } from './elements/nps-survey/nps-survey.js';
export { PartnerPromotions } from './elements/promotions/promotions.js';
export { PartnerLeaderboard } from './elements/leaderboard/leaderboard.js';
export { PartnerWebinars } from './elements/webinars/webinars.js';
export { PartnerCourseCatalog } from './elements/course-catalog/course-catalog.js';
export { PartnerCourse } from './elements/course/course.js';
export { PartnerMaterials } from './elements/materials/materials.js';
export { PortalClient, type Topic, type PortalClientOptions } from './client/client.js';
export { PortalError } from './client/errors.js';
export type { Transport, Operation, OperationResult } from './client/transport.js';
export { PartnerTokenExpiredEvent, PartnerErrorEvent, PartnerLoadEvent, PartnerFilterChangeEvent, PartnerRedemptionCancelEvent, PartnerRedemptionCancelledEvent, PartnerRedeemEvent, PartnerRedeemedEvent, PartnerReferralSubmitEvent, PartnerReferralSubmittedEvent, PartnerNpsSubmitEvent, PartnerNpsSubmittedEvent, PartnerWebinarRegisterEvent, PartnerWebinarRegisteredEvent, PartnerCourseOpenEvent, PartnerLessonCompleteEvent, PartnerCourseCompleteEvent, PartnerMaterialDownloadEvent, type CourseFilterDetail, type MaterialFilterDetail, type RedeemRequestDetail, type RedeemedDetail, type RewardFilterDetail, type ReferralRequestDetail, type WebinarRegisterDetail } from './events.js';
export { SUPPORTED_LOCALES, type SupportedLocale } from './i18n/locales.js';
// The values of the elements' enumerated attributes (`sort`, `level`, `type`, `types`…), for a host's own typed state.
export type { CourseLevel, CourseStatus, LedgerEntryType, MaterialType, RewardSort } from './generated/graphql.js';
