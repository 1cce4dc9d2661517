import { DomainError } from './errors.js';
import { quarterKey, startOfNextQuarter, startOfQuarter } from './time.js';
import { assertIntegerInRange, assertValidDate, badInput } from './validate.js';

export const NPS_COMMENT_MAX_LENGTH = 2000;

export type NpsCategory = 'PROMOTER' | 'PASSIVE' | 'DETRACTOR';

export interface NpsAnswer {
  score: number;
  /** Trimmed; `null` when left empty. */
  comment: string | null;
}

/** A valid answer: an integer score 0–10 and a comment of at most 2000 characters (UTF-16 units). */
export function validateNpsAnswer(score: number, comment?: string | null): NpsAnswer {
  assertIntegerInRange(score, 'score', 0, 10);
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    throw badInput('comment must be text', { field: 'comment' });
  }
  const trimmed = comment?.trim() ?? '';
  if (trimmed.length > NPS_COMMENT_MAX_LENGTH) {
    throw badInput(`comment must be at most ${NPS_COMMENT_MAX_LENGTH} characters`, {
      field: 'comment',
      maxLength: NPS_COMMENT_MAX_LENGTH,
    });
  }
  return { score, comment: trimmed === '' ? null : trimmed };
}

/** The standard NPS buckets: 9–10 promoters, 7–8 passives, 0–6 detractors. */
export function npsCategory(score: number): NpsCategory {
  assertIntegerInRange(score, 'score', 0, 10);
  if (score >= 9) return 'PROMOTER';
  if (score >= 7) return 'PASSIVE';
  return 'DETRACTOR';
}

/**
 * % promoters − % detractors, as an integer −100…100, rounded half away from zero (so +12.5 and
 * −12.5 become 13 and −13: symmetric, no bias toward either side). `null` without answers, as
 * "no score" is not the same as a score of 0.
 */
export function netPromoterScore(scores: readonly number[]): number | null {
  if (!Array.isArray(scores)) throw badInput('scores must be a list');
  if (scores.length === 0) return null;
  let promoters = 0;
  let detractors = 0;
  for (const score of scores) {
    const category = npsCategory(score);
    if (category === 'PROMOTER') promoters++;
    else if (category === 'DETRACTOR') detractors++;
  }
  const numerator = (promoters - detractors) * 100;
  const n = scores.length;
  const magnitude = Math.floor((2 * Math.abs(numerator) + n) / (2 * n));
  return numerator < 0 ? -magnitude : magnitude;
}

/** A member may answer once per UTC calendar quarter. */
export function canAnswerNps(lastAnsweredAt: Date | null, now: Date): boolean {
  assertValidDate(now, 'now');
  if (lastAnsweredAt === null) return true;
  assertValidDate(lastAnsweredAt, 'lastAnsweredAt');
  // Compared with the quarter's start rather than by quarter key, so an answer stamped later
  // than `now` (clock skew between servers) still counts as this quarter's.
  return lastAnsweredAt.getTime() < startOfQuarter(now).getTime();
}

/** Throws ALREADY_ANSWERED (with the period and when the next one opens) if this quarter is answered. */
export function assertCanAnswerNps(lastAnsweredAt: Date | null, now: Date): void {
  if (canAnswerNps(lastAnsweredAt, now)) return;
  throw new DomainError('ALREADY_ANSWERED', 'the survey was already answered this quarter', {
    period: quarterKey(now),
    nextPeriodStartsAt: startOfNextQuarter(now).toISOString(),
  });
}
