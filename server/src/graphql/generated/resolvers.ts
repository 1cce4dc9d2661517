/* Generated from schema/*.graphql by `npm run codegen`: do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProgramRow, TierRow, PartnerRow, MemberRow, LedgerEntryRow, RewardCategoryRow, RewardRow, RedemptionRow, CourseRow, LessonRow, QuizQuestionRow, WebinarRow, MaterialRow, ReferralRow, PromotionRow, ChallengeRow } from '../../store/tables.js';
import type { ViewerModel, QuizModel, PointsSummaryModel } from '../models.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC, e.g. `2026-11-23T10:00:00.000Z`. */
  DateTime: { input: Date | string; output: Date | string; }
  /**
   * An integer in JavaScript's safe range (±2^53−1). Used for money in minor units, where a
   * 32-bit `Int` (±2.1 billion cents = $21 M) is too small for a distributor's yearly volume.
   */
  SafeInt: { input: number; output: number; }
};

export type AdjustPointsInput = {
  idempotencyKey: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type CancelRedemptionInput = {
  redemptionId: Scalars['ID']['input'];
};

export type CancelRedemptionPayload = {
  __typename?: 'CancelRedemptionPayload';
  points: PointsSummary;
  redemption: Redemption;
};

export type CaptionTrack = {
  __typename?: 'CaptionTrack';
  /**
   * The language's name in that language ("English", "ไทย", "Norsk bokmål"), for the player's
   * captions menu: whoever looks for their language recognizes it whatever the page's language.
   */
  label: Scalars['String']['output'];
  /** The captions' language, a BCP 47 tag (`en`, `th`, `nb-NO`), for the player's `srclang`. */
  language: Scalars['String']['output'];
  /** A WebVTT file. */
  url: Scalars['String']['output'];
};

export type CaptionTrackInput = {
  /** A BCP 47 language tag (`en`, `th`, `nb-NO`); stored in its canonical form. */
  language: Scalars['String']['input'];
  /** An http(s) address of a WebVTT file. */
  url: Scalars['String']['input'];
};

export type Certificate = {
  __typename?: 'Certificate';
  courseTitle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  memberName: Scalars['String']['output'];
  partnerName: Scalars['String']['output'];
  /**
   * The certificate as a PDF file to keep or send (`Content-Disposition: attachment`), in the
   * request's language, with the number and the address where anyone can check it.
   */
  pdfUrl: Scalars['String']['output'];
  /**
   * The certificate's public page, in the request's language: printable (save as PDF), and
   * anyone who opens it sees whether it is genuine. Beside `/graphql` on the address the
   * request came to (`X-Forwarded-Proto`/`X-Forwarded-Host` behind a proxy).
   */
  url: Scalars['String']['output'];
};

export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  certificate?: Maybe<Certificate>;
  valid: Scalars['Boolean']['output'];
};

export type Challenge = {
  __typename?: 'Challenge';
  description: Scalars['String']['output'];
  /** Who may take part, e.g. partners in their first 6 months. */
  eligibility: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The top rows by rank (ties in partner id order), at most 50. */
  leaderboard: Array<LeaderboardRow>;
  metric: ChallengeMetric;
  prizes: Array<ChallengePrize>;
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  viewerEligible: Scalars['Boolean']['output'];
  /** The viewer's own row, even when outside the top `first`. */
  viewerRow?: Maybe<LeaderboardRow>;
};


export type ChallengeLeaderboardArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ChallengeMetric =
  | 'ORDER_VOLUME'
  | 'POINTS_EARNED';

export type ChallengePrize = {
  __typename?: 'ChallengePrize';
  label: Scalars['String']['output'];
  points: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
};

export type CompleteLessonInput = {
  courseId: Scalars['ID']['input'];
  lessonId: Scalars['ID']['input'];
};

export type Course = {
  __typename?: 'Course';
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  lessons: Array<Lesson>;
  level: CourseLevel;
  pointsReward: Scalars['Int']['output'];
  progress: CourseProgress;
  quiz?: Maybe<Quiz>;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  topic: Scalars['String']['output'];
};

export type CourseConnection = {
  __typename?: 'CourseConnection';
  edges: Array<CourseEdge>;
  nodes: Array<Course>;
  pageInfo: PageInfo;
};

export type CourseEdge = {
  __typename?: 'CourseEdge';
  cursor: Scalars['String']['output'];
  node: Course;
};

export type CourseFilter = {
  level?: InputMaybe<CourseLevel>;
  status?: InputMaybe<CourseStatus>;
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type CourseLevel =
  | 'ADVANCED'
  | 'BEGINNER'
  | 'INTERMEDIATE';

export type CourseProgress = {
  __typename?: 'CourseProgress';
  bestScorePct?: Maybe<Scalars['Int']['output']>;
  certificate?: Maybe<Certificate>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  completedLessonIds: Array<Scalars['ID']['output']>;
  courseId: Scalars['ID']['output'];
  /** The lesson to resume at. */
  currentLessonId?: Maybe<Scalars['ID']['output']>;
  percent: Scalars['Int']['output'];
  /**
   * Points credited by completing the course in this very request: the reward in the answer to
   * the `completeLesson` or `submitQuiz` that completed it, 0 in every other answer (so two tabs
   * finishing at once can tell which one earned them).
   */
  pointsAwarded: Scalars['Int']['output'];
  quizAttempts: Scalars['Int']['output'];
  status: CourseStatus;
};

export type CourseStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type CourseTopic = {
  __typename?: 'CourseTopic';
  /** What `Course.topic` and `CourseFilter.topic` hold. */
  code: Scalars['String']['output'];
  /** In the request's language; the code itself when the supplier never named the topic. */
  name: Scalars['String']['output'];
};

export type CreateMemberInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  role?: InputMaybe<MemberRole>;
};

export type CreatePartnerInput = {
  domain: Scalars['String']['input'];
  joinedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Show the partner's name on challenge leaderboards. */
  leaderboardOptIn?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

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

export type ExpiryRun = {
  __typename?: 'ExpiryRun';
  partnersAffected: Scalars['Int']['output'];
  pointsExpired: Scalars['Int']['output'];
};

export type IngestOrderInput = {
  currency: Scalars['String']['input'];
  lines: Array<OrderLineInput>;
  /** The member who placed it, if known. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The supplier's own order id: the idempotency key. */
  orderId: Scalars['String']['input'];
  orderedAt: Scalars['DateTime']['input'];
  partnerId: Scalars['ID']['input'];
};

export type IngestOrderPayload = {
  __typename?: 'IngestOrderPayload';
  orderId: Scalars['String']['output'];
  pointsAccrued: Scalars['Int']['output'];
  replayed: Scalars['Boolean']['output'];
  total: Money;
  /** The volume discount this order's amount earns on the ladder. */
  volumeDiscountPct: Scalars['Int']['output'];
};

export type Insights = {
  __typename?: 'Insights';
  averageLifetimeValue: Money;
  churnRateBp: Scalars['Int']['output'];
  /** Net Promoter Score (−100…100) over the answers of the last 12 months; `null` without answers. */
  nps?: Maybe<Scalars['Int']['output']>;
  npsAnswers: Scalars['Int']['output'];
  partners: Scalars['Int']['output'];
  pointsOutstanding: Scalars['SafeInt']['output'];
  /** Share of partners with two or more orders in the last 12 months, in basis points. */
  repeatPurchaseRateBp: Scalars['Int']['output'];
  /** Share of partners who ordered in the previous 12 months and again in the last 12, in basis points. */
  retentionRateBp: Scalars['Int']['output'];
};

export type IssueWidgetTokenInput = {
  memberId: Scalars['ID']['input'];
  partnerId: Scalars['ID']['input'];
  /** Lifetime in seconds, 60–900 (default 900). */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type LeaderboardRow = {
  __typename?: 'LeaderboardRow';
  anonymized: Scalars['Boolean']['output'];
  /** The partner's name if it opted in, otherwise an anonymous label. */
  displayName: Scalars['String']['output'];
  isViewer: Scalars['Boolean']['output'];
  /**
   * 1 for the highest score. Equal scores share a rank (1, 2, 2, 4), so eligible partners that
   * have not scored yet all share the last rank, after every partner that has.
   */
  rank: Scalars['Int']['output'];
  score: Scalars['SafeInt']['output'];
};

export type LedgerConnection = {
  __typename?: 'LedgerConnection';
  edges: Array<LedgerEdge>;
  nodes: Array<LedgerEntry>;
  pageInfo: PageInfo;
};

export type LedgerEdge = {
  __typename?: 'LedgerEdge';
  cursor: Scalars['String']['output'];
  node: LedgerEntry;
};

/** One append-only movement of points; the balance is the sum of these. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  availableAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The member who caused it; `null` for program actions (expiry, admin). */
  member?: Maybe<Member>;
  pending: Scalars['Boolean']['output'];
  /** Positive for credits, negative for debits. */
  points: Scalars['Int']['output'];
  /** A sentence a person can read, in the request's locale. */
  reason: Scalars['String']['output'];
  source: LedgerSource;
  type: LedgerEntryType;
};

export type LedgerEntryType =
  | 'ACCRUAL'
  | 'ADJUSTMENT'
  | 'BONUS'
  | 'EXPIRY'
  | 'REDEMPTION'
  | 'REVERSAL';

export type LedgerSource = {
  __typename?: 'LedgerSource';
  kind: LedgerSourceKind;
  /** The id of the order, reward, course… the entry came from. */
  reference?: Maybe<Scalars['String']['output']>;
};

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

export type Lesson = {
  __typename?: 'Lesson';
  /** Rich text, already sanitized by the server to a small allow-list of tags. */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  /** A video lesson's captions, one track per language (none for other lessons). */
  captions: Array<CaptionTrack>;
  documentUrl?: Maybe<Scalars['String']['output']>;
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: LessonKind;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  videoUrl?: Maybe<Scalars['String']['output']>;
};

export type LessonInput = {
  /** Rich text; sanitized on write to the allow-list. */
  bodyHtml?: InputMaybe<LocalizedTextInput>;
  /** A video lesson's captions: at most one track per language. */
  captions?: InputMaybe<Array<CaptionTrackInput>>;
  documentUrl?: InputMaybe<Scalars['String']['input']>;
  durationMinutes: Scalars['Int']['input'];
  kind: LessonKind;
  title: LocalizedTextInput;
  videoUrl?: InputMaybe<Scalars['String']['input']>;
};

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

/** A text in the program's languages; missing ones fall back to English. */
export type LocalizedTextInput = {
  en: Scalars['String']['input'];
  ms?: InputMaybe<Scalars['String']['input']>;
  nb?: InputMaybe<Scalars['String']['input']>;
  th?: InputMaybe<Scalars['String']['input']>;
};

export type Material = {
  __typename?: 'Material';
  description: Scalars['String']['output'];
  downloadCount: Scalars['Int']['output'];
  fileSizeBytes: Scalars['SafeInt']['output'];
  fileUrl: Scalars['String']['output'];
  format: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Published in the last 30 days. */
  isNew: Scalars['Boolean']['output'];
  language: Locale;
  previewHeight: Scalars['Int']['output'];
  previewUrl?: Maybe<Scalars['String']['output']>;
  previewWidth: Scalars['Int']['output'];
  productLine: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  type: MaterialType;
};

export type MaterialConnection = {
  __typename?: 'MaterialConnection';
  edges: Array<MaterialEdge>;
  nodes: Array<Material>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MaterialDownload = {
  __typename?: 'MaterialDownload';
  material: Material;
  url: Scalars['String']['output'];
};

export type MaterialDownloadInput = {
  materialId: Scalars['ID']['input'];
};

export type MaterialEdge = {
  __typename?: 'MaterialEdge';
  cursor: Scalars['String']['output'];
  node: Material;
};

export type MaterialFilter = {
  language?: InputMaybe<Locale>;
  productLine?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<MaterialType>;
};

export type MaterialType =
  | 'BANNER'
  | 'BROCHURE'
  | 'CATALOG'
  | 'LOGO'
  | 'POS'
  | 'VIDEO';

/** A person on a partner company's staff. Ledger entries record which member caused them. */
export type Member = {
  __typename?: 'Member';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: MemberRole;
};

export type MemberRole =
  | 'OWNER'
  | 'STAFF';

/** An amount of money: integer minor units (cents, satang, øre, sen) and an ISO-4217 currency. */
export type Money = {
  __typename?: 'Money';
  amountMinor: Scalars['SafeInt']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** @deprecated placeholder: every domain extends Mutation */
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /** Credit or debit points by hand. Idempotent per `idempotencyKey`. */
  adjustPoints: LedgerEntry;
  /** Cancel a redemption that is still `ORDERED`: points and stock are restored once. */
  cancelRedemption: CancelRedemptionPayload;
  /** Mark a lesson done; progress is saved per member and resumed on any device. */
  completeLesson: CourseProgress;
  createMember: Member;
  createPartner: Partner;
  /** Record an order and accrue its points. Idempotent per `orderId`: replays change nothing. */
  ingestOrder: IngestOrderPayload;
  /** Mint a short-lived widget token bound to one member of one partner. */
  issueWidgetToken: WidgetToken;
  /** Count a download (the supplier sees what is used) and return the file's address. */
  recordMaterialDownload: MaterialDownload;
  /**
   * Spend points on a reward. Idempotent per `idempotencyKey`: the same key with the same input
   * replays the first result; with different input it fails with `IDEMPOTENCY_CONFLICT`.
   */
  redeemReward: RedeemRewardPayload;
  /** Reverse an order's accrual (full refund), exactly once. */
  refundOrder: RefundOrderPayload;
  registerWebinar: Webinar;
  /** Expire every lot whose expiry date has passed (also done lazily on each partner's next request). */
  runExpiry: ExpiryRun;
  /** Answer the NPS survey: once per member per quarter (`ALREADY_ANSWERED` otherwise). */
  submitNps: SubmitNpsPayload;
  /** Grade a quiz attempt. Passing completes the course; the points are awarded exactly once. */
  submitQuiz: QuizResult;
  /**
   * Refer a company. Refused with `SELF_REFERRAL`, `EXISTING_PARTNER` or `DUPLICATE_REFERRAL`
   * (`extensions.field: "domain"`); a form error is `BAD_USER_INPUT` with
   * `extensions.fieldErrors: [{ field, code, message }]`, `code` one of `REQUIRED`, `TOO_LONG`,
   * `INVALID_DOMAIN`, `INVALID_EMAIL`, `INVALID_PHONE`, `CONSENT_REQUIRED`, or `FREE_MAIL_DOMAIN`
   * (the company's domain is a webmail provider; also `extensions.reason`). A free-mail contact
   * address is accepted but flagged for review (`flagReason: FREE_MAIL_CONTACT`).
   * `RATE_LIMITED` (`extensions.limit`, `extensions.retryAt`) past the program's daily limit per
   * member.
   */
  submitReferral: Referral;
  unregisterWebinar: Webinar;
  updateRedemptionStatus: Redemption;
  updateReferralStatus: Referral;
  upsertCourse: Course;
  /** Name a course topic (by its code, as courses use it) in the program's languages. */
  upsertCourseTopic: CourseTopic;
  upsertMaterial: Material;
  /** Names a product group (or renames it) in the program's languages. */
  upsertProductGroup: ProductGroup;
  upsertPromotion: Promotion;
  upsertReward: Reward;
  upsertRewardCategory: RewardCategory;
  upsertTier: Tier;
  upsertWebinar: Webinar;
};


export type MutationAdjustPointsArgs = {
  input: AdjustPointsInput;
};


export type MutationCancelRedemptionArgs = {
  input: CancelRedemptionInput;
};


export type MutationCompleteLessonArgs = {
  input: CompleteLessonInput;
};


export type MutationCreateMemberArgs = {
  input: CreateMemberInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationIngestOrderArgs = {
  input: IngestOrderInput;
};


export type MutationIssueWidgetTokenArgs = {
  input: IssueWidgetTokenInput;
};


export type MutationRecordMaterialDownloadArgs = {
  input: MaterialDownloadInput;
};


export type MutationRedeemRewardArgs = {
  input: RedeemRewardInput;
};


export type MutationRefundOrderArgs = {
  input: RefundOrderInput;
};


export type MutationRegisterWebinarArgs = {
  input: WebinarRegistrationInput;
};


export type MutationSubmitNpsArgs = {
  input: SubmitNpsInput;
};


export type MutationSubmitQuizArgs = {
  input: SubmitQuizInput;
};


export type MutationSubmitReferralArgs = {
  input: SubmitReferralInput;
};


export type MutationUnregisterWebinarArgs = {
  input: WebinarRegistrationInput;
};


export type MutationUpdateRedemptionStatusArgs = {
  input: UpdateRedemptionStatusInput;
};


export type MutationUpdateReferralStatusArgs = {
  input: UpdateReferralStatusInput;
};


export type MutationUpsertCourseArgs = {
  input: UpsertCourseInput;
};


export type MutationUpsertCourseTopicArgs = {
  input: UpsertCourseTopicInput;
};


export type MutationUpsertMaterialArgs = {
  input: UpsertMaterialInput;
};


export type MutationUpsertProductGroupArgs = {
  input: UpsertProductGroupInput;
};


export type MutationUpsertPromotionArgs = {
  input: UpsertPromotionInput;
};


export type MutationUpsertRewardArgs = {
  input: UpsertRewardInput;
};


export type MutationUpsertRewardCategoryArgs = {
  input: UpsertRewardCategoryInput;
};


export type MutationUpsertTierArgs = {
  input: UpsertTierInput;
};


export type MutationUpsertWebinarArgs = {
  input: UpsertWebinarInput;
};

export type NpsSurvey = {
  __typename?: 'NpsSurvey';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  canAnswer: Scalars['Boolean']['output'];
  /** When the next quarter's survey opens (midnight UTC on its first day). */
  nextPeriodStartsAt: Scalars['DateTime']['output'];
  /** The quarter, e.g. `2026-Q4`. */
  period: Scalars['String']['output'];
  /** Points for answering, awarded once. */
  pointsReward: Scalars['Int']['output'];
  question: Scalars['String']['output'];
};

export type OrderLineInput = {
  amountMinor: Scalars['SafeInt']['input'];
  productGroup: Scalars['String']['input'];
};

/** Relay-style page information for cursor-paginated connections. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A reseller company in the program. Points and tier belong to the company. */
export type Partner = {
  __typename?: 'Partner';
  domain: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  /** The points ledger, newest first. */
  ledger: LedgerConnection;
  members: Array<Member>;
  name: Scalars['String']['output'];
  points: PointsSummary;
  tenure: Tenure;
  tier: Tier;
  tierProgress: TierProgress;
};


/** A reseller company in the program. Points and tier belong to the company. */
export type PartnerLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<LedgerEntryType>>;
};

export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  nodes: Array<Partner>;
  pageInfo: PageInfo;
};

export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PointsSummary = {
  __typename?: 'PointsSummary';
  /** Spendable now. */
  available: Scalars['Int']['output'];
  /** Available points that expire within the next 30 days. */
  expiringSoon: Scalars['Int']['output'];
  /** The earliest date on which some of `expiringSoon` expire. */
  expiringSoonDate?: Maybe<Scalars['DateTime']['output']>;
  lifetimeEarned: Scalars['Int']['output'];
  /** Earned but inside the return window; spendable from `LedgerEntry.availableAt`. */
  pending: Scalars['Int']['output'];
};

export type ProductGroup = {
  __typename?: 'ProductGroup';
  /** What `Promotion.productGroups` holds. */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** The supplier's loyalty program: currency, earning rate, tiers, expiry policy, languages. */
export type Program = {
  __typename?: 'Program';
  currency: Scalars['String']['output'];
  /** Points expire this many months after they were earned, oldest first. */
  expiryMonths: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  locales: Array<Locale>;
  name: Scalars['String']['output'];
  /** Points from an order are pending (not spendable) for this many days: the return window. */
  pendingDays: Scalars['Int']['output'];
  /** Points earned per whole currency unit before multipliers. */
  pointsPerUnit: Scalars['Int']['output'];
  /** Tier qualification looks at purchases over this many trailing months. */
  qualificationWindowMonths: Scalars['Int']['output'];
  /**
   * Points a referral usually earns once the company becomes a partner (the supplier confirms the
   * amount when rewarding it); `null` when the program does not announce one.
   */
  referralRewardPoints?: Maybe<Scalars['Int']['output']>;
  tiers: Array<Tier>;
  volumeDiscountLadder: Array<VolumeDiscountStep>;
};

export type Promotion = {
  __typename?: 'Promotion';
  description: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  extraDiscountPct?: Maybe<Scalars['Int']['output']>;
  /** The same groups with their names in the request's language (a group nobody named is its code). */
  groups: Array<ProductGroup>;
  id: Scalars['ID']['output'];
  /** Points multiplier in percent (e.g. 200 = double points); `null` when none. */
  pointsMultiplierPct?: Maybe<Scalars['Int']['output']>;
  /** Empty means every product group. */
  productGroups: Array<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: PromotionStatus;
  title: Scalars['String']['output'];
};

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

export type Query = {
  __typename?: 'Query';
  course?: Maybe<Course>;
  /** Topics that have courses, named in the request's language, for filter menus. */
  courseTopics: Array<CourseTopic>;
  courses: CourseConnection;
  /** The current monthly challenge, if any. */
  currentChallenge?: Maybe<Challenge>;
  /** Program health for the supplier (supplier key). */
  insights: Insights;
  /** Languages the library has materials in, for filter menus. */
  materialLanguages: Array<Locale>;
  /** Values present in the library, for filter menus. */
  materialProductLines: Array<Scalars['String']['output']>;
  /** Newest first. `search` looks in titles and descriptions (in the request's language and in English) and product lines. */
  materials: MaterialConnection;
  /** The NPS survey for the current quarter. */
  npsSurvey: NpsSurvey;
  /** All partners of the program (supplier key). */
  partners: PartnerConnection;
  /** The program's product groups that have a name, in the request's language. */
  productGroups: Array<ProductGroup>;
  /** The loyalty program the caller belongs to. */
  program: Program;
  /** Active promotions, and upcoming ones from 7 days before they start. */
  promotions: Array<Promotion>;
  reward?: Maybe<Reward>;
  rewardCategories: Array<RewardCategory>;
  rewards: RewardConnection;
  /**
   * The server's clock when it answered. Countdowns ("ends in 3 days") start from it, not from
   * the browser's clock, which may be wrong or in another test time.
   */
  serverTime: Scalars['DateTime']['output'];
  /**
   * Anyone holding a certificate id can check that it is genuine: no token needed (the id is
   * unguessable; the certificate's public page at `Certificate.url` says the same).
   */
  verifyCertificate: CertificateVerification;
  /** The signed-in partner member (widget token). `UNAUTHENTICATED` without a valid token. */
  viewer: Viewer;
  /** The volume-discount ladder applied to an order of this amount. */
  volumeDiscountQuote: VolumeDiscountQuote;
  webinars: WebinarConnection;
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MaterialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRewardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRewardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RewardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<RewardSort>;
};


export type QueryVerifyCertificateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolumeDiscountQuoteArgs = {
  orderAmountMinor: Scalars['SafeInt']['input'];
};


export type QueryWebinarsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  when?: InputMaybe<WebinarWhen>;
};

export type Quiz = {
  __typename?: 'Quiz';
  id: Scalars['ID']['output'];
  /** Share of correct answers needed to pass, in percent. */
  passPct: Scalars['Int']['output'];
  questions: Array<QuizQuestion>;
};

export type QuizAnswerInput = {
  optionId: Scalars['ID']['input'];
  questionId: Scalars['ID']['input'];
};

export type QuizOption = {
  __typename?: 'QuizOption';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

export type QuizQuestion = {
  __typename?: 'QuizQuestion';
  id: Scalars['ID']['output'];
  options: Array<QuizOption>;
  prompt: Scalars['String']['output'];
};

export type QuizQuestionInput = {
  /** Index into `options` of the right answer. */
  correctOption: Scalars['Int']['input'];
  options: Array<LocalizedTextInput>;
  prompt: LocalizedTextInput;
};

export type QuizResult = {
  __typename?: 'QuizResult';
  passed: Scalars['Boolean']['output'];
  /** Points awarded by this attempt (0 on a retry after the course was already completed). */
  pointsAwarded: Scalars['Int']['output'];
  progress: CourseProgress;
  scorePct: Scalars['Int']['output'];
};

export type RedeemRewardInput = {
  /** Unique per redemption attempt (e.g. a UUID made when the confirm step opens). 8–100 characters. */
  idempotencyKey: Scalars['String']['input'];
  /** Delivery notes from the host page (e.g. an address), at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  rewardId: Scalars['ID']['input'];
};

export type RedeemRewardPayload = {
  __typename?: 'RedeemRewardPayload';
  points: PointsSummary;
  redemption: Redemption;
  /** True when this answer replays an earlier request with the same idempotency key. */
  replayed: Scalars['Boolean']['output'];
};

export type Redemption = {
  __typename?: 'Redemption';
  /** Only `ORDERED` redemptions can be cancelled by the member. */
  cancellable: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  history: Array<RedemptionStatusChange>;
  id: Scalars['ID']['output'];
  member: Member;
  note?: Maybe<Scalars['String']['output']>;
  pointsSpent: Scalars['Int']['output'];
  quantity: Scalars['Int']['output'];
  reward: Reward;
  status: RedemptionStatus;
};

export type RedemptionConnection = {
  __typename?: 'RedemptionConnection';
  edges: Array<RedemptionEdge>;
  nodes: Array<Redemption>;
  pageInfo: PageInfo;
};

export type RedemptionEdge = {
  __typename?: 'RedemptionEdge';
  cursor: Scalars['String']['output'];
  node: Redemption;
};

export type RedemptionStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'ORDERED'
  | 'SHIPPED';

export type RedemptionStatusChange = {
  __typename?: 'RedemptionStatusChange';
  at: Scalars['DateTime']['output'];
  status: RedemptionStatus;
};

export type Referral = {
  __typename?: 'Referral';
  companyName: Scalars['String']['output'];
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  domain: Scalars['String']['output'];
  /** Why it is flagged; `null` when it is not. */
  flagReason?: Maybe<ReferralFlagReason>;
  /** Accepted but held for review (e.g. a free-mail contact address). */
  flagged: Scalars['Boolean']['output'];
  history: Array<ReferralEvent>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  rejectionReason?: Maybe<ReferralRejectionReason>;
  /** Points credited once the referral is rewarded. */
  rewardPoints?: Maybe<Scalars['Int']['output']>;
  status: ReferralStatus;
  /** The member who submitted it. */
  submittedBy: Member;
  /** Whether the signed-in member submitted it. */
  submittedByViewer: Scalars['Boolean']['output'];
};

export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  edges: Array<ReferralEdge>;
  nodes: Array<Referral>;
  pageInfo: PageInfo;
};

export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  cursor: Scalars['String']['output'];
  node: Referral;
};

export type ReferralEvent = {
  __typename?: 'ReferralEvent';
  at: Scalars['DateTime']['output'];
  status: ReferralStatus;
};

export type ReferralFilter = {
  /** Only referrals the signed-in member submitted. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
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

export type RefundOrderInput = {
  orderId: Scalars['String']['input'];
};

export type RefundOrderPayload = {
  __typename?: 'RefundOrderPayload';
  orderId: Scalars['String']['output'];
  /** Points taken back (never more than the partner still has). */
  pointsReversed: Scalars['Int']['output'];
  replayed: Scalars['Boolean']['output'];
};

export type Reward = {
  __typename?: 'Reward';
  /** Seasonal window; `null` bounds are open. */
  availableFrom?: Maybe<Scalars['DateTime']['output']>;
  availableUntil?: Maybe<Scalars['DateTime']['output']>;
  category: RewardCategory;
  costPoints: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Whether the viewer's partner can redeem it now, and why not. */
  eligibility: RewardEligibility;
  id: Scalars['ID']['output'];
  imageAlt: Scalars['String']['output'];
  imageHeight: Scalars['Int']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  imageWidth: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Redemptions in the last 90 days. */
  popularity: Scalars['Int']['output'];
  /** The tier that unlocks it; `null` when every tier may redeem it. */
  requiredTier?: Maybe<Tier>;
  seasonal: Scalars['Boolean']['output'];
  sku: Scalars['String']['output'];
  /** `null` means unlimited. */
  stock?: Maybe<Scalars['Int']['output']>;
  stockState: StockState;
};

export type RewardCategory = {
  __typename?: 'RewardCategory';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type RewardConnection = {
  __typename?: 'RewardConnection';
  edges: Array<RewardEdge>;
  nodes: Array<Reward>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RewardEdge = {
  __typename?: 'RewardEdge';
  cursor: Scalars['String']['output'];
  node: Reward;
};

export type RewardEligibility = {
  __typename?: 'RewardEligibility';
  /**
   * The most one redemption can order now (the `quantity` of `redeemReward`): the program's limit
   * per redemption, the stock left and the available points all allow it. 0 when not redeemable.
   */
  maxQuantity: Scalars['Int']['output'];
  /** Why not, as an `ErrorCode` value (`INSUFFICIENT_POINTS`, `OUT_OF_STOCK`, `TIER_REQUIRED`, `NOT_AVAILABLE`). */
  reason?: Maybe<ErrorCode>;
  redeemable: Scalars['Boolean']['output'];
  shortByPoints: Scalars['Int']['output'];
};

export type RewardFilter = {
  /**
   * Only rewards the partner can order now with its available points: enough points, in stock and
   * in season (the tier gate is `availableAtMyTier`).
   */
  affordable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only rewards the partner's tier unlocks. */
  availableAtMyTier?: InputMaybe<Scalars['Boolean']['input']>;
  categoryCode?: InputMaybe<Scalars['String']['input']>;
  seasonal?: InputMaybe<Scalars['Boolean']['input']>;
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
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 0–10: how likely are you to recommend us? */
  score: Scalars['Int']['input'];
};

export type SubmitNpsPayload = {
  __typename?: 'SubmitNpsPayload';
  period: Scalars['String']['output'];
  pointsAwarded: Scalars['Int']['output'];
  score: Scalars['Int']['output'];
};

export type SubmitQuizInput = {
  answers: Array<QuizAnswerInput>;
  courseId: Scalars['ID']['input'];
};

export type SubmitReferralInput = {
  companyName: Scalars['String']['input'];
  /** The referred contact agreed to be contacted. */
  consent: Scalars['Boolean']['input'];
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  /** Website or domain, e.g. `https://www.example.com` or `example.com`. */
  domain: Scalars['String']['input'];
  /**
   * One per referral the member means to send (a UUID, 8–100 characters), kept when the same form
   * is sent again: a retry after a lost answer gets the referral the first request recorded instead
   * of `DUPLICATE_REFERRAL`; the same key with other values is `IDEMPOTENCY_CONFLICT`. Optional.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** What the partner unlocks with time in the program. */
export type Tenure = {
  __typename?: 'Tenure';
  joinedAt: Scalars['DateTime']['output'];
  months: Scalars['Int']['output'];
  perks: Array<TenurePerk>;
};

export type TenurePerk = {
  __typename?: 'TenurePerk';
  code: Scalars['String']['output'];
  daysLeft: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  minMonths: Scalars['Int']['output'];
  unlocked: Scalars['Boolean']['output'];
  unlocksAt: Scalars['DateTime']['output'];
};

/**
 * A tier is reached by qualifying spend over the rolling window (threshold inclusive) and brings
 * a points multiplier, a discount on purchases and non-material benefits.
 */
export type Tier = {
  __typename?: 'Tier';
  benefits: Array<TierBenefit>;
  code: Scalars['String']['output'];
  /** A colour hint for badges, e.g. `#C9A227` (the widget may override it by theme). */
  color: Scalars['String']['output'];
  discountPct: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Points multiplier in percent: 125 means ×1.25. */
  multiplierPct: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** 0 for the entry tier, higher is better. */
  rank: Scalars['Int']['output'];
  threshold: Money;
};

export type TierBenefit = {
  __typename?: 'TierBenefit';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type TierBenefitInput = {
  code: Scalars['String']['input'];
  label: LocalizedTextInput;
};

export type TierProgress = {
  __typename?: 'TierProgress';
  current: Tier;
  /** `null` at the top tier. */
  next?: Maybe<Tier>;
  /** 0–100: share of the way from the current tier's threshold to the next one's. */
  progressPct: Scalars['Int']['output'];
  /** Money still to spend in the window to reach `next` (zero at the top tier). */
  remaining: Money;
  /** Qualifying spend in the rolling window. */
  spend: Money;
  windowEnd: Scalars['DateTime']['output'];
  windowStart: Scalars['DateTime']['output'];
};

export type UpdateRedemptionStatusInput = {
  redemptionId: Scalars['ID']['input'];
  status: RedemptionStatus;
};

export type UpdateReferralStatusInput = {
  referralId: Scalars['ID']['input'];
  rejectionReason?: InputMaybe<ReferralRejectionReason>;
  /** Points credited when moving to `REWARDED`; the program's `referralRewardPoints` when omitted. */
  rewardPoints?: InputMaybe<Scalars['Int']['input']>;
  status: ReferralStatus;
};

export type UpsertCourseInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  lessons: Array<LessonInput>;
  level: CourseLevel;
  pointsReward: Scalars['Int']['input'];
  quiz?: InputMaybe<Array<QuizQuestionInput>>;
  quizPassPct?: InputMaybe<Scalars['Int']['input']>;
  summary: LocalizedTextInput;
  title: LocalizedTextInput;
  topic: Scalars['String']['input'];
};

export type UpsertCourseTopicInput = {
  /** As courses name it in `UpsertCourseInput.topic` (1–60 characters). */
  code: Scalars['String']['input'];
  name: LocalizedTextInput;
  /** Order in filter menus, lowest first. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type UpsertMaterialInput = {
  description: LocalizedTextInput;
  fileSizeBytes: Scalars['SafeInt']['input'];
  fileUrl: Scalars['String']['input'];
  format: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  language: Locale;
  previewHeight?: InputMaybe<Scalars['Int']['input']>;
  previewUrl?: InputMaybe<Scalars['String']['input']>;
  previewWidth?: InputMaybe<Scalars['Int']['input']>;
  productLine: Scalars['String']['input'];
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  title: LocalizedTextInput;
  type: MaterialType;
};

export type UpsertProductGroupInput = {
  code: Scalars['String']['input'];
  name: LocalizedTextInput;
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type UpsertPromotionInput = {
  description: LocalizedTextInput;
  endsAt: Scalars['DateTime']['input'];
  extraDiscountPct?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  pointsMultiplierPct?: InputMaybe<Scalars['Int']['input']>;
  productGroups: Array<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: LocalizedTextInput;
};

export type UpsertRewardCategoryInput = {
  code: Scalars['String']['input'];
  name: LocalizedTextInput;
  position?: InputMaybe<Scalars['Int']['input']>;
};

export type UpsertRewardInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  availableFrom?: InputMaybe<Scalars['DateTime']['input']>;
  availableUntil?: InputMaybe<Scalars['DateTime']['input']>;
  categoryCode: Scalars['String']['input'];
  costPoints: Scalars['Int']['input'];
  description: LocalizedTextInput;
  /** Omit to create. */
  id?: InputMaybe<Scalars['ID']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  name: LocalizedTextInput;
  requiredTierCode?: InputMaybe<Scalars['String']['input']>;
  sku: Scalars['String']['input'];
  /** `null` for unlimited. */
  stock?: InputMaybe<Scalars['Int']['input']>;
};

export type UpsertTierInput = {
  benefits: Array<TierBenefitInput>;
  code: Scalars['String']['input'];
  color: Scalars['String']['input'];
  discountPct: Scalars['Int']['input'];
  multiplierPct: Scalars['Int']['input'];
  name: LocalizedTextInput;
  rank: Scalars['Int']['input'];
  thresholdMinor: Scalars['SafeInt']['input'];
};

export type UpsertWebinarInput = {
  description: LocalizedTextInput;
  durationMinutes: Scalars['Int']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  joinUrl: Scalars['String']['input'];
  presenter: Scalars['String']['input'];
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
  seats: Scalars['Int']['input'];
  startsAt: Scalars['DateTime']['input'];
  title: LocalizedTextInput;
};

export type Viewer = {
  __typename?: 'Viewer';
  member: Member;
  partner: Partner;
  redemptions: RedemptionConnection;
  /** The company's referrals, newest first; `filter: { mine: true }` keeps the signed-in member's own. */
  referrals: ReferralConnection;
};


export type ViewerRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ViewerReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VolumeDiscountQuote = {
  __typename?: 'VolumeDiscountQuote';
  discount: Money;
  /** `null` when the top step is reached. */
  nextStep?: Maybe<VolumeDiscountStep>;
  orderAmount: Money;
  percent: Scalars['Int']['output'];
  /** Money still to add to this order to reach `nextStep`. */
  remainingForNext?: Maybe<Money>;
};

export type VolumeDiscountStep = {
  __typename?: 'VolumeDiscountStep';
  percent: Scalars['Int']['output'];
  threshold: Money;
};

export type Webinar = {
  __typename?: 'Webinar';
  description: Scalars['String']['output'];
  durationMinutes: Scalars['Int']['output'];
  /** startsAt + durationMinutes: registration closes and the recording appears then. */
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Only for registered members. */
  joinUrl?: Maybe<Scalars['String']['output']>;
  presenter: Scalars['String']['output'];
  /** After the event, when recorded. */
  recordingUrl?: Maybe<Scalars['String']['output']>;
  registered: Scalars['Boolean']['output'];
  seats: Scalars['Int']['output'];
  seatsLeft: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
};

export type WebinarConnection = {
  __typename?: 'WebinarConnection';
  edges: Array<WebinarEdge>;
  nodes: Array<Webinar>;
  pageInfo: PageInfo;
};

export type WebinarEdge = {
  __typename?: 'WebinarEdge';
  cursor: Scalars['String']['output'];
  node: Webinar;
};

export type WebinarRegistrationInput = {
  webinarId: Scalars['ID']['input'];
};

export type WebinarWhen =
  | 'PAST'
  | 'UPCOMING';

export type WidgetToken = {
  __typename?: 'WidgetToken';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustPointsInput: AdjustPointsInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CancelRedemptionInput: CancelRedemptionInput;
  CancelRedemptionPayload: ResolverTypeWrapper<Omit<CancelRedemptionPayload, 'points' | 'redemption'> & { points: ResolversTypes['PointsSummary'], redemption: ResolversTypes['Redemption'] }>;
  CaptionTrack: ResolverTypeWrapper<CaptionTrack>;
  CaptionTrackInput: CaptionTrackInput;
  Certificate: ResolverTypeWrapper<Certificate>;
  CertificateVerification: ResolverTypeWrapper<CertificateVerification>;
  Challenge: ResolverTypeWrapper<ChallengeRow>;
  ChallengeMetric: ChallengeMetric;
  ChallengePrize: ResolverTypeWrapper<ChallengePrize>;
  CompleteLessonInput: CompleteLessonInput;
  Course: ResolverTypeWrapper<CourseRow>;
  CourseConnection: ResolverTypeWrapper<Omit<CourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CourseEdge']>, nodes: Array<ResolversTypes['Course']> }>;
  CourseEdge: ResolverTypeWrapper<Omit<CourseEdge, 'node'> & { node: ResolversTypes['Course'] }>;
  CourseFilter: CourseFilter;
  CourseLevel: CourseLevel;
  CourseProgress: ResolverTypeWrapper<CourseProgress>;
  CourseStatus: CourseStatus;
  CourseTopic: ResolverTypeWrapper<CourseTopic>;
  CreateMemberInput: CreateMemberInput;
  CreatePartnerInput: CreatePartnerInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  ExpiryRun: ResolverTypeWrapper<ExpiryRun>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestOrderInput: IngestOrderInput;
  IngestOrderPayload: ResolverTypeWrapper<IngestOrderPayload>;
  Insights: ResolverTypeWrapper<Insights>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssueWidgetTokenInput: IssueWidgetTokenInput;
  LeaderboardRow: ResolverTypeWrapper<LeaderboardRow>;
  LedgerConnection: ResolverTypeWrapper<Omit<LedgerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LedgerEdge']>, nodes: Array<ResolversTypes['LedgerEntry']> }>;
  LedgerEdge: ResolverTypeWrapper<Omit<LedgerEdge, 'node'> & { node: ResolversTypes['LedgerEntry'] }>;
  LedgerEntry: ResolverTypeWrapper<LedgerEntryRow>;
  LedgerEntryType: LedgerEntryType;
  LedgerSource: ResolverTypeWrapper<LedgerSource>;
  LedgerSourceKind: LedgerSourceKind;
  Lesson: ResolverTypeWrapper<LessonRow>;
  LessonInput: LessonInput;
  LessonKind: LessonKind;
  Locale: Locale;
  LocalizedTextInput: LocalizedTextInput;
  Material: ResolverTypeWrapper<MaterialRow>;
  MaterialConnection: ResolverTypeWrapper<Omit<MaterialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MaterialEdge']>, nodes: Array<ResolversTypes['Material']> }>;
  MaterialDownload: ResolverTypeWrapper<Omit<MaterialDownload, 'material'> & { material: ResolversTypes['Material'] }>;
  MaterialDownloadInput: MaterialDownloadInput;
  MaterialEdge: ResolverTypeWrapper<Omit<MaterialEdge, 'node'> & { node: ResolversTypes['Material'] }>;
  MaterialFilter: MaterialFilter;
  MaterialType: MaterialType;
  Member: ResolverTypeWrapper<MemberRow>;
  MemberRole: MemberRole;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NpsSurvey: ResolverTypeWrapper<NpsSurvey>;
  OrderLineInput: OrderLineInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partner: ResolverTypeWrapper<PartnerRow>;
  PartnerConnection: ResolverTypeWrapper<Omit<PartnerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PartnerEdge']>, nodes: Array<ResolversTypes['Partner']> }>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>;
  PointsSummary: ResolverTypeWrapper<PointsSummaryModel>;
  ProductGroup: ResolverTypeWrapper<ProductGroup>;
  Program: ResolverTypeWrapper<ProgramRow>;
  Promotion: ResolverTypeWrapper<PromotionRow>;
  PromotionStatus: PromotionStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quiz: ResolverTypeWrapper<QuizModel>;
  QuizAnswerInput: QuizAnswerInput;
  QuizOption: ResolverTypeWrapper<QuizOption>;
  QuizQuestion: ResolverTypeWrapper<QuizQuestionRow>;
  QuizQuestionInput: QuizQuestionInput;
  QuizResult: ResolverTypeWrapper<QuizResult>;
  RedeemRewardInput: RedeemRewardInput;
  RedeemRewardPayload: ResolverTypeWrapper<Omit<RedeemRewardPayload, 'points' | 'redemption'> & { points: ResolversTypes['PointsSummary'], redemption: ResolversTypes['Redemption'] }>;
  Redemption: ResolverTypeWrapper<RedemptionRow>;
  RedemptionConnection: ResolverTypeWrapper<Omit<RedemptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RedemptionEdge']>, nodes: Array<ResolversTypes['Redemption']> }>;
  RedemptionEdge: ResolverTypeWrapper<Omit<RedemptionEdge, 'node'> & { node: ResolversTypes['Redemption'] }>;
  RedemptionStatus: RedemptionStatus;
  RedemptionStatusChange: ResolverTypeWrapper<RedemptionStatusChange>;
  Referral: ResolverTypeWrapper<ReferralRow>;
  ReferralConnection: ResolverTypeWrapper<Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReferralEdge']>, nodes: Array<ResolversTypes['Referral']> }>;
  ReferralEdge: ResolverTypeWrapper<Omit<ReferralEdge, 'node'> & { node: ResolversTypes['Referral'] }>;
  ReferralEvent: ResolverTypeWrapper<ReferralEvent>;
  ReferralFilter: ReferralFilter;
  ReferralFlagReason: ReferralFlagReason;
  ReferralRejectionReason: ReferralRejectionReason;
  ReferralStatus: ReferralStatus;
  RefundOrderInput: RefundOrderInput;
  RefundOrderPayload: ResolverTypeWrapper<RefundOrderPayload>;
  Reward: ResolverTypeWrapper<RewardRow>;
  RewardCategory: ResolverTypeWrapper<RewardCategoryRow>;
  RewardConnection: ResolverTypeWrapper<Omit<RewardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RewardEdge']>, nodes: Array<ResolversTypes['Reward']> }>;
  RewardEdge: ResolverTypeWrapper<Omit<RewardEdge, 'node'> & { node: ResolversTypes['Reward'] }>;
  RewardEligibility: ResolverTypeWrapper<RewardEligibility>;
  RewardFilter: RewardFilter;
  RewardSort: RewardSort;
  SafeInt: ResolverTypeWrapper<Scalars['SafeInt']['output']>;
  StockState: StockState;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitNpsInput: SubmitNpsInput;
  SubmitNpsPayload: ResolverTypeWrapper<SubmitNpsPayload>;
  SubmitQuizInput: SubmitQuizInput;
  SubmitReferralInput: SubmitReferralInput;
  Tenure: ResolverTypeWrapper<Tenure>;
  TenurePerk: ResolverTypeWrapper<TenurePerk>;
  Tier: ResolverTypeWrapper<TierRow>;
  TierBenefit: ResolverTypeWrapper<TierBenefit>;
  TierBenefitInput: TierBenefitInput;
  TierProgress: ResolverTypeWrapper<Omit<TierProgress, 'current' | 'next'> & { current: ResolversTypes['Tier'], next?: Maybe<ResolversTypes['Tier']> }>;
  UpdateRedemptionStatusInput: UpdateRedemptionStatusInput;
  UpdateReferralStatusInput: UpdateReferralStatusInput;
  UpsertCourseInput: UpsertCourseInput;
  UpsertCourseTopicInput: UpsertCourseTopicInput;
  UpsertMaterialInput: UpsertMaterialInput;
  UpsertProductGroupInput: UpsertProductGroupInput;
  UpsertPromotionInput: UpsertPromotionInput;
  UpsertRewardCategoryInput: UpsertRewardCategoryInput;
  UpsertRewardInput: UpsertRewardInput;
  UpsertTierInput: UpsertTierInput;
  UpsertWebinarInput: UpsertWebinarInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  VolumeDiscountQuote: ResolverTypeWrapper<VolumeDiscountQuote>;
  VolumeDiscountStep: ResolverTypeWrapper<VolumeDiscountStep>;
  Webinar: ResolverTypeWrapper<WebinarRow>;
  WebinarConnection: ResolverTypeWrapper<Omit<WebinarConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WebinarEdge']>, nodes: Array<ResolversTypes['Webinar']> }>;
  WebinarEdge: ResolverTypeWrapper<Omit<WebinarEdge, 'node'> & { node: ResolversTypes['Webinar'] }>;
  WebinarRegistrationInput: WebinarRegistrationInput;
  WebinarWhen: WebinarWhen;
  WidgetToken: ResolverTypeWrapper<WidgetToken>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdjustPointsInput: AdjustPointsInput;
  Boolean: Scalars['Boolean']['output'];
  CancelRedemptionInput: CancelRedemptionInput;
  CancelRedemptionPayload: Omit<CancelRedemptionPayload, 'points' | 'redemption'> & { points: ResolversParentTypes['PointsSummary'], redemption: ResolversParentTypes['Redemption'] };
  CaptionTrack: CaptionTrack;
  CaptionTrackInput: CaptionTrackInput;
  Certificate: Certificate;
  CertificateVerification: CertificateVerification;
  Challenge: ChallengeRow;
  ChallengePrize: ChallengePrize;
  CompleteLessonInput: CompleteLessonInput;
  Course: CourseRow;
  CourseConnection: Omit<CourseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CourseEdge']>, nodes: Array<ResolversParentTypes['Course']> };
  CourseEdge: Omit<CourseEdge, 'node'> & { node: ResolversParentTypes['Course'] };
  CourseFilter: CourseFilter;
  CourseProgress: CourseProgress;
  CourseTopic: CourseTopic;
  CreateMemberInput: CreateMemberInput;
  CreatePartnerInput: CreatePartnerInput;
  DateTime: Scalars['DateTime']['output'];
  ExpiryRun: ExpiryRun;
  ID: Scalars['ID']['output'];
  IngestOrderInput: IngestOrderInput;
  IngestOrderPayload: IngestOrderPayload;
  Insights: Insights;
  Int: Scalars['Int']['output'];
  IssueWidgetTokenInput: IssueWidgetTokenInput;
  LeaderboardRow: LeaderboardRow;
  LedgerConnection: Omit<LedgerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LedgerEdge']>, nodes: Array<ResolversParentTypes['LedgerEntry']> };
  LedgerEdge: Omit<LedgerEdge, 'node'> & { node: ResolversParentTypes['LedgerEntry'] };
  LedgerEntry: LedgerEntryRow;
  LedgerSource: LedgerSource;
  Lesson: LessonRow;
  LessonInput: LessonInput;
  LocalizedTextInput: LocalizedTextInput;
  Material: MaterialRow;
  MaterialConnection: Omit<MaterialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MaterialEdge']>, nodes: Array<ResolversParentTypes['Material']> };
  MaterialDownload: Omit<MaterialDownload, 'material'> & { material: ResolversParentTypes['Material'] };
  MaterialDownloadInput: MaterialDownloadInput;
  MaterialEdge: Omit<MaterialEdge, 'node'> & { node: ResolversParentTypes['Material'] };
  MaterialFilter: MaterialFilter;
  Member: MemberRow;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NpsSurvey: NpsSurvey;
  OrderLineInput: OrderLineInput;
  PageInfo: PageInfo;
  Partner: PartnerRow;
  PartnerConnection: Omit<PartnerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PartnerEdge']>, nodes: Array<ResolversParentTypes['Partner']> };
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] };
  PointsSummary: PointsSummaryModel;
  ProductGroup: ProductGroup;
  Program: ProgramRow;
  Promotion: PromotionRow;
  Query: Record<PropertyKey, never>;
  Quiz: QuizModel;
  QuizAnswerInput: QuizAnswerInput;
  QuizOption: QuizOption;
  QuizQuestion: QuizQuestionRow;
  QuizQuestionInput: QuizQuestionInput;
  QuizResult: QuizResult;
  RedeemRewardInput: RedeemRewardInput;
  RedeemRewardPayload: Omit<RedeemRewardPayload, 'points' | 'redemption'> & { points: ResolversParentTypes['PointsSummary'], redemption: ResolversParentTypes['Redemption'] };
  Redemption: RedemptionRow;
  RedemptionConnection: Omit<RedemptionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RedemptionEdge']>, nodes: Array<ResolversParentTypes['Redemption']> };
  RedemptionEdge: Omit<RedemptionEdge, 'node'> & { node: ResolversParentTypes['Redemption'] };
  RedemptionStatusChange: RedemptionStatusChange;
  Referral: ReferralRow;
  ReferralConnection: Omit<ReferralConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReferralEdge']>, nodes: Array<ResolversParentTypes['Referral']> };
  ReferralEdge: Omit<ReferralEdge, 'node'> & { node: ResolversParentTypes['Referral'] };
  ReferralEvent: ReferralEvent;
  ReferralFilter: ReferralFilter;
  RefundOrderInput: RefundOrderInput;
  RefundOrderPayload: RefundOrderPayload;
  Reward: RewardRow;
  RewardCategory: RewardCategoryRow;
  RewardConnection: Omit<RewardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RewardEdge']>, nodes: Array<ResolversParentTypes['Reward']> };
  RewardEdge: Omit<RewardEdge, 'node'> & { node: ResolversParentTypes['Reward'] };
  RewardEligibility: RewardEligibility;
  RewardFilter: RewardFilter;
  SafeInt: Scalars['SafeInt']['output'];
  String: Scalars['String']['output'];
  SubmitNpsInput: SubmitNpsInput;
  SubmitNpsPayload: SubmitNpsPayload;
  SubmitQuizInput: SubmitQuizInput;
  SubmitReferralInput: SubmitReferralInput;
  Tenure: Tenure;
  TenurePerk: TenurePerk;
  Tier: TierRow;
  TierBenefit: TierBenefit;
  TierBenefitInput: TierBenefitInput;
  TierProgress: Omit<TierProgress, 'current' | 'next'> & { current: ResolversParentTypes['Tier'], next?: Maybe<ResolversParentTypes['Tier']> };
  UpdateRedemptionStatusInput: UpdateRedemptionStatusInput;
  UpdateReferralStatusInput: UpdateReferralStatusInput;
  UpsertCourseInput: UpsertCourseInput;
  UpsertCourseTopicInput: UpsertCourseTopicInput;
  UpsertMaterialInput: UpsertMaterialInput;
  UpsertProductGroupInput: UpsertProductGroupInput;
  UpsertPromotionInput: UpsertPromotionInput;
  UpsertRewardCategoryInput: UpsertRewardCategoryInput;
  UpsertRewardInput: UpsertRewardInput;
  UpsertTierInput: UpsertTierInput;
  UpsertWebinarInput: UpsertWebinarInput;
  Viewer: ViewerModel;
  VolumeDiscountQuote: VolumeDiscountQuote;
  VolumeDiscountStep: VolumeDiscountStep;
  Webinar: WebinarRow;
  WebinarConnection: Omit<WebinarConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WebinarEdge']>, nodes: Array<ResolversParentTypes['Webinar']> };
  WebinarEdge: Omit<WebinarEdge, 'node'> & { node: ResolversParentTypes['Webinar'] };
  WebinarRegistrationInput: WebinarRegistrationInput;
  WidgetToken: WidgetToken;
}>;

export type CancelRedemptionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CancelRedemptionPayload'] = ResolversParentTypes['CancelRedemptionPayload']> = ResolversObject<{
  points?: Resolver<ResolversTypes['PointsSummary'], ParentType, ContextType>;
  redemption?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType>;
}>;

export type CaptionTrackResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaptionTrack'] = ResolversParentTypes['CaptionTrack']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CertificateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Certificate'] = ResolversParentTypes['Certificate']> = ResolversObject<{
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  memberName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pdfUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CertificateVerificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificateVerification'] = ResolversParentTypes['CertificateVerification']> = ResolversObject<{
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ChallengeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Challenge'] = ResolversParentTypes['Challenge']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leaderboard?: Resolver<Array<ResolversTypes['LeaderboardRow']>, ParentType, ContextType, RequireFields<ChallengeLeaderboardArgs, 'first'>>;
  metric?: Resolver<ResolversTypes['ChallengeMetric'], ParentType, ContextType>;
  prizes?: Resolver<Array<ResolversTypes['ChallengePrize']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerEligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerRow?: Resolver<Maybe<ResolversTypes['LeaderboardRow']>, ParentType, ContextType>;
}>;

export type ChallengePrizeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChallengePrize'] = ResolversParentTypes['ChallengePrize']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CourseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course']> = ResolversObject<{
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lessons?: Resolver<Array<ResolversTypes['Lesson']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CourseLevel'], ParentType, ContextType>;
  pointsReward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['CourseProgress'], ParentType, ContextType>;
  quiz?: Resolver<Maybe<ResolversTypes['Quiz']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CourseConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CourseConnection'] = ResolversParentTypes['CourseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CourseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CourseEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CourseEdge'] = ResolversParentTypes['CourseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
}>;

export type CourseProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CourseProgress'] = ResolversParentTypes['CourseProgress']> = ResolversObject<{
  bestScorePct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedLessonIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  courseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  currentLessonId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsAwarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quizAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CourseStatus'], ParentType, ContextType>;
}>;

export type CourseTopicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CourseTopic'] = ResolversParentTypes['CourseTopic']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExpiryRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExpiryRun'] = ResolversParentTypes['ExpiryRun']> = ResolversObject<{
  partnersAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsExpired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IngestOrderPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestOrderPayload'] = ResolversParentTypes['IngestOrderPayload']> = ResolversObject<{
  orderId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsAccrued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  volumeDiscountPct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InsightsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Insights'] = ResolversParentTypes['Insights']> = ResolversObject<{
  averageLifetimeValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  churnRateBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  npsAnswers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsOutstanding?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  repeatPurchaseRateBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retentionRateBp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeaderboardRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeaderboardRow'] = ResolversParentTypes['LeaderboardRow']> = ResolversObject<{
  anonymized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
}>;

export type LedgerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LedgerConnection'] = ResolversParentTypes['LedgerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LedgerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LedgerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LedgerEdge'] = ResolversParentTypes['LedgerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LedgerEntry'], ParentType, ContextType>;
}>;

export type LedgerEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = ResolversObject<{
  availableAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LedgerSource'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LedgerEntryType'], ParentType, ContextType>;
}>;

export type LedgerSourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LedgerSource'] = ResolversParentTypes['LedgerSource']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['LedgerSourceKind'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LessonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Lesson'] = ResolversParentTypes['Lesson']> = ResolversObject<{
  bodyHtml?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  captions?: Resolver<Array<ResolversTypes['CaptionTrack']>, ParentType, ContextType>;
  documentUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LessonKind'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  videoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileSizeBytes?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  fileUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  previewHeight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previewUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previewWidth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  productLine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MaterialType'], ParentType, ContextType>;
}>;

export type MaterialConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MaterialConnection'] = ResolversParentTypes['MaterialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MaterialEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MaterialDownloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MaterialDownload'] = ResolversParentTypes['MaterialDownload']> = ResolversObject<{
  material?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MaterialEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MaterialEdge'] = ResolversParentTypes['MaterialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Material'], ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amountMinor?: Resolver<ResolversTypes['SafeInt'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  adjustPoints?: Resolver<ResolversTypes['LedgerEntry'], ParentType, ContextType, RequireFields<MutationAdjustPointsArgs, 'input'>>;
  cancelRedemption?: Resolver<ResolversTypes['CancelRedemptionPayload'], ParentType, ContextType, RequireFields<MutationCancelRedemptionArgs, 'input'>>;
  completeLesson?: Resolver<ResolversTypes['CourseProgress'], ParentType, ContextType, RequireFields<MutationCompleteLessonArgs, 'input'>>;
  createMember?: Resolver<ResolversTypes['Member'], ParentType, ContextType, RequireFields<MutationCreateMemberArgs, 'input'>>;
  createPartner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType, RequireFields<MutationCreatePartnerArgs, 'input'>>;
  ingestOrder?: Resolver<ResolversTypes['IngestOrderPayload'], ParentType, ContextType, RequireFields<MutationIngestOrderArgs, 'input'>>;
  issueWidgetToken?: Resolver<ResolversTypes['WidgetToken'], ParentType, ContextType, RequireFields<MutationIssueWidgetTokenArgs, 'input'>>;
  recordMaterialDownload?: Resolver<ResolversTypes['MaterialDownload'], ParentType, ContextType, RequireFields<MutationRecordMaterialDownloadArgs, 'input'>>;
  redeemReward?: Resolver<ResolversTypes['RedeemRewardPayload'], ParentType, ContextType, RequireFields<MutationRedeemRewardArgs, 'input'>>;
  refundOrder?: Resolver<ResolversTypes['RefundOrderPayload'], ParentType, ContextType, RequireFields<MutationRefundOrderArgs, 'input'>>;
  registerWebinar?: Resolver<ResolversTypes['Webinar'], ParentType, ContextType, RequireFields<MutationRegisterWebinarArgs, 'input'>>;
  runExpiry?: Resolver<ResolversTypes['ExpiryRun'], ParentType, ContextType>;
  submitNps?: Resolver<ResolversTypes['SubmitNpsPayload'], ParentType, ContextType, RequireFields<MutationSubmitNpsArgs, 'input'>>;
  submitQuiz?: Resolver<ResolversTypes['QuizResult'], ParentType, ContextType, RequireFields<MutationSubmitQuizArgs, 'input'>>;
  submitReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationSubmitReferralArgs, 'input'>>;
  unregisterWebinar?: Resolver<ResolversTypes['Webinar'], ParentType, ContextType, RequireFields<MutationUnregisterWebinarArgs, 'input'>>;
  updateRedemptionStatus?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType, RequireFields<MutationUpdateRedemptionStatusArgs, 'input'>>;
  updateReferralStatus?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationUpdateReferralStatusArgs, 'input'>>;
  upsertCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationUpsertCourseArgs, 'input'>>;
  upsertCourseTopic?: Resolver<ResolversTypes['CourseTopic'], ParentType, ContextType, RequireFields<MutationUpsertCourseTopicArgs, 'input'>>;
  upsertMaterial?: Resolver<ResolversTypes['Material'], ParentType, ContextType, RequireFields<MutationUpsertMaterialArgs, 'input'>>;
  upsertProductGroup?: Resolver<ResolversTypes['ProductGroup'], ParentType, ContextType, RequireFields<MutationUpsertProductGroupArgs, 'input'>>;
  upsertPromotion?: Resolver<ResolversTypes['Promotion'], ParentType, ContextType, RequireFields<MutationUpsertPromotionArgs, 'input'>>;
  upsertReward?: Resolver<ResolversTypes['Reward'], ParentType, ContextType, RequireFields<MutationUpsertRewardArgs, 'input'>>;
  upsertRewardCategory?: Resolver<ResolversTypes['RewardCategory'], ParentType, ContextType, RequireFields<MutationUpsertRewardCategoryArgs, 'input'>>;
  upsertTier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType, RequireFields<MutationUpsertTierArgs, 'input'>>;
  upsertWebinar?: Resolver<ResolversTypes['Webinar'], ParentType, ContextType, RequireFields<MutationUpsertWebinarArgs, 'input'>>;
}>;

export type NpsSurveyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NpsSurvey'] = ResolversParentTypes['NpsSurvey']> = ResolversObject<{
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  canAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nextPeriodStartsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsReward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = ResolversObject<{
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ledger?: Resolver<ResolversTypes['LedgerConnection'], ParentType, ContextType, RequireFields<PartnerLedgerArgs, 'first'>>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['PointsSummary'], ParentType, ContextType>;
  tenure?: Resolver<ResolversTypes['Tenure'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  tierProgress?: Resolver<ResolversTypes['TierProgress'], ParentType, ContextType>;
}>;

export type PartnerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PartnerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
}>;

export type PointsSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PointsSummary'] = ResolversParentTypes['PointsSummary']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiringSoon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiringSoonDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lifetimeEarned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductGroup'] = ResolversParentTypes['ProductGroup']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProgramResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiryMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locales?: Resolver<Array<ResolversTypes['Locale']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pendingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsPerUnit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualificationWindowMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referralRewardPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
  volumeDiscountLadder?: Resolver<Array<ResolversTypes['VolumeDiscountStep']>, ParentType, ContextType>;
}>;

export type PromotionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Promotion'] = ResolversParentTypes['Promotion']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  extraDiscountPct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ProductGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsMultiplierPct?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  productGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PromotionStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<QueryCourseArgs, 'id'>>;
  courseTopics?: Resolver<Array<ResolversTypes['CourseTopic']>, ParentType, ContextType>;
  courses?: Resolver<ResolversTypes['CourseConnection'], ParentType, ContextType, RequireFields<QueryCoursesArgs, 'first'>>;
  currentChallenge?: Resolver<Maybe<ResolversTypes['Challenge']>, ParentType, ContextType>;
  insights?: Resolver<ResolversTypes['Insights'], ParentType, ContextType>;
  materialLanguages?: Resolver<Array<ResolversTypes['Locale']>, ParentType, ContextType>;
  materialProductLines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  materials?: Resolver<ResolversTypes['MaterialConnection'], ParentType, ContextType, RequireFields<QueryMaterialsArgs, 'first'>>;
  npsSurvey?: Resolver<ResolversTypes['NpsSurvey'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<QueryPartnersArgs, 'first'>>;
  productGroups?: Resolver<Array<ResolversTypes['ProductGroup']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  promotions?: Resolver<Array<ResolversTypes['Promotion']>, ParentType, ContextType>;
  reward?: Resolver<Maybe<ResolversTypes['Reward']>, ParentType, ContextType, RequireFields<QueryRewardArgs, 'id'>>;
  rewardCategories?: Resolver<Array<ResolversTypes['RewardCategory']>, ParentType, ContextType>;
  rewards?: Resolver<ResolversTypes['RewardConnection'], ParentType, ContextType, RequireFields<QueryRewardsArgs, 'first' | 'sort'>>;
  serverTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verifyCertificate?: Resolver<ResolversTypes['CertificateVerification'], ParentType, ContextType, RequireFields<QueryVerifyCertificateArgs, 'id'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  volumeDiscountQuote?: Resolver<ResolversTypes['VolumeDiscountQuote'], ParentType, ContextType, RequireFields<QueryVolumeDiscountQuoteArgs, 'orderAmountMinor'>>;
  webinars?: Resolver<ResolversTypes['WebinarConnection'], ParentType, ContextType, RequireFields<QueryWebinarsArgs, 'first' | 'when'>>;
}>;

export type QuizResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Quiz'] = ResolversParentTypes['Quiz']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  passPct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['QuizQuestion']>, ParentType, ContextType>;
}>;

export type QuizOptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuizOption'] = ResolversParentTypes['QuizOption']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuizQuestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuizQuestion'] = ResolversParentTypes['QuizQuestion']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['QuizOption']>, ParentType, ContextType>;
  prompt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuizResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuizResult'] = ResolversParentTypes['QuizResult']> = ResolversObject<{
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pointsAwarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['CourseProgress'], ParentType, ContextType>;
  scorePct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RedeemRewardPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedeemRewardPayload'] = ResolversParentTypes['RedeemRewardPayload']> = ResolversObject<{
  points?: Resolver<ResolversTypes['PointsSummary'], ParentType, ContextType>;
  redemption?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RedemptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Redemption'] = ResolversParentTypes['Redemption']> = ResolversObject<{
  cancellable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['RedemptionStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pointsSpent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reward?: Resolver<ResolversTypes['Reward'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RedemptionStatus'], ParentType, ContextType>;
}>;

export type RedemptionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedemptionConnection'] = ResolversParentTypes['RedemptionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RedemptionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Redemption']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RedemptionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedemptionEdge'] = ResolversParentTypes['RedemptionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType>;
}>;

export type RedemptionStatusChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedemptionStatusChange'] = ResolversParentTypes['RedemptionStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RedemptionStatus'], ParentType, ContextType>;
}>;

export type ReferralResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flagReason?: Resolver<Maybe<ResolversTypes['ReferralFlagReason']>, ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ReferralEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['ReferralRejectionReason']>, ParentType, ContextType>;
  rewardPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  submittedByViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ReferralConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReferralConnection'] = ResolversParentTypes['ReferralConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReferralEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReferralEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReferralEdge'] = ResolversParentTypes['ReferralEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
}>;

export type ReferralEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReferralEvent'] = ResolversParentTypes['ReferralEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
}>;

export type RefundOrderPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RefundOrderPayload'] = ResolversParentTypes['RefundOrderPayload']> = ResolversObject<{
  orderId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsReversed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RewardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Reward'] = ResolversParentTypes['Reward']> = ResolversObject<{
  availableFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  availableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['RewardCategory'], ParentType, ContextType>;
  costPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['RewardEligibility'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageAlt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  imageHeight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageWidth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  popularity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiredTier?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType>;
  seasonal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stock?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stockState?: Resolver<ResolversTypes['StockState'], ParentType, ContextType>;
}>;

export type RewardCategoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RewardCategory'] = ResolversParentTypes['RewardCategory']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RewardConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RewardConnection'] = ResolversParentTypes['RewardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RewardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Reward']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RewardEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RewardEdge'] = ResolversParentTypes['RewardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Reward'], ParentType, ContextType>;
}>;

export type RewardEligibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RewardEligibility'] = ResolversParentTypes['RewardEligibility']> = ResolversObject<{
  maxQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['ErrorCode']>, ParentType, ContextType>;
  redeemable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shortByPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface SafeIntScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SafeInt'], any> {
  name: 'SafeInt';
}

export type SubmitNpsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubmitNpsPayload'] = ResolversParentTypes['SubmitNpsPayload']> = ResolversObject<{
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsAwarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TenureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tenure'] = ResolversParentTypes['Tenure']> = ResolversObject<{
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perks?: Resolver<Array<ResolversTypes['TenurePerk']>, ParentType, ContextType>;
}>;

export type TenurePerkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TenurePerk'] = ResolversParentTypes['TenurePerk']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unlocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unlocksAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TierResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tier'] = ResolversParentTypes['Tier']> = ResolversObject<{
  benefits?: Resolver<Array<ResolversTypes['TierBenefit']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  color?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discountPct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  multiplierPct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type TierBenefitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TierBenefit'] = ResolversParentTypes['TierBenefit']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TierProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TierProgress'] = ResolversParentTypes['TierProgress']> = ResolversObject<{
  current?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  next?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType>;
  progressPct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  spend?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  redemptions?: Resolver<ResolversTypes['RedemptionConnection'], ParentType, ContextType, RequireFields<ViewerRedemptionsArgs, 'first'>>;
  referrals?: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, RequireFields<ViewerReferralsArgs, 'first'>>;
}>;

export type VolumeDiscountQuoteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VolumeDiscountQuote'] = ResolversParentTypes['VolumeDiscountQuote']> = ResolversObject<{
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  nextStep?: Resolver<Maybe<ResolversTypes['VolumeDiscountStep']>, ParentType, ContextType>;
  orderAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingForNext?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type VolumeDiscountStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VolumeDiscountStep'] = ResolversParentTypes['VolumeDiscountStep']> = ResolversObject<{
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type WebinarResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Webinar'] = ResolversParentTypes['Webinar']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presenter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordingUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebinarConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebinarConnection'] = ResolversParentTypes['WebinarConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebinarEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Webinar']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebinarEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WebinarEdge'] = ResolversParentTypes['WebinarEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Webinar'], ParentType, ContextType>;
}>;

export type WidgetTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WidgetToken'] = ResolversParentTypes['WidgetToken']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  CancelRedemptionPayload?: CancelRedemptionPayloadResolvers<ContextType>;
  CaptionTrack?: CaptionTrackResolvers<ContextType>;
  Certificate?: CertificateResolvers<ContextType>;
  CertificateVerification?: CertificateVerificationResolvers<ContextType>;
  Challenge?: ChallengeResolvers<ContextType>;
  ChallengePrize?: ChallengePrizeResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseConnection?: CourseConnectionResolvers<ContextType>;
  CourseEdge?: CourseEdgeResolvers<ContextType>;
  CourseProgress?: CourseProgressResolvers<ContextType>;
  CourseTopic?: CourseTopicResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExpiryRun?: ExpiryRunResolvers<ContextType>;
  IngestOrderPayload?: IngestOrderPayloadResolvers<ContextType>;
  Insights?: InsightsResolvers<ContextType>;
  LeaderboardRow?: LeaderboardRowResolvers<ContextType>;
  LedgerConnection?: LedgerConnectionResolvers<ContextType>;
  LedgerEdge?: LedgerEdgeResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  LedgerSource?: LedgerSourceResolvers<ContextType>;
  Lesson?: LessonResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  MaterialConnection?: MaterialConnectionResolvers<ContextType>;
  MaterialDownload?: MaterialDownloadResolvers<ContextType>;
  MaterialEdge?: MaterialEdgeResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NpsSurvey?: NpsSurveyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PointsSummary?: PointsSummaryResolvers<ContextType>;
  ProductGroup?: ProductGroupResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Promotion?: PromotionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quiz?: QuizResolvers<ContextType>;
  QuizOption?: QuizOptionResolvers<ContextType>;
  QuizQuestion?: QuizQuestionResolvers<ContextType>;
  QuizResult?: QuizResultResolvers<ContextType>;
  RedeemRewardPayload?: RedeemRewardPayloadResolvers<ContextType>;
  Redemption?: RedemptionResolvers<ContextType>;
  RedemptionConnection?: RedemptionConnectionResolvers<ContextType>;
  RedemptionEdge?: RedemptionEdgeResolvers<ContextType>;
  RedemptionStatusChange?: RedemptionStatusChangeResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralConnection?: ReferralConnectionResolvers<ContextType>;
  ReferralEdge?: ReferralEdgeResolvers<ContextType>;
  ReferralEvent?: ReferralEventResolvers<ContextType>;
  RefundOrderPayload?: RefundOrderPayloadResolvers<ContextType>;
  Reward?: RewardResolvers<ContextType>;
  RewardCategory?: RewardCategoryResolvers<ContextType>;
  RewardConnection?: RewardConnectionResolvers<ContextType>;
  RewardEdge?: RewardEdgeResolvers<ContextType>;
  RewardEligibility?: RewardEligibilityResolvers<ContextType>;
  SafeInt?: GraphQLScalarType;
  SubmitNpsPayload?: SubmitNpsPayloadResolvers<ContextType>;
  Tenure?: TenureResolvers<ContextType>;
  TenurePerk?: TenurePerkResolvers<ContextType>;
  Tier?: TierResolvers<ContextType>;
  TierBenefit?: TierBenefitResolvers<ContextType>;
  TierProgress?: TierProgressResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  VolumeDiscountQuote?: VolumeDiscountQuoteResolvers<ContextType>;
  VolumeDiscountStep?: VolumeDiscountStepResolvers<ContextType>;
  Webinar?: WebinarResolvers<ContextType>;
  WebinarConnection?: WebinarConnectionResolvers<ContextType>;
  WebinarEdge?: WebinarEdgeResolvers<ContextType>;
  WidgetToken?: WidgetTokenResolvers<ContextType>;
}>;

