import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CaptionTrackRecord } from '../domain/captions.js';

/** Text in the program's languages, as stored (jsonb). `en` is always present. */
export type LocalizedText = { en: string; th?: string; nb?: string; ms?: string };

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface ProgramTable {
  id: string;
  name: string;
  currency: string;
  currency_minor_digits: Generated<number>;
  points_per_unit: number;
  expiry_months: number;
  pending_days: number;
  window_months: Generated<number>;
  locales: Json<string[]>;
  volume_ladder: Json<{ thresholdMinor: number; percent: number }[]>;
  tenure_perks: Json<{ code: string; minMonths: number; label: LocalizedText }[]>;
  nps_points: Generated<number>;
  nps_question: Json<LocalizedText>;
  referral_limit_per_day: Generated<number>;
  referral_reward_points: Generated<number | null>;
}

export interface TierTable {
  id: string;
  code: string;
  name: Json<LocalizedText>;
  rank: number;
  threshold_minor: number;
  multiplier_pct: number;
  discount_pct: number;
  color: string;
  benefits: Json<{ code: string; label: LocalizedText }[]>;
}

export interface PartnerTable {
  id: string;
  name: string;
  domain: string;
  joined_at: Timestamp;
  leaderboard_opt_in: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface MemberTable {
  id: string;
  partner_id: string;
  name: string;
  email: string;
  role: 'OWNER' | 'STAFF';
  created_at: Generated<Date>;
}

export interface PointAccountTable {
  partner_id: string;
  balance: Generated<number>;
  pending: Generated<number>;
  lifetime_earned: Generated<number>;
  next_settle_at: Timestamp | null;
  /** Moves with every credit, debit and release: see migration 0005. */
  ledger_version: Generated<number>;
}

export type LedgerEntryType = 'ACCRUAL' | 'REDEMPTION' | 'REVERSAL' | 'EXPIRY' | 'ADJUSTMENT' | 'BONUS';
export type LedgerSourceKind =
  | 'ORDER' | 'REFUND' | 'REWARD' | 'COURSE' | 'REFERRAL' | 'SURVEY' | 'CHALLENGE' | 'PROMOTION' | 'EXPIRY' | 'ADMIN';

export interface LedgerEntryTable {
  id: Generated<number>;
  partner_id: string;
  member_id: string | null;
  type: LedgerEntryType;
  points: number;
  reason_code: string;
  reason_params: Json<Record<string, string | number>>;
  source_kind: LedgerSourceKind;
  source_ref: string | null;
  idempotency_key: string;
  lot_id: number | null;
  created_at: Timestamp;
  available_at: Timestamp;
  released: boolean;
  expires_at: Timestamp | null;
}

export interface OrderTable {
  id: string;
  partner_id: string;
  member_id: string | null;
  ordered_at: Timestamp;
  currency: string;
  total_minor: number;
  lines: Json<{ productGroup: string; amountMinor: number; multiplierPct: number; points: number }[]>;
  request_hash: string;
  points_accrued: number;
  volume_discount_pct: number;
  accrual_entry_id: number | null;
  refunded_at: Timestamp | null;
  points_reversed: number | null;
  created_at: Generated<Date>;
}

export interface RewardCategoryTable {
  id: string;
  code: string;
  name: Json<LocalizedText>;
  position: Generated<number>;
}

export interface RewardTable {
  id: string;
  sku: string;
  category_id: string;
  name: Json<LocalizedText>;
  description: Json<LocalizedText>;
  cost_points: number;
  stock: number | null;
  required_tier_id: string | null;
  available_from: Timestamp | null;
  available_until: Timestamp | null;
  image_url: string | null;
  image_width: Generated<number>;
  image_height: Generated<number>;
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export type RedemptionStatus = 'ORDERED' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED';

export interface RedemptionTable {
  id: string;
  partner_id: string;
  member_id: string;
  reward_id: string;
  quantity: number;
  points_spent: number;
  status: RedemptionStatus;
  history: Json<{ status: RedemptionStatus; at: string }[]>;
  note: string | null;
  idempotency_key: string;
  request_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CourseTable {
  id: string;
  title: Json<LocalizedText>;
  summary: Json<LocalizedText>;
  topic: string;
  level: 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
  points_reward: number;
  image_url: string | null;
  quiz_pass_pct: number | null;
  position: Generated<number>;
  created_at: Generated<Date>;
}

export interface LessonTable {
  id: string;
  course_id: string;
  position: number;
  title: Json<LocalizedText>;
  kind: 'TEXT' | 'VIDEO' | 'DOCUMENT';
  body_html: Json<LocalizedText> | null;
  video_url: string | null;
  /** One track per language (`domain/captions.ts`). */
  captions: Json<CaptionTrackRecord[]>;
  document_url: string | null;
  duration_minutes: number;
}

export interface QuizQuestionTable {
  id: string;
  course_id: string;
  position: number;
  prompt: Json<LocalizedText>;
  options: Json<{ id: string; label: LocalizedText }[]>;
  correct_option_id: string;
}

export interface CourseProgressTable {
  member_id: string;
  course_id: string;
  partner_id: string;
  completed_lesson_ids: Json<string[]>;
  current_lesson_id: string | null;
  quiz_attempts: Generated<number>;
  best_score_pct: number | null;
  completed_at: Timestamp | null;
  certificate_id: string | null;
  updated_at: Timestamp;
}

export interface CourseTopicTable {
  code: string;
  name: Json<LocalizedText>;
  position: Generated<number>;
}

export interface CertificateTable {
  id: string;
  member_id: string;
  partner_id: string;
  course_id: string;
  issued_at: Timestamp;
}

export interface WebinarTable {
  id: string;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  presenter: string;
  starts_at: Timestamp;
  duration_minutes: number;
  seats: number;
  join_url: string;
  recording_url: string | null;
}

export interface WebinarRegistrationTable {
  webinar_id: string;
  member_id: string;
  partner_id: string;
  created_at: Timestamp;
}

export type MaterialType = 'POS' | 'CATALOG' | 'BANNER' | 'LOGO' | 'VIDEO' | 'BROCHURE';

export interface MaterialTable {
  id: string;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  type: MaterialType;
  product_line: string;
  language: string;
  format: string;
  file_size_bytes: number;
  file_url: string;
  preview_url: string | null;
  preview_width: number;
  preview_height: number;
  published_at: Timestamp;
  download_count: Generated<number>;
}

export interface MaterialDownloadTable {
  id: Generated<number>;
  material_id: string;
  member_id: string;
  partner_id: string;
  at: Timestamp;
}

export type ReferralStatus = 'SUBMITTED' | 'QUALIFIED' | 'CONVERTED' | 'REWARDED' | 'REJECTED';

export interface ReferralTable {
  id: string;
  partner_id: string;
  member_id: string;
  company_name: string;
  domain: string;
  contact_name: string;
  contact_email: string;
  phone: string | null;
  note: string | null;
  consent: boolean;
  status: ReferralStatus;
  rejection_reason: string | null;
  flagged: Generated<boolean>;
  flag_reason: string | null;
  history: Json<{ status: ReferralStatus; at: string }[]>;
  reward_points: number | null;
  /** The member's key for this submission and its input's fingerprint: a retry replays it. */
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProductGroupTable {
  code: string;
  name: Json<LocalizedText>;
  position: Generated<number>;
}

export interface PromotionTable {
  id: string;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  product_groups: Json<string[]>;
  points_multiplier_pct: number | null;
  extra_discount_pct: number | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
}

export interface ChallengeTable {
  id: string;
  title: Json<LocalizedText>;
  description: Json<LocalizedText>;
  eligibility: Json<LocalizedText>;
  metric: 'POINTS_EARNED' | 'ORDER_VOLUME';
  max_tenure_months: number | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  prizes: Json<{ rank: number; label: LocalizedText; points: number }[]>;
}

export interface NpsAnswerTable {
  id: Generated<number>;
  member_id: string;
  partner_id: string;
  period: string;
  score: number;
  comment: string | null;
  created_at: Timestamp;
}

export interface Database {
  program: ProgramTable;
  tiers: TierTable;
  partners: PartnerTable;
  members: MemberTable;
  point_accounts: PointAccountTable;
  ledger_entries: LedgerEntryTable;
  orders: OrderTable;
  reward_categories: RewardCategoryTable;
  rewards: RewardTable;
  redemptions: RedemptionTable;
  courses: CourseTable;
  course_topics: CourseTopicTable;
  lessons: LessonTable;
  quiz_questions: QuizQuestionTable;
  course_progress: CourseProgressTable;
  certificates: CertificateTable;
  webinars: WebinarTable;
  webinar_registrations: WebinarRegistrationTable;
  materials: MaterialTable;
  material_downloads: MaterialDownloadTable;
  referrals: ReferralTable;
  promotions: PromotionTable;
  product_groups: ProductGroupTable;
  challenges: ChallengeTable;
  nps_answers: NpsAnswerTable;
}

export type ProgramRow = Selectable<ProgramTable>;
export type TierRow = Selectable<TierTable>;
export type PartnerRow = Selectable<PartnerTable>;
export type MemberRow = Selectable<MemberTable>;
export type PointAccountRow = Selectable<PointAccountTable>;
export type LedgerEntryRow = Selectable<LedgerEntryTable>;
export type OrderRow = Selectable<OrderTable>;
export type RewardCategoryRow = Selectable<RewardCategoryTable>;
export type ProductGroupRow = Selectable<ProductGroupTable>;
export type RewardRow = Selectable<RewardTable>;
export type RedemptionRow = Selectable<RedemptionTable>;
export type CourseRow = Selectable<CourseTable>;
export type LessonRow = Selectable<LessonTable>;
export type QuizQuestionRow = Selectable<QuizQuestionTable>;
export type CourseProgressRow = Selectable<CourseProgressTable>;
export type CertificateRow = Selectable<CertificateTable>;
export type CourseTopicRow = Selectable<CourseTopicTable>;
export type WebinarRow = Selectable<WebinarTable>;
export type MaterialRow = Selectable<MaterialTable>;
export type ReferralRow = Selectable<ReferralTable>;
export type PromotionRow = Selectable<PromotionTable>;
export type ChallengeRow = Selectable<ChallengeTable>;
export type { Insertable, Updateable };
