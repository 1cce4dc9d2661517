import { sql, type Kysely } from 'kysely';

// Plain SQL that PostgreSQL 15 (Debian's) and PGlite (PostgreSQL 18) both accept. The
// invariants that protect points and stock live here, in the database, so that no caller and
// no race can break them: CHECK (balance >= 0), CHECK (stock >= 0), unique idempotency keys.
const statements = [
  `CREATE TABLE program (
    id text PRIMARY KEY,
    name text NOT NULL,
    currency text NOT NULL,
    currency_minor_digits int NOT NULL DEFAULT 2,
    points_per_unit int NOT NULL CHECK (points_per_unit >= 0),
    expiry_months int NOT NULL CHECK (expiry_months > 0),
    pending_days int NOT NULL CHECK (pending_days >= 0),
    window_months int NOT NULL DEFAULT 12,
    locales jsonb NOT NULL,
    volume_ladder jsonb NOT NULL,
    tenure_perks jsonb NOT NULL,
    nps_points int NOT NULL DEFAULT 0,
    nps_question jsonb NOT NULL,
    referral_limit_per_day int NOT NULL DEFAULT 10
  )`,
  `CREATE TABLE tiers (
    id text PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name jsonb NOT NULL,
    rank int NOT NULL UNIQUE CHECK (rank >= 0),
    threshold_minor bigint NOT NULL CHECK (threshold_minor >= 0),
    multiplier_pct int NOT NULL CHECK (multiplier_pct > 0),
    discount_pct int NOT NULL CHECK (discount_pct BETWEEN 0 AND 100),
    color text NOT NULL,
    benefits jsonb NOT NULL
  )`,
  `CREATE TABLE partners (
    id text PRIMARY KEY,
    name text NOT NULL,
    domain text NOT NULL UNIQUE,
    joined_at timestamptz NOT NULL,
    leaderboard_opt_in boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE members (
    id text PRIMARY KEY,
    partner_id text NOT NULL REFERENCES partners(id),
    name text NOT NULL,
    email text NOT NULL,
    role text NOT NULL CHECK (role IN ('OWNER','STAFF')),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX members_partner ON members(partner_id)`,
  // The running balance: a guarded UPDATE (… WHERE balance >= cost) serializes spenders on
  // this row; the CHECK is the last line of defence.
  `CREATE TABLE point_accounts (
    partner_id text PRIMARY KEY REFERENCES partners(id),
    balance bigint NOT NULL DEFAULT 0 CHECK (balance >= 0),
    pending bigint NOT NULL DEFAULT 0 CHECK (pending >= 0),
    lifetime_earned bigint NOT NULL DEFAULT 0,
    next_settle_at timestamptz
  )`,
  `CREATE TABLE ledger_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id text NOT NULL REFERENCES partners(id),
    member_id text REFERENCES members(id),
    type text NOT NULL CHECK (type IN ('ACCRUAL','REDEMPTION','REVERSAL','EXPIRY','ADJUSTMENT','BONUS')),
    points int NOT NULL CHECK (points <> 0),
    reason_code text NOT NULL,
    reason_params jsonb NOT NULL DEFAULT '{}',
    source_kind text NOT NULL,
    source_ref text,
    idempotency_key text NOT NULL UNIQUE,
    lot_id bigint REFERENCES ledger_entries(id),
    created_at timestamptz NOT NULL,
    available_at timestamptz NOT NULL,
    released boolean NOT NULL,
    expires_at timestamptz
  )`,
  `CREATE INDEX ledger_partner_time ON ledger_entries(partner_id, created_at DESC, id DESC)`,
  `CREATE INDEX ledger_unreleased ON ledger_entries(partner_id, available_at) WHERE NOT released`,
  `CREATE TABLE orders (
    id text PRIMARY KEY,
    partner_id text NOT NULL REFERENCES partners(id),
    member_id text REFERENCES members(id),
    ordered_at timestamptz NOT NULL,
    currency text NOT NULL,
    total_minor bigint NOT NULL CHECK (total_minor >= 0),
    lines jsonb NOT NULL,
    request_hash text NOT NULL,
    points_accrued int NOT NULL,
    volume_discount_pct int NOT NULL,
    accrual_entry_id bigint REFERENCES ledger_entries(id),
    refunded_at timestamptz,
    points_reversed int,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX orders_partner_time ON orders(partner_id, ordered_at)`,
  `CREATE TABLE reward_categories (
    id text PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name jsonb NOT NULL,
    position int NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE rewards (
    id text PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    category_id text NOT NULL REFERENCES reward_categories(id),
    name jsonb NOT NULL,
    description jsonb NOT NULL,
    cost_points int NOT NULL CHECK (cost_points > 0),
    stock int CHECK (stock >= 0),
    required_tier_id text REFERENCES tiers(id),
    available_from timestamptz,
    available_until timestamptz,
    image_url text,
    image_width int NOT NULL DEFAULT 480,
    image_height int NOT NULL DEFAULT 360,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE redemptions (
    id text PRIMARY KEY,
    partner_id text NOT NULL REFERENCES partners(id),
    member_id text NOT NULL REFERENCES members(id),
    reward_id text NOT NULL REFERENCES rewards(id),
    quantity int NOT NULL CHECK (quantity > 0),
    points_spent int NOT NULL CHECK (points_spent > 0),
    status text NOT NULL CHECK (status IN ('ORDERED','SHIPPED','DELIVERED','CANCELLED')),
    history jsonb NOT NULL,
    note text,
    idempotency_key text NOT NULL,
    request_hash text NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    UNIQUE (partner_id, idempotency_key)
  )`,
  `CREATE INDEX redemptions_partner ON redemptions(partner_id, created_at DESC)`,
  `CREATE INDEX redemptions_reward_time ON redemptions(reward_id, created_at)`,
  `CREATE TABLE courses (
    id text PRIMARY KEY,
    title jsonb NOT NULL,
    summary jsonb NOT NULL,
    topic text NOT NULL,
    level text NOT NULL CHECK (level IN ('BEGINNER','INTERMEDIATE','ADVANCED')),
    points_reward int NOT NULL CHECK (points_reward >= 0),
    image_url text,
    quiz_pass_pct int,
    position int NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE lessons (
    id text PRIMARY KEY,
    course_id text NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    position int NOT NULL,
    title jsonb NOT NULL,
    kind text NOT NULL CHECK (kind IN ('TEXT','VIDEO','DOCUMENT')),
    body_html jsonb,
    video_url text,
    captions_url text,
    document_url text,
    duration_minutes int NOT NULL,
    UNIQUE (course_id, position)
  )`,
  `CREATE TABLE quiz_questions (
    id text PRIMARY KEY,
    course_id text NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    position int NOT NULL,
    prompt jsonb NOT NULL,
    options jsonb NOT NULL,
    correct_option_id text NOT NULL
  )`,
  `CREATE TABLE course_progress (
    member_id text NOT NULL REFERENCES members(id),
    course_id text NOT NULL REFERENCES courses(id),
    partner_id text NOT NULL REFERENCES partners(id),
    completed_lesson_ids jsonb NOT NULL DEFAULT '[]',
    current_lesson_id text,
    quiz_attempts int NOT NULL DEFAULT 0,
    best_score_pct int,
    completed_at timestamptz,
    certificate_id text,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (member_id, course_id)
  )`,
  `CREATE TABLE certificates (
    id text PRIMARY KEY,
    member_id text NOT NULL REFERENCES members(id),
    partner_id text NOT NULL REFERENCES partners(id),
    course_id text NOT NULL REFERENCES courses(id),
    issued_at timestamptz NOT NULL,
    UNIQUE (member_id, course_id)
  )`,
  `CREATE TABLE webinars (
    id text PRIMARY KEY,
    title jsonb NOT NULL,
    description jsonb NOT NULL,
    presenter text NOT NULL,
    starts_at timestamptz NOT NULL,
    duration_minutes int NOT NULL CHECK (duration_minutes > 0),
    seats int NOT NULL CHECK (seats >= 0),
    join_url text NOT NULL,
    recording_url text
  )`,
  `CREATE TABLE webinar_registrations (
    webinar_id text NOT NULL REFERENCES webinars(id),
    member_id text NOT NULL REFERENCES members(id),
    partner_id text NOT NULL REFERENCES partners(id),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (webinar_id, member_id)
  )`,
  `CREATE TABLE materials (
    id text PRIMARY KEY,
    title jsonb NOT NULL,
    description jsonb NOT NULL,
    type text NOT NULL CHECK (type IN ('POS','CATALOG','BANNER','LOGO','VIDEO','BROCHURE')),
    product_line text NOT NULL,
    language text NOT NULL,
    format text NOT NULL,
    file_size_bytes bigint NOT NULL CHECK (file_size_bytes >= 0),
    file_url text NOT NULL,
    preview_url text,
    preview_width int NOT NULL,
    preview_height int NOT NULL,
    published_at timestamptz NOT NULL,
    download_count int NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE material_downloads (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    material_id text NOT NULL REFERENCES materials(id),
    member_id text NOT NULL REFERENCES members(id),
    partner_id text NOT NULL REFERENCES partners(id),
    at timestamptz NOT NULL
  )`,
  `CREATE TABLE referrals (
    id text PRIMARY KEY,
    partner_id text NOT NULL REFERENCES partners(id),
    member_id text NOT NULL REFERENCES members(id),
    company_name text NOT NULL,
    domain text NOT NULL,
    contact_name text NOT NULL,
    contact_email text NOT NULL,
    phone text,
    note text,
    consent boolean NOT NULL CHECK (consent),
    status text NOT NULL CHECK (status IN ('SUBMITTED','QUALIFIED','CONVERTED','REWARDED','REJECTED')),
    rejection_reason text,
    flagged boolean NOT NULL DEFAULT false,
    flag_reason text,
    history jsonb NOT NULL,
    reward_points int,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
  )`,
  `CREATE INDEX referrals_partner ON referrals(partner_id, created_at DESC)`,
  `CREATE INDEX referrals_domain ON referrals(domain)`,
  `CREATE TABLE promotions (
    id text PRIMARY KEY,
    title jsonb NOT NULL,
    description jsonb NOT NULL,
    product_groups jsonb NOT NULL,
    points_multiplier_pct int CHECK (points_multiplier_pct > 0),
    extra_discount_pct int CHECK (extra_discount_pct BETWEEN 0 AND 100),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
  )`,
  `CREATE TABLE challenges (
    id text PRIMARY KEY,
    title jsonb NOT NULL,
    description jsonb NOT NULL,
    eligibility jsonb NOT NULL,
    metric text NOT NULL CHECK (metric IN ('POINTS_EARNED','ORDER_VOLUME')),
    max_tenure_months int,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    prizes jsonb NOT NULL
  )`,
  `CREATE TABLE nps_answers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id text NOT NULL REFERENCES members(id),
    partner_id text NOT NULL REFERENCES partners(id),
    period text NOT NULL,
    score int NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment text,
    created_at timestamptz NOT NULL,
    UNIQUE (member_id, period)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
