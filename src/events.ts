import type { PortalError } from './client/errors.js';

const eventInit = { bubbles: true, composed: true } as const;

/**
 * The server refused the widget token as expired. The host answers with `respondWith(token)`
 * (or a promise of one) and the failed request is retried once with it; `respondWith` cancels
 * the event. Unanswered, the widgets show their "session expired" state.
 */
export class PartnerTokenExpiredEvent extends Event {
  static readonly eventName = 'partner-token-expired';
  #response: Promise<string | undefined> | undefined;

  constructor() {
    super(PartnerTokenExpiredEvent.eventName, { ...eventInit, cancelable: true });
  }

  respondWith(token: string | undefined | Promise<string | undefined>): void {
    this.preventDefault();
    this.#response = Promise.resolve(token);
  }

  /** What the host answered, if anything. */
  get response(): Promise<string | undefined> | undefined {
    return this.#response;
  }
}

/** A widget could not load its data; `detail.code` is the error code it shows a message for. */
export class PartnerErrorEvent extends Event {
  static readonly eventName = 'partner-error';
  readonly detail: { code: string; message: string };

  constructor(error: PortalError) {
    super(PartnerErrorEvent.eventName, eventInit);
    this.detail = { code: error.code, message: error.message };
  }
}

/** A widget showed its data (first load and every refresh after a change). */
export class PartnerLoadEvent extends Event {
  static readonly eventName = 'partner-load';
  constructor() {
    super(PartnerLoadEvent.eventName, eventInit);
  }
}

/**
 * A list's filters changed: `<partner-points-history>` `{ types }`, `<partner-reward-catalog>`
 * `{ category, affordable, myTier, seasonal, search, sort }`, `<partner-course-catalog>`
 * `{ topic, level, status }`, `<partner-materials>` `{ type, productLine, language, search }`
 * (what a host mirrors into its URL).
 */
export class PartnerFilterChangeEvent<D extends object = { types: string[] }> extends Event {
  static readonly eventName = 'partner-filter-change';
  readonly detail: D;

  constructor(detail: D) {
    super(PartnerFilterChangeEvent.eventName, eventInit);
    this.detail = detail;
  }
}

/** `<partner-reward-catalog>`'s filters, search and sort, as its attributes hold them. */
export interface RewardFilterDetail {
  category: string | null;
  affordable: boolean;
  myTier: boolean;
  seasonal: boolean;
  search: string | null;
  sort: string;
}

/**
 * `<partner-redemptions>`: the member confirmed cancelling a redemption; sent before the request.
 * Cancelable: `preventDefault()` vetoes it (nothing is sent, the redemption stays as it is).
 */
export class PartnerRedemptionCancelEvent extends Event {
  static readonly eventName = 'partner-redemption-cancel';
  readonly detail: { id: string; rewardId: string; pointsSpent: number };

  constructor(detail: { id: string; rewardId: string; pointsSpent: number }) {
    super(PartnerRedemptionCancelEvent.eventName, { ...eventInit, cancelable: true });
    this.detail = detail;
  }
}

/** `<partner-redemptions>`: a redemption was cancelled; `detail.pointsReturned` went back to the balance, now `detail.available`. */
export class PartnerRedemptionCancelledEvent extends Event {
  static readonly eventName = 'partner-redemption-cancelled';
  readonly detail: { id: string; pointsReturned: number; available: number };

  constructor(detail: { id: string; pointsReturned: number; available: number }) {
    super(PartnerRedemptionCancelledEvent.eventName, eventInit);
    this.detail = detail;
  }
}

/** What `<partner-reward-catalog>` says about the reward being redeemed. */
export interface RedeemRequestDetail {
  rewardId: string;
  sku: string;
  name: string;
  costPoints: number;
  quantity: number;
  /** The member's delivery note, or null. */
  note: string | null;
  /** The attempt's idempotency key: the same for every retry of this attempt. */
  idempotencyKey: string;
}

/**
 * `<partner-reward-catalog>`: the member confirmed a redemption; sent before the request.
 * Cancelable: `preventDefault()` vetoes it (nothing is sent, no points are spent).
 */
export class PartnerRedeemEvent extends Event {
  static readonly eventName = 'partner-redeem';
  readonly detail: RedeemRequestDetail;

  constructor(detail: RedeemRequestDetail) {
    super(PartnerRedeemEvent.eventName, { ...eventInit, cancelable: true });
    this.detail = detail;
  }
}

export interface RedeemedDetail {
  redemptionId: string;
  reward: { id: string; sku: string; name: string };
  pointsSpent: number;
  /** The partner's available points after the redemption. */
  available: number;
}

/** `<partner-reward-catalog>`: a reward was redeemed; `detail.available` is the balance after it. */
export class PartnerRedeemedEvent extends Event {
  static readonly eventName = 'partner-redeemed';
  readonly detail: RedeemedDetail;

  constructor(detail: RedeemedDetail) {
    super(PartnerRedeemedEvent.eventName, eventInit);
    this.detail = detail;
  }
}

/** The referral `<partner-referral-form>` is about to send: the form's values, trimmed; empty optional fields are `null`. */
export interface ReferralRequestDetail {
  companyName: string;
  domain: string;
  contactName: string;
  contactEmail: string;
  phone: string | null;
  note: string | null;
  consent: boolean;
  /** Kept when the same referral is sent again (a retry), so the server records it once. */
  idempotencyKey: string;
}

/**
 * `<partner-referral-form>`: the member sent a referral that passed the form's checks; sent before
 * the request. Cancelable: `preventDefault()` vetoes it (nothing is sent, the form keeps its values).
 */
export class PartnerReferralSubmitEvent extends Event {
  static readonly eventName = 'partner-referral-submit';
  readonly detail: ReferralRequestDetail;

  constructor(detail: ReferralRequestDetail) {
    super(PartnerReferralSubmitEvent.eventName, { ...eventInit, cancelable: true });
    this.detail = detail;
  }
}

/** `<partner-referral-form>`: the referral was recorded; `flagged` when the supplier will check it first. */
export class PartnerReferralSubmittedEvent extends Event {
  static readonly eventName = 'partner-referral-submitted';
  readonly detail: { id: string; status: string; flagged: boolean };

  constructor(detail: { id: string; status: string; flagged: boolean }) {
    super(PartnerReferralSubmittedEvent.eventName, eventInit);
    this.detail = detail;
  }
}

/** `<partner-nps-survey>`: the member sent an answer; sent before the request. Cancelable: `preventDefault()` keeps it unsent. */
export class PartnerNpsSubmitEvent extends Event {
  static readonly eventName = 'partner-nps-submit';
  /** `comment` is trimmed; empty when none was written. */
  readonly detail: { score: number; comment: string };

  constructor(detail: { score: number; comment: string }) {
    super(PartnerNpsSubmitEvent.eventName, { ...eventInit, cancelable: true });
    this.detail = detail;
  }
}

/** `<partner-nps-survey>`: the answer was recorded; `detail.pointsAwarded` were credited for it. */
export class PartnerNpsSubmittedEvent extends Event {
  static readonly eventName = 'partner-nps-submitted';
  readonly detail: { score: number; pointsAwarded: number };

  constructor(detail: { score: number; pointsAwarded: number }) {
    super(PartnerNpsSubmittedEvent.eventName, eventInit);
    this.detail = detail;
  }
}

export interface WebinarRegisterDetail {
  webinarId: string;
  action: 'register' | 'unregister';
}

/**
 * `<partner-webinars>`: the member asked to register for a webinar, or confirmed giving up their
 * seat; sent before the request. Cancelable: `preventDefault()` vetoes it (nothing is sent).
 */
export class PartnerWebinarRegisterEvent extends Event {
  static readonly eventName = 'partner-webinar-register';
  readonly detail: WebinarRegisterDetail;

  constructor(detail: WebinarRegisterDetail) {
    super(PartnerWebinarRegisterEvent.eventName, { ...eventInit, cancelable: true });
    this.detail = detail;
  }
}

/** `<partner-webinars>`: a registration changed; `detail.registered` is the member's state now, as the server says. */
export class PartnerWebinarRegisteredEvent extends Event {
  static readonly eventName = 'partner-webinar-registered';
  readonly detail: { webinarId: string; registered: boolean };

  constructor(detail: { webinarId: string; registered: boolean }) {
    super(PartnerWebinarRegisteredEvent.eventName, eventInit);
    this.detail = detail;
  }
}

/** `<partner-course-catalog>`'s filters, as its attributes hold them (`null`: any). */
export interface CourseFilterDetail {
  topic: string | null;
  level: string | null;
  status: string | null;
}

/** `<partner-course-catalog>`: the member opened a course; show `<partner-course course-id=${detail.courseId}>`. */
export class PartnerCourseOpenEvent extends Event {
  static readonly eventName = 'partner-course-open';
  readonly detail: { courseId: string };

  constructor(detail: { courseId: string }) {
    super(PartnerCourseOpenEvent.eventName, eventInit);
    this.detail = detail;
  }
}

/** `<partner-course>`: a lesson was saved as complete; `detail.percent` is the course's progress after it. */
export class PartnerLessonCompleteEvent extends Event {
  static readonly eventName = 'partner-lesson-complete';
  readonly detail: { courseId: string; lessonId: string; percent: number };

  constructor(detail: { courseId: string; lessonId: string; percent: number }) {
    super(PartnerLessonCompleteEvent.eventName, eventInit);
    this.detail = detail;
  }
}

/**
 * `<partner-course>`: the course was completed; `detail.pointsAwarded` were credited by this
 * completion (0 when another tab or device completed it first), `detail.certificateId` is the
 * certificate's verifiable id.
 */
export class PartnerCourseCompleteEvent extends Event {
  static readonly eventName = 'partner-course-complete';
  readonly detail: { courseId: string; pointsAwarded: number; certificateId: string | null };

  constructor(detail: { courseId: string; pointsAwarded: number; certificateId: string | null }) {
    super(PartnerCourseCompleteEvent.eventName, eventInit);
    this.detail = detail;
  }
}

/** `<partner-materials>`'s filters and search, as its attributes hold them. */
export interface MaterialFilterDetail {
  type: string | null;
  productLine: string | null;
  language: string | null;
  search: string | null;
}

/** `<partner-materials>`: the server counted a download of a material, and the browser was given its file. */
export class PartnerMaterialDownloadEvent extends Event {
  static readonly eventName = 'partner-material-download';
  readonly detail: { materialId: string; format: string };

  constructor(detail: { materialId: string; format: string }) {
    super(PartnerMaterialDownloadEvent.eventName, eventInit);
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'partner-token-expired': PartnerTokenExpiredEvent;
    'partner-error': PartnerErrorEvent;
    'partner-load': PartnerLoadEvent;
    'partner-filter-change': PartnerFilterChangeEvent;
    'partner-redemption-cancel': PartnerRedemptionCancelEvent;
    'partner-redemption-cancelled': PartnerRedemptionCancelledEvent;
    'partner-redeem': PartnerRedeemEvent;
    'partner-redeemed': PartnerRedeemedEvent;
    'partner-referral-submit': PartnerReferralSubmitEvent;
    'partner-referral-submitted': PartnerReferralSubmittedEvent;
    'partner-nps-submit': PartnerNpsSubmitEvent;
    'partner-nps-submitted': PartnerNpsSubmittedEvent;
    'partner-webinar-register': PartnerWebinarRegisterEvent;
    'partner-webinar-registered': PartnerWebinarRegisteredEvent;
    'partner-course-open': PartnerCourseOpenEvent;
    'partner-lesson-complete': PartnerLessonCompleteEvent;
    'partner-course-complete': PartnerCourseCompleteEvent;
    'partner-material-download': PartnerMaterialDownloadEvent;
  }
}
