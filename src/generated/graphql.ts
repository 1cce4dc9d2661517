/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CancelRedemptionInput = {
  redemptionId: string | number;
};

export type ChallengeMetric =
  | 'ORDER_VOLUME'
  | 'POINTS_EARNED';

export type CompleteLessonInput = {
  courseId: string | number;
  lessonId: string | number;
};

export type CourseFilter = {
  level?: CourseLevel | null | undefined;
  status?: CourseStatus | null | undefined;
  topic?: string | null | undefined;
};

export type CourseLevel =
  | 'ADVANCED'
  | 'BEGINNER'
  | 'INTERMEDIATE';

export type CourseStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/**
 * Failures a user can cause are reported as GraphQL errors whose `extensions.code` is one of
 * these values (a stable contract: clients switch on it) and whose `message` is for people.
 */
export type ErrorCode =
  | 'ALREADY_ANSWERED'
  | 'ALREADY_REGISTERED'
  | 'BAD_USER_INPUT'
  | 'DUPLICATE_REFERRAL'
  | 'EXISTING_PARTNER'
  | 'FORBIDDEN'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INSUFFICIENT_POINTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'INVALID_TRANSITION'
  | 'NOT_AVAILABLE'
  | 'NOT_FOUND'
  | 'OUT_OF_STOCK'
  | 'RATE_LIMITED'
  | 'SELF_REFERRAL'
  | 'TIER_REQUIRED'
  | 'TOKEN_EXPIRED'
  | 'UNAUTHENTICATED'
  | 'WEBINAR_FULL';

export type LedgerEntryType =
  | 'ACCRUAL'
  | 'ADJUSTMENT'
  | 'BONUS'
  | 'EXPIRY'
  | 'REDEMPTION'
  | 'REVERSAL';

export type LedgerSourceKind =
  | 'ADMIN'
  | 'CHALLENGE'
  | 'COURSE'
  | 'EXPIRY'
  | 'ORDER'
  | 'PROMOTION'
  | 'REFERRAL'
  | 'REFUND'
  | 'REWARD'
  | 'SURVEY';

export type LessonKind =
  | 'DOCUMENT'
  | 'TEXT'
  | 'VIDEO';

/** The languages the program's texts are written in. Unknown locales fall back to `en`. */
export type Locale =
  | 'en'
  | 'ms'
  | 'nb'
  | 'th';

export type MaterialDownloadInput = {
  materialId: string | number;
};

export type MaterialFilter = {
  language?: Locale | null | undefined;
  productLine?: string | null | undefined;
  type?: MaterialType | null | undefined;
};

export type MaterialType =
  | 'BANNER'
  | 'BROCHURE'
  | 'CATALOG'
  | 'LOGO'
  | 'POS'
  | 'VIDEO';

/**
 * Partners only ever see `UPCOMING` and `ACTIVE` (`Query.promotions`); the supplier's
 * `upsertPromotion` also answers with `SCHEDULED` (not yet announced) or `ENDED`.
 */
export type PromotionStatus =
  | 'ACTIVE'
  | 'ENDED'
  /** Not announced yet: more than 7 days before the start. */
  | 'SCHEDULED'
  /** Announced: within 7 days before the start. */
  | 'UPCOMING';

export type QuizAnswerInput = {
  optionId: string | number;
  questionId: string | number;
};

export type RedeemRewardInput = {
  /** Unique per redemption attempt (e.g. a UUID made when the confirm step opens). 8–100 characters. */
  idempotencyKey: string;
  /** Delivery notes from the host page (e.g. an address), at most 500 characters. */
  note?: string | null | undefined;
  quantity?: number | null | undefined;
  rewardId: string | number;
};

export type RedemptionStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'ORDERED'
  | 'SHIPPED';

export type ReferralFilter = {
  /** Only referrals the signed-in member submitted. */
  mine?: boolean | null | undefined;
};

/** Why an accepted referral is held for a person to check. */
export type ReferralFlagReason =
  /** The contact's address is at a webmail provider, so it says nothing about the company. */
  | 'FREE_MAIL_CONTACT'
  | 'OTHER';

export type ReferralRejectionReason =
  | 'DUPLICATE'
  | 'EXISTING_PARTNER'
  | 'FREE_MAIL_DOMAIN'
  | 'NOT_QUALIFIED'
  | 'OTHER'
  | 'SELF_REFERRAL';

export type ReferralStatus =
  | 'CONVERTED'
  | 'QUALIFIED'
  | 'REJECTED'
  | 'REWARDED'
  | 'SUBMITTED';

export type RewardFilter = {
  /**
   * Only rewards the partner can order now with its available points: enough points, in stock and
   * in season (the tier gate is `availableAtMyTier`).
   */
  affordable?: boolean | null | undefined;
  /** Only rewards the partner's tier unlocks. */
  availableAtMyTier?: boolean | null | undefined;
  categoryCode?: string | null | undefined;
  seasonal?: boolean | null | undefined;
};

export type RewardSort =
  | 'NEWEST'
  | 'POINTS_ASC'
  | 'POINTS_DESC'
  | 'POPULARITY';

export type StockState =
  | 'IN_STOCK'
  | 'LOW_STOCK'
  | 'OUT_OF_STOCK';

export type SubmitNpsInput = {
  comment?: string | null | undefined;
  /** 0–10: how likely are you to recommend us? */
  score: number;
};

export type SubmitQuizInput = {
  answers: Array<QuizAnswerInput>;
  courseId: string | number;
};

export type SubmitReferralInput = {
  companyName: string;
  /** The referred contact agreed to be contacted. */
  consent: boolean;
  contactEmail: string;
  contactName: string;
  /** Website or domain, e.g. `https://www.example.com` or `example.com`. */
  domain: string;
  /**
   * One per referral the member means to send (a UUID, 8–100 characters), kept when the same form
   * is sent again: a retry after a lost answer gets the referral the first request recorded instead
   * of `DUPLICATE_REFERRAL`; the same key with other values is `IDEMPOTENCY_CONFLICT`. Optional.
   */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  phone?: string | null | undefined;
};

export type WebinarRegistrationInput = {
  webinarId: string | number;
};

export type WebinarWhen =
  | 'PAST'
  | 'UPCOMING';

export type CourseCatalogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CourseFilter | null | undefined;
}>;


export type CourseCatalogQuery = { courseTopics: Array<{ code: string, name: string }>, courses: { nodes: Array<{ id: string, title: string, summary: string, topic: string, level: CourseLevel, durationMinutes: number, pointsReward: number, imageUrl: string | null, progress: { status: CourseStatus, percent: number, certificate: { id: string, url: string, pdfUrl: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CompleteLessonMutationVariables = Exact<{
  input: CompleteLessonInput;
}>;


export type CompleteLessonMutation = { completeLesson: { status: CourseStatus, completedLessonIds: Array<string>, currentLessonId: string | null, percent: number, bestScorePct: number | null, completedAt: string | null, pointsAwarded: number, certificate: { id: string, url: string, pdfUrl: string } | null } };

export type CourseProgressFieldsFragment = { status: CourseStatus, completedLessonIds: Array<string>, currentLessonId: string | null, percent: number, bestScorePct: number | null, completedAt: string | null, pointsAwarded: number, certificate: { id: string, url: string, pdfUrl: string } | null };

export type CourseQueryVariables = Exact<{
  id: string | number;
}>;


export type CourseQuery = { course: { id: string, title: string, level: CourseLevel, durationMinutes: number, pointsReward: number, lessons: Array<{ id: string, title: string, kind: LessonKind, bodyHtml: string | null, videoUrl: string | null, documentUrl: string | null, durationMinutes: number, captions: Array<{ language: string, label: string, url: string }> }>, quiz: { passPct: number, questions: Array<{ id: string, prompt: string, options: Array<{ id: string, label: string }> }> } | null, progress: { status: CourseStatus, completedLessonIds: Array<string>, currentLessonId: string | null, percent: number, bestScorePct: number | null, completedAt: string | null, pointsAwarded: number, certificate: { id: string, url: string, pdfUrl: string } | null } } | null };

export type SubmitQuizMutationVariables = Exact<{
  input: SubmitQuizInput;
}>;


export type SubmitQuizMutation = { submitQuiz: { passed: boolean, scorePct: number, progress: { status: CourseStatus, completedLessonIds: Array<string>, currentLessonId: string | null, percent: number, bestScorePct: number | null, completedAt: string | null, pointsAwarded: number, certificate: { id: string, url: string, pdfUrl: string } | null } } };

export type LeaderboardQueryVariables = Exact<{
  first: number;
}>;


export type LeaderboardQuery = { serverTime: string, program: { currency: string }, currentChallenge: { id: string, title: string, description: string, metric: ChallengeMetric, startsAt: string, endsAt: string, eligibility: string, viewerEligible: boolean, prizes: Array<{ rank: number, label: string, points: number }>, leaderboard: Array<{ rank: number, displayName: string, anonymized: boolean, score: number, isViewer: boolean }>, viewerRow: { rank: number, displayName: string, anonymized: boolean, score: number, isViewer: boolean } | null } | null };

export type MaterialsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: MaterialFilter | null | undefined;
  search?: string | null | undefined;
}>;


export type MaterialsQuery = { materialProductLines: Array<string>, materialLanguages: Array<Locale>, productGroups: Array<{ code: string, name: string }>, materials: { totalCount: number, nodes: Array<{ id: string, title: string, description: string, type: MaterialType, productLine: string, language: Locale, format: string, fileSizeBytes: number, previewUrl: string | null, previewWidth: number, previewHeight: number, isNew: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordMaterialDownloadMutationVariables = Exact<{
  input: MaterialDownloadInput;
}>;


export type RecordMaterialDownloadMutation = { recordMaterialDownload: { url: string } };

export type NpsSurveyQueryVariables = Exact<{ [key: string]: never; }>;


export type NpsSurveyQuery = { npsSurvey: { question: string, canAnswer: boolean, answeredAt: string | null, nextPeriodStartsAt: string, pointsReward: number } };

export type SubmitNpsMutationVariables = Exact<{
  input: SubmitNpsInput;
}>;


export type SubmitNpsMutation = { submitNps: { pointsAwarded: number } };

export type PointsBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type PointsBalanceQuery = { viewer: { partner: { id: string, points: { available: number, pending: number, expiringSoon: number, expiringSoonDate: string | null, lifetimeEarned: number } } } };

export type PointsHistoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  types?: Array<LedgerEntryType> | LedgerEntryType | null | undefined;
}>;


export type PointsHistoryQuery = { viewer: { partner: { id: string, ledger: { nodes: Array<{ id: string, type: LedgerEntryType, points: number, reason: string, createdAt: string, availableAt: string, pending: boolean, source: { kind: LedgerSourceKind, reference: string | null }, member: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } } };

export type PromotionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PromotionsQuery = { serverTime: string, promotions: Array<{ id: string, title: string, description: string, pointsMultiplierPct: number | null, extraDiscountPct: number | null, startsAt: string, endsAt: string, status: PromotionStatus, groups: Array<{ code: string, name: string }> }>, program: { currency: string, volumeDiscountLadder: Array<{ percent: number, threshold: { amountMinor: number, currency: string } }> }, viewer: { partner: { id: string, tenure: { months: number, perks: Array<{ code: string, label: string, unlocked: boolean, unlocksAt: string, daysLeft: number }> } } } };

export type VolumeDiscountQuoteQueryVariables = Exact<{
  amount: number;
}>;


export type VolumeDiscountQuoteQuery = { volumeDiscountQuote: { percent: number, discount: { amountMinor: number, currency: string }, nextStep: { percent: number } | null, remainingForNext: { amountMinor: number, currency: string } | null } };

export type CancelRedemptionMutationVariables = Exact<{
  input: CancelRedemptionInput;
}>;


export type CancelRedemptionMutation = { cancelRedemption: { redemption: { id: string, status: RedemptionStatus, cancellable: boolean, history: Array<{ status: RedemptionStatus, at: string }> }, points: { available: number } } };

export type RedemptionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RedemptionsQuery = { viewer: { partner: { id: string }, redemptions: { nodes: Array<{ id: string, quantity: number, pointsSpent: number, status: RedemptionStatus, cancellable: boolean, createdAt: string, reward: { id: string, name: string, imageUrl: string | null, imageAlt: string, imageWidth: number, imageHeight: number }, history: Array<{ status: RedemptionStatus, at: string }>, member: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ReferralFormQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralFormQuery = { program: { id: string, referralRewardPoints: number | null } };

export type SubmitReferralMutationVariables = Exact<{
  input: SubmitReferralInput;
}>;


export type SubmitReferralMutation = { submitReferral: { id: string, companyName: string, status: ReferralStatus, flagged: boolean, flagReason: ReferralFlagReason | null } };

export type ReferralsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ReferralFilter | null | undefined;
}>;


export type ReferralsQuery = { viewer: { referrals: { nodes: Array<{ id: string, companyName: string, domain: string, status: ReferralStatus, rejectionReason: ReferralRejectionReason | null, flagged: boolean, flagReason: ReferralFlagReason | null, rewardPoints: number | null, submittedByViewer: boolean, createdAt: string, history: Array<{ status: ReferralStatus, at: string }>, submittedBy: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type RedeemRewardMutationVariables = Exact<{
  input: RedeemRewardInput;
}>;


export type RedeemRewardMutation = { redeemReward: { replayed: boolean, redemption: { id: string, pointsSpent: number, quantity: number }, points: { available: number } } };

export type RewardCatalogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: RewardFilter | null | undefined;
  search?: string | null | undefined;
  sort?: RewardSort | null | undefined;
}>;


export type RewardCatalogQuery = { viewer: { partner: { id: string, points: { available: number } } }, rewardCategories: Array<{ id: string, code: string, name: string }>, rewards: { totalCount: number, nodes: Array<{ id: string, sku: string, name: string, description: string, costPoints: number, stock: number | null, stockState: StockState, availableFrom: string | null, availableUntil: string | null, seasonal: boolean, imageUrl: string | null, imageAlt: string, imageWidth: number, imageHeight: number, category: { id: string, code: string, name: string }, requiredTier: { id: string, code: string, name: string } | null, eligibility: { redeemable: boolean, reason: ErrorCode | null, shortByPoints: number, maxQuantity: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TierBadgeQueryVariables = Exact<{ [key: string]: never; }>;


export type TierBadgeQuery = { viewer: { partner: { id: string, tier: { id: string, code: string, name: string, rank: number, color: string } } } };

export type TierProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type TierProgressQuery = { viewer: { partner: { id: string, tierProgress: { progressPct: number, windowStart: string, windowEnd: string, current: { id: string, code: string, name: string, rank: number, color: string, discountPct: number, multiplierPct: number }, next: { id: string, code: string, name: string, rank: number, color: string, discountPct: number, multiplierPct: number, threshold: { amountMinor: number, currency: string }, benefits: Array<{ code: string, label: string }> } | null, spend: { amountMinor: number, currency: string }, remaining: { amountMinor: number, currency: string } } } } };

export type RegisterWebinarMutationVariables = Exact<{
  input: WebinarRegistrationInput;
}>;


export type RegisterWebinarMutation = { registerWebinar: { id: string, seatsLeft: number, registered: boolean, joinUrl: string | null } };

export type UnregisterWebinarMutationVariables = Exact<{
  input: WebinarRegistrationInput;
}>;


export type UnregisterWebinarMutation = { unregisterWebinar: { id: string, seatsLeft: number, registered: boolean, joinUrl: string | null } };

export type WebinarsQueryVariables = Exact<{
  first: number;
}>;


export type WebinarsQuery = { serverTime: string, upcoming: { nodes: Array<{ id: string, title: string, description: string, presenter: string, startsAt: string, endsAt: string, durationMinutes: number, seatsLeft: number, registered: boolean, joinUrl: string | null, recordingUrl: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, past: { nodes: Array<{ id: string, title: string, description: string, presenter: string, startsAt: string, endsAt: string, durationMinutes: number, seatsLeft: number, registered: boolean, joinUrl: string | null, recordingUrl: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MoreWebinarsQueryVariables = Exact<{
  when: WebinarWhen;
  first: number;
  after?: string | null | undefined;
}>;


export type MoreWebinarsQuery = { webinars: { nodes: Array<{ id: string, title: string, description: string, presenter: string, startsAt: string, endsAt: string, durationMinutes: number, seatsLeft: number, registered: boolean, joinUrl: string | null, recordingUrl: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WebinarPageFragment = { nodes: Array<{ id: string, title: string, description: string, presenter: string, startsAt: string, endsAt: string, durationMinutes: number, seatsLeft: number, registered: boolean, joinUrl: string | null, recordingUrl: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CourseProgressFieldsFragmentDoc = new TypedDocumentString(`
    fragment CourseProgressFields on CourseProgress {
  status
  completedLessonIds
  currentLessonId
  percent
  bestScorePct
  completedAt
  pointsAwarded
  certificate {
    id
    url
    pdfUrl
  }
}
    `, {"fragmentName":"CourseProgressFields"}) as unknown as TypedDocumentString<CourseProgressFieldsFragment, unknown>;
export const WebinarPageFragmentDoc = new TypedDocumentString(`
    fragment WebinarPage on WebinarConnection {
  nodes {
    id
    title
    description
    presenter
    startsAt
    endsAt
    durationMinutes
    seatsLeft
    registered
    joinUrl
    recordingUrl
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}
    `, {"fragmentName":"WebinarPage"}) as unknown as TypedDocumentString<WebinarPageFragment, unknown>;
export const CourseCatalogDocument = new TypedDocumentString(`
    query CourseCatalog($first: Int!, $after: String, $filter: CourseFilter) {
  courseTopics {
    code
    name
  }
  courses(first: $first, after: $after, filter: $filter) {
    nodes {
      id
      title
      summary
      topic
      level
      durationMinutes
      pointsReward
      imageUrl
      progress {
        status
        percent
        certificate {
          id
          url
          pdfUrl
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CourseCatalogQuery, CourseCatalogQueryVariables>;
export const CompleteLessonDocument = new TypedDocumentString(`
    mutation CompleteLesson($input: CompleteLessonInput!) {
  completeLesson(input: $input) {
    ...CourseProgressFields
  }
}
    fragment CourseProgressFields on CourseProgress {
  status
  completedLessonIds
  currentLessonId
  percent
  bestScorePct
  completedAt
  pointsAwarded
  certificate {
    id
    url
    pdfUrl
  }
}`) as unknown as TypedDocumentString<CompleteLessonMutation, CompleteLessonMutationVariables>;
export const CourseDocument = new TypedDocumentString(`
    query Course($id: ID!) {
  course(id: $id) {
    id
    title
    level
    durationMinutes
    pointsReward
    lessons {
      id
      title
      kind
      bodyHtml
      videoUrl
      captions {
        language
        label
        url
      }
      documentUrl
      durationMinutes
    }
    quiz {
      passPct
      questions {
        id
        prompt
        options {
          id
          label
        }
      }
    }
    progress {
      ...CourseProgressFields
    }
  }
}
    fragment CourseProgressFields on CourseProgress {
  status
  completedLessonIds
  currentLessonId
  percent
  bestScorePct
  completedAt
  pointsAwarded
  certificate {
    id
    url
    pdfUrl
  }
}`) as unknown as TypedDocumentString<CourseQuery, CourseQueryVariables>;
export const SubmitQuizDocument = new TypedDocumentString(`
    mutation SubmitQuiz($input: SubmitQuizInput!) {
  submitQuiz(input: $input) {
    passed
    scorePct
    progress {
      ...CourseProgressFields
    }
  }
}
    fragment CourseProgressFields on CourseProgress {
  status
  completedLessonIds
  currentLessonId
  percent
  bestScorePct
  completedAt
  pointsAwarded
  certificate {
    id
    url
    pdfUrl
  }
}`) as unknown as TypedDocumentString<SubmitQuizMutation, SubmitQuizMutationVariables>;
export const LeaderboardDocument = new TypedDocumentString(`
    query Leaderboard($first: Int!) {
  serverTime
  program {
    currency
  }
  currentChallenge {
    id
    title
    description
    metric
    startsAt
    endsAt
    eligibility
    viewerEligible
    prizes {
      rank
      label
      points
    }
    leaderboard(first: $first) {
      rank
      displayName
      anonymized
      score
      isViewer
    }
    viewerRow {
      rank
      displayName
      anonymized
      score
      isViewer
    }
  }
}
    `) as unknown as TypedDocumentString<LeaderboardQuery, LeaderboardQueryVariables>;
export const MaterialsDocument = new TypedDocumentString(`
    query Materials($first: Int!, $after: String, $filter: MaterialFilter, $search: String) {
  materialProductLines
  productGroups {
    code
    name
  }
  materialLanguages
  materials(first: $first, after: $after, filter: $filter, search: $search) {
    nodes {
      id
      title
      description
      type
      productLine
      language
      format
      fileSizeBytes
      previewUrl
      previewWidth
      previewHeight
      isNew
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MaterialsQuery, MaterialsQueryVariables>;
export const RecordMaterialDownloadDocument = new TypedDocumentString(`
    mutation RecordMaterialDownload($input: MaterialDownloadInput!) {
  recordMaterialDownload(input: $input) {
    url
  }
}
    `) as unknown as TypedDocumentString<RecordMaterialDownloadMutation, RecordMaterialDownloadMutationVariables>;
export const NpsSurveyDocument = new TypedDocumentString(`
    query NpsSurvey {
  npsSurvey {
    question
    canAnswer
    answeredAt
    nextPeriodStartsAt
    pointsReward
  }
}
    `) as unknown as TypedDocumentString<NpsSurveyQuery, NpsSurveyQueryVariables>;
export const SubmitNpsDocument = new TypedDocumentString(`
    mutation SubmitNps($input: SubmitNpsInput!) {
  submitNps(input: $input) {
    pointsAwarded
  }
}
    `) as unknown as TypedDocumentString<SubmitNpsMutation, SubmitNpsMutationVariables>;
export const PointsBalanceDocument = new TypedDocumentString(`
    query PointsBalance {
  viewer {
    partner {
      id
      points {
        available
        pending
        expiringSoon
        expiringSoonDate
        lifetimeEarned
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PointsBalanceQuery, PointsBalanceQueryVariables>;
export const PointsHistoryDocument = new TypedDocumentString(`
    query PointsHistory($first: Int!, $after: String, $types: [LedgerEntryType!]) {
  viewer {
    partner {
      id
      ledger(first: $first, after: $after, types: $types) {
        nodes {
          id
          type
          points
          reason
          source {
            kind
            reference
          }
          member {
            id
            name
          }
          createdAt
          availableAt
          pending
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PointsHistoryQuery, PointsHistoryQueryVariables>;
export const PromotionsDocument = new TypedDocumentString(`
    query Promotions {
  serverTime
  promotions {
    id
    title
    description
    groups {
      code
      name
    }
    pointsMultiplierPct
    extraDiscountPct
    startsAt
    endsAt
    status
  }
  program {
    currency
    volumeDiscountLadder {
      threshold {
        amountMinor
        currency
      }
      percent
    }
  }
  viewer {
    partner {
      id
      tenure {
        months
        perks {
          code
          label
          unlocked
          unlocksAt
          daysLeft
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PromotionsQuery, PromotionsQueryVariables>;
export const VolumeDiscountQuoteDocument = new TypedDocumentString(`
    query VolumeDiscountQuote($amount: SafeInt!) {
  volumeDiscountQuote(orderAmountMinor: $amount) {
    percent
    discount {
      amountMinor
      currency
    }
    nextStep {
      percent
    }
    remainingForNext {
      amountMinor
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<VolumeDiscountQuoteQuery, VolumeDiscountQuoteQueryVariables>;
export const CancelRedemptionDocument = new TypedDocumentString(`
    mutation CancelRedemption($input: CancelRedemptionInput!) {
  cancelRedemption(input: $input) {
    redemption {
      id
      status
      history {
        status
        at
      }
      cancellable
    }
    points {
      available
    }
  }
}
    `) as unknown as TypedDocumentString<CancelRedemptionMutation, CancelRedemptionMutationVariables>;
export const RedemptionsDocument = new TypedDocumentString(`
    query Redemptions($first: Int!, $after: String) {
  viewer {
    partner {
      id
    }
    redemptions(first: $first, after: $after) {
      nodes {
        id
        reward {
          id
          name
          imageUrl
          imageAlt
          imageWidth
          imageHeight
        }
        quantity
        pointsSpent
        status
        history {
          status
          at
        }
        cancellable
        member {
          id
          name
        }
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedemptionsQuery, RedemptionsQueryVariables>;
export const ReferralFormDocument = new TypedDocumentString(`
    query ReferralForm {
  program {
    id
    referralRewardPoints
  }
}
    `) as unknown as TypedDocumentString<ReferralFormQuery, ReferralFormQueryVariables>;
export const SubmitReferralDocument = new TypedDocumentString(`
    mutation SubmitReferral($input: SubmitReferralInput!) {
  submitReferral(input: $input) {
    id
    companyName
    status
    flagged
    flagReason
  }
}
    `) as unknown as TypedDocumentString<SubmitReferralMutation, SubmitReferralMutationVariables>;
export const ReferralsDocument = new TypedDocumentString(`
    query Referrals($first: Int!, $after: String, $filter: ReferralFilter) {
  viewer {
    referrals(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        companyName
        domain
        status
        rejectionReason
        flagged
        flagReason
        rewardPoints
        history {
          status
          at
        }
        submittedBy {
          id
          name
        }
        submittedByViewer
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralsQuery, ReferralsQueryVariables>;
export const RedeemRewardDocument = new TypedDocumentString(`
    mutation RedeemReward($input: RedeemRewardInput!) {
  redeemReward(input: $input) {
    redemption {
      id
      pointsSpent
      quantity
    }
    points {
      available
    }
    replayed
  }
}
    `) as unknown as TypedDocumentString<RedeemRewardMutation, RedeemRewardMutationVariables>;
export const RewardCatalogDocument = new TypedDocumentString(`
    query RewardCatalog($first: Int!, $after: String, $filter: RewardFilter, $search: String, $sort: RewardSort) {
  viewer {
    partner {
      id
      points {
        available
      }
    }
  }
  rewardCategories {
    id
    code
    name
  }
  rewards(
    first: $first
    after: $after
    filter: $filter
    search: $search
    sort: $sort
  ) {
    nodes {
      id
      sku
      name
      description
      category {
        id
        code
        name
      }
      costPoints
      stock
      stockState
      requiredTier {
        id
        code
        name
      }
      availableFrom
      availableUntil
      seasonal
      imageUrl
      imageAlt
      imageWidth
      imageHeight
      eligibility {
        redeemable
        reason
        shortByPoints
        maxQuantity
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RewardCatalogQuery, RewardCatalogQueryVariables>;
export const TierBadgeDocument = new TypedDocumentString(`
    query TierBadge {
  viewer {
    partner {
      id
      tier {
        id
        code
        name
        rank
        color
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TierBadgeQuery, TierBadgeQueryVariables>;
export const TierProgressDocument = new TypedDocumentString(`
    query TierProgress {
  viewer {
    partner {
      id
      tierProgress {
        current {
          id
          code
          name
          rank
          color
          discountPct
          multiplierPct
        }
        next {
          id
          code
          name
          rank
          color
          threshold {
            amountMinor
            currency
          }
          discountPct
          multiplierPct
          benefits {
            code
            label
          }
        }
        spend {
          amountMinor
          currency
        }
        remaining {
          amountMinor
          currency
        }
        progressPct
        windowStart
        windowEnd
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TierProgressQuery, TierProgressQueryVariables>;
export const RegisterWebinarDocument = new TypedDocumentString(`
    mutation RegisterWebinar($input: WebinarRegistrationInput!) {
  registerWebinar(input: $input) {
    id
    seatsLeft
    registered
    joinUrl
  }
}
    `) as unknown as TypedDocumentString<RegisterWebinarMutation, RegisterWebinarMutationVariables>;
export const UnregisterWebinarDocument = new TypedDocumentString(`
    mutation UnregisterWebinar($input: WebinarRegistrationInput!) {
  unregisterWebinar(input: $input) {
    id
    seatsLeft
    registered
    joinUrl
  }
}
    `) as unknown as TypedDocumentString<UnregisterWebinarMutation, UnregisterWebinarMutationVariables>;
export const WebinarsDocument = new TypedDocumentString(`
    query Webinars($first: Int!) {
  serverTime
  upcoming: webinars(when: UPCOMING, first: $first) {
    ...WebinarPage
  }
  past: webinars(when: PAST, first: $first) {
    ...WebinarPage
  }
}
    fragment WebinarPage on WebinarConnection {
  nodes {
    id
    title
    description
    presenter
    startsAt
    endsAt
    durationMinutes
    seatsLeft
    registered
    joinUrl
    recordingUrl
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<WebinarsQuery, WebinarsQueryVariables>;
export const MoreWebinarsDocument = new TypedDocumentString(`
    query MoreWebinars($when: WebinarWhen!, $first: Int!, $after: String) {
  webinars(when: $when, first: $first, after: $after) {
    ...WebinarPage
  }
}
    fragment WebinarPage on WebinarConnection {
  nodes {
    id
    title
    description
    presenter
    startsAt
    endsAt
    durationMinutes
    seatsLeft
    registered
    joinUrl
    recordingUrl
  }
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<MoreWebinarsQuery, MoreWebinarsQueryVariables>;