import { sql, type Kysely } from 'kysely';
import type { Database, ProgramRow, ReferralRow, ReferralStatus } from '../store/tables.js';
import {
  normalizeReferralInput,
  screenReferral,
  validateReferralInput,
  validateStatusChange,
  type ReferralInput,
  type ReferralRejectionReason,
} from '../domain/referrals.js';
import { DAY_MS } from '../domain/time.js';
import { credit } from '../ledger/ledger.js';
import { badInput, notFound, userError, withDomainErrors } from '../graphql/errors.js';
import { decodeCursor } from '../graphql/pagination.js';
import { newId } from './partners.js';
import { checkIdempotencyKey, replayOf, requestHash } from './idempotency.js';

/** Referrals still in play: a second referral of the same company would compete for the reward. */
export const OPEN_REFERRAL_STATES: readonly ReferralStatus[] = ['SUBMITTED', 'QUALIFIED', 'CONVERTED'];

/** The supplier decides the reward; anything above this is a typo, not a bonus. */
export const MAX_REFERRAL_REWARD_POINTS = 100_000;

export interface Referrer {
  partnerId: string;
  memberId: string;
}

/**
 * Records a member's referral after the form checks, the rate limit and the fraud screening.
 * Screening and insert run under one table lock, so two submissions of the same company (or
 * one member's burst past the daily limit) can't both pass, even from two server processes.
 */
export async function submitReferral(
  db: Kysely<Database>,
  program: ProgramRow,
  referrer: Referrer,
  input: ReferralInput & { idempotencyKey?: string | null },
  now: Date,
): Promise<ReferralRow> {
  const key = input.idempotencyKey ?? null;
  if (key !== null) checkIdempotencyKey(key);
  const fieldErrors = validateReferralInput(input);
  if (fieldErrors.length > 0) {
    throw badInput(`Please check the referral: ${fieldErrors.map((e) => e.message).join('; ')}.`, {
      field: fieldErrors[0]!.field,
      fieldErrors: fieldErrors.map(({ field, code, message }) => ({ field, code, message })),
    });
  }
  const form = await withDomainErrors(() => normalizeReferralInput(input));

  return db.transaction().execute(async (trx) => {
    // SHARE ROW EXCLUSIVE conflicts with itself and with every write to the table: screening
    // sees all referrals committed before it, and nobody inserts until this one is done.
    await sql`LOCK TABLE referrals IN SHARE ROW EXCLUSIVE MODE`.execute(trx);

    // A retry of a referral already recorded answers that referral: before the rate limit and
    // the screening, which would now count it against itself.
    const hash = key === null ? null : requestHash(form);
    if (key !== null) {
      const earlier = await trx.selectFrom('referrals').selectAll().where('member_id', '=', referrer.memberId).where('idempotency_key', '=', key).executeTakeFirst();
      const replay = replayOf(earlier, hash!, 'referral');
      if (replay) return replay;
    }

    const since = new Date(now.getTime() - DAY_MS);
    const recent = await trx
      .selectFrom('referrals')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('created_at').as('oldest')])
      .where('member_id', '=', referrer.memberId)
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= program.referral_limit_per_day) {
      // The oldest submission in the window is the first to leave it.
      const retryAt = new Date(new Date(recent.oldest!).getTime() + DAY_MS).toISOString();
      throw userError(
        'RATE_LIMITED',
        `You can submit at most ${program.referral_limit_per_day} referrals in 24 hours; please try again after ${retryAt.slice(0, 16).replace('T', ' ')} UTC.`,
        { limit: program.referral_limit_per_day, retryAt },
      );
    }

    const partner = await trx.selectFrom('partners').select('domain').where('id', '=', referrer.partnerId).executeTakeFirst();
    if (!partner) throw notFound('Partner');
    // Only domains related to the referred one (equal, parent or subdomain) can match, so the
    // database narrows the lists instead of shipping every partner's domain to the screening.
    const related = sql<boolean>`(domain = ${form.domain}
      OR right(${form.domain}, length(domain) + 1) = '.' || domain
      OR right(domain, length(${form.domain}) + 1) = '.' || ${form.domain})`;
    const partnerDomains = await trx.selectFrom('partners').select('domain').where(related).execute();
    const pendingDomains = await trx
      .selectFrom('referrals')
      .select('domain')
      .where('status', 'in', OPEN_REFERRAL_STATES)
      .where(related)
      .execute();

    const screening = screenReferral({
      referredDomain: form.domain,
      contactEmail: form.contactEmail,
      referrerDomains: [partner.domain],
      partnerDomains: partnerDomains.map((p) => p.domain),
      pendingReferralDomains: pendingDomains.map((r) => r.domain),
    });
    if (screening.verdict === 'REJECT') throw screeningError(screening.reason, form.domain);

    return trx
      .insertInto('referrals')
      .values({
        id: newId('ref'),
        partner_id: referrer.partnerId,
        member_id: referrer.memberId,
        company_name: form.companyName,
        domain: form.domain,
        contact_name: form.contactName,
        contact_email: form.contactEmail,
        phone: form.phone,
        note: form.note,
        consent: true,
        status: 'SUBMITTED',
        rejection_reason: null,
        flagged: screening.verdict === 'FLAG',
        flag_reason: screening.verdict === 'FLAG' ? screening.reason : null,
        history: JSON.stringify([{ status: 'SUBMITTED', at: now.toISOString() }]),
        reward_points: null,
        idempotency_key: key,
        request_hash: hash,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

const SCREENING_ERRORS = {
  SELF_REFERRAL: { code: 'SELF_REFERRAL', message: (d: string) => `${d} belongs to your own company: you can't refer yourself.` },
  EXISTING_PARTNER: { code: 'EXISTING_PARTNER', message: (d: string) => `${d} is already a partner in the program.` },
  DUPLICATE: { code: 'DUPLICATE_REFERRAL', message: (d: string) => `${d} has already been referred and is being followed up.` },
  FREE_MAIL_DOMAIN: { code: 'BAD_USER_INPUT', message: (d: string) => `${d} is an e-mail provider, not a company's website.` },
} as const;

// The domain's screening decides; the messages here are for the person at the form, and the
// matched domain on file stays private (it may be another partner's or another referral's).
// A webmail "company" is a mistake in the form, so it also comes as a field error the form can
// show beside the domain, like the other input errors.
function screeningError(reason: keyof typeof SCREENING_ERRORS, domain: string) {
  const { code, message } = SCREENING_ERRORS[reason];
  const fieldErrors = reason === 'FREE_MAIL_DOMAIN' ? [{ field: 'domain', code: reason, message: message(domain) }] : undefined;
  return userError(code, message(domain), { field: 'domain', reason, ...(fieldErrors && { fieldErrors }) });
}

export interface ReferralStatusUpdate {
  referralId: string;
  status: ReferralStatus;
  rejectionReason?: ReferralRejectionReason | null;
  rewardPoints?: number | null;
}

/**
 * The supplier moves a referral along its state machine. Rewarding credits the referring
 * member's company in the same transaction, keyed by the referral, so it happens exactly once.
 */
export async function updateReferralStatus(
  db: Kysely<Database>,
  program: ProgramRow,
  update: ReferralStatusUpdate,
  now: Date,
): Promise<ReferralRow> {
  return db.transaction().execute(async (trx) => {
    const referral = await trx.selectFrom('referrals').selectAll().where('id', '=', update.referralId).forUpdate().executeTakeFirst();
    if (!referral) throw userError('NOT_FOUND', 'Referral was not found.', { field: 'referralId' });
    // Rewarding without an amount pays what the program announces to members.
    const rewardPoints = update.rewardPoints ?? (update.status === 'REWARDED' ? program.referral_reward_points : null) ?? null;
    await withDomainErrors(() =>
      validateStatusChange({
        from: referral.status,
        to: update.status,
        rejectionReason: update.rejectionReason ?? null,
        rewardPoints,
      }),
    );
    if (rewardPoints !== null && (rewardPoints < 1 || rewardPoints > MAX_REFERRAL_REWARD_POINTS)) {
      throw badInput(`rewardPoints must be between 1 and ${MAX_REFERRAL_REWARD_POINTS}.`, { field: 'rewardPoints' });
    }

    if (update.status === 'REWARDED') {
      await credit(
        trx,
        program,
        {
          partnerId: referral.partner_id,
          memberId: referral.member_id,
          type: 'BONUS',
          points: rewardPoints!,
          reasonCode: 'referral_rewarded',
          reasonParams: { company: referral.company_name },
          sourceKind: 'REFERRAL',
          sourceRef: referral.id,
          idempotencyKey: `referral:${referral.id}`,
          createdAt: now,
        },
        now,
      );
    }

    return trx
      .updateTable('referrals')
      .set({
        status: update.status,
        rejection_reason: update.status === 'REJECTED' ? update.rejectionReason! : referral.rejection_reason,
        reward_points: update.status === 'REWARDED' ? rewardPoints : referral.reward_points,
        history: JSON.stringify([...referral.history, { status: update.status, at: now.toISOString() }]),
        updated_at: now,
      })
      .where('id', '=', referral.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

/** A page of a partner's referrals (or one member's), newest first; `size + 1` rows so the caller sees if more follow. */
export async function referralsOfPartner(
  db: Kysely<Database>,
  partnerId: string,
  size: number,
  after: string | null | undefined,
  /** Only this member's. */
  memberId?: string,
): Promise<ReferralRow[]> {
  const cursor = decodeCursor(after, 2);
  let query = db.selectFrom('referrals').selectAll().where('partner_id', '=', partnerId);
  if (memberId) query = query.where('member_id', '=', memberId);
  if (cursor) {
    const [at, id] = cursor;
    if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(new Date(at).getTime())) {
      throw badInput('The "after" cursor is not one this API issued.', { field: 'after' });
    }
    query = query.where((eb) =>
      eb.or([eb('created_at', '<', new Date(at)), eb.and([eb('created_at', '=', new Date(at)), eb('id', '<', id)])]),
    );
  }
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(size + 1)
    .execute();
}

export const referralCursor = (row: ReferralRow): (string | number)[] => [row.created_at.toISOString(), row.id];
