import { addMonths, wholeDaysBetween } from './time.js';
import { assertIntegerInRange, assertValidDate, badInput } from './validate.js';

/** A benefit unlocked by time in the program, e.g. fast payout after 6 months. */
export interface TenurePerk {
  code: string;
  minMonths: number;
}

export interface PerkStatus {
  unlocked: boolean;
  unlocksAt: Date;
  /** Days until `unlocksAt`, rounded up ("in 43 days"); 0 once unlocked. */
  daysLeft: number;
}

/**
 * Whole calendar months completed between `joinedAt` and `asOf` (UTC): the largest n with
 * addMonths(joinedAt, n) ≤ asOf, so a partner who joined on Jan 31 completes a month on Feb 28
 * (clamped like addMonths), and the count agrees with `perkStatus().unlocksAt`. 0 before joining.
 */
export function tenureMonths(joinedAt: Date, asOf: Date): number {
  assertValidDate(joinedAt, 'joinedAt');
  assertValidDate(asOf, 'asOf');
  if (asOf.getTime() < joinedAt.getTime()) return 0;
  let months =
    (asOf.getUTCFullYear() - joinedAt.getUTCFullYear()) * 12 + (asOf.getUTCMonth() - joinedAt.getUTCMonth());
  // The month difference overshoots by one when the day/time of month hasn't come round yet.
  if (addMonths(joinedAt, months).getTime() > asOf.getTime()) months--;
  return months;
}

export function perkStatus(perk: TenurePerk, joinedAt: Date, asOf: Date): PerkStatus {
  if (typeof perk.code !== 'string' || perk.code === '') throw badInput('perk code must not be empty');
  assertIntegerInRange(perk.minMonths, 'minMonths', 0, 1200);
  assertValidDate(joinedAt, 'joinedAt');
  assertValidDate(asOf, 'asOf');
  const unlocksAt = addMonths(joinedAt, perk.minMonths);
  const unlocked = asOf.getTime() >= unlocksAt.getTime();
  return { unlocked, unlocksAt, daysLeft: unlocked ? 0 : wholeDaysBetween(asOf, unlocksAt) };
}
