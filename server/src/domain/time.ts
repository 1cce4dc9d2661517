import { assertSafeInteger, assertValidDate } from './validate.js';

// Every calendar rule of the program is in UTC: a partner's tier or a promotion's start must not
// depend on the time zone of the server that happens to evaluate it.

export const DAY_MS = 86_400_000;

function daysInMonthUtc(year: number, monthIndex: number): number {
  const d = new Date(0);
  // Day 0 of the next month is the last day of this one.
  d.setUTCFullYear(year, monthIndex + 1, 0);
  return d.getUTCDate();
}

/**
 * `date` moved by whole calendar months in UTC, keeping the time of day. The day of month is
 * clamped to the target month's length, so Jan 31 + 1 month = Feb 28 (Feb 29 in leap years):
 * a period never spills into the month after.
 */
export function addMonths(date: Date, months: number): Date {
  assertValidDate(date, 'date');
  assertSafeInteger(months, 'months');
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), daysInMonthUtc(year, month));
  const result = new Date(date.getTime());
  // setUTCFullYear, unlike Date.UTC, doesn't reinterpret years 0–99 as 1900–1999.
  result.setUTCFullYear(year, month, day);
  return result;
}

/** `date` moved by whole days of exactly 24 h (UTC has no daylight-saving shifts). */
export function addDays(date: Date, days: number): Date {
  assertValidDate(date, 'date');
  assertSafeInteger(days, 'days');
  return new Date(date.getTime() + days * DAY_MS);
}

/** The UTC calendar quarter of `date`, e.g. `2026-Q4`: the NPS survey period. */
export function quarterKey(date: Date): string {
  assertValidDate(date, 'date');
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** Midnight UTC on the first day of `date`'s quarter. */
export function startOfQuarter(date: Date): Date {
  assertValidDate(date, 'date');
  const d = new Date(0);
  d.setUTCFullYear(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1);
  return d;
}

/** Midnight UTC on the first day of the quarter after `date`'s. */
export function startOfNextQuarter(date: Date): Date {
  return addMonths(startOfQuarter(date), 3);
}

/**
 * Days from `from` until `to`, rounded up, for texts like "in 43 days": anything left of a day
 * still counts as a day, so the count only reaches 0 when `to` has arrived. 0 when `to` is not
 * after `from`.
 */
export function wholeDaysBetween(from: Date, to: Date): number {
  assertValidDate(from, 'from');
  assertValidDate(to, 'to');
  const ms = to.getTime() - from.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / DAY_MS);
}
