import { assertDomainError, iso } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  addMonths,
  DAY_MS,
  quarterKey,
  startOfNextQuarter,
  startOfQuarter,
  wholeDaysBetween,
} from '../../../server/src/domain/time.js';

describe('test environment', () => {
  it('runs in a zone far from UTC, so local-time slips show', () => {
    const noonUtc = iso('2026-01-01T12:00:00Z');
    assert.notEqual(noonUtc.getDate(), noonUtc.getUTCDate());
  });
});

describe('DAY_MS', () => {
  it('is 24 hours in milliseconds', () => assert.equal(DAY_MS, 24 * 60 * 60 * 1000));
});

describe('addMonths', () => {
  const cases: [string, number, string][] = [
    ['2026-01-15T10:30:00.000Z', 1, '2026-02-15T10:30:00.000Z'],
    ['2026-01-31T00:00:00.000Z', 1, '2026-02-28T00:00:00.000Z'], // clamped, non-leap
    ['2028-01-31T00:00:00.000Z', 1, '2028-02-29T00:00:00.000Z'], // clamped, leap year
    ['2026-03-31T23:59:59.999Z', -1, '2026-02-28T23:59:59.999Z'],
    ['2026-08-31T08:00:00.000Z', 1, '2026-09-30T08:00:00.000Z'],
    ['2026-12-15T00:00:00.000Z', 1, '2027-01-15T00:00:00.000Z'], // across the year end
    ['2027-01-15T00:00:00.000Z', -1, '2026-12-15T00:00:00.000Z'],
    ['2026-06-30T00:00:00.000Z', -12, '2025-06-30T00:00:00.000Z'],
    ['2028-02-29T00:00:00.000Z', 12, '2029-02-28T00:00:00.000Z'],
    ['2028-02-29T00:00:00.000Z', 48, '2032-02-29T00:00:00.000Z'],
    ['2028-02-29T00:00:00.000Z', -12, '2027-02-28T00:00:00.000Z'],
    ['2026-05-31T00:00:00.000Z', -27, '2024-02-29T00:00:00.000Z'],
    ['2026-05-17T01:02:03.004Z', 0, '2026-05-17T01:02:03.004Z'],
    ['2026-01-31T00:00:00.000Z', 25, '2028-02-29T00:00:00.000Z'],
  ];
  for (const [from, months, expected] of cases) {
    it(`${from} ${months >= 0 ? '+' : ''}${months} months = ${expected}`, () => {
      assert.equal(addMonths(iso(from), months).toISOString(), expected);
    });
  }

  it('keeps years below 100 as they are (no 19xx reinterpretation)', () => {
    const d = new Date(0);
    d.setUTCFullYear(50, 0, 31);
    const result = addMonths(d, 1);
    assert.equal(result.getUTCFullYear(), 50);
    assert.equal(result.getUTCMonth(), 1);
    assert.equal(result.getUTCDate(), 28);
  });

  it('does not mutate its argument', () => {
    const d = iso('2026-01-31T00:00:00Z');
    addMonths(d, 1);
    assert.equal(d.toISOString(), '2026-01-31T00:00:00.000Z');
  });

  it('refuses fractional months and invalid dates', () => {
    assertDomainError(() => addMonths(iso('2026-01-01T00:00:00Z'), 1.5), 'BAD_USER_INPUT');
    assertDomainError(() => addMonths(iso('2026-01-01T00:00:00Z'), Number.NaN), 'BAD_USER_INPUT');
    assertDomainError(() => addMonths(new Date('nope'), 1), 'BAD_USER_INPUT');
  });
});

describe('addDays', () => {
  it('adds and subtracts whole 24 h days', () => {
    assert.equal(addDays(iso('2026-03-28T12:00:00Z'), 2).toISOString(), '2026-03-30T12:00:00.000Z');
    assert.equal(addDays(iso('2026-03-01T00:00:00Z'), -1).toISOString(), '2026-02-28T00:00:00.000Z');
    assert.equal(addDays(iso('2026-03-01T00:00:00Z'), 0).toISOString(), '2026-03-01T00:00:00.000Z');
  });
  it('refuses fractional days', () => {
    assertDomainError(() => addDays(iso('2026-03-01T00:00:00Z'), 0.5), 'BAD_USER_INPUT');
  });
});

describe('quarterKey', () => {
  const cases: [string, string][] = [
    ['2026-01-01T00:00:00.000Z', '2026-Q1'],
    ['2026-03-31T23:59:59.999Z', '2026-Q1'],
    ['2026-04-01T00:00:00.000Z', '2026-Q2'],
    ['2026-06-30T23:59:59.999Z', '2026-Q2'],
    ['2026-07-01T00:00:00.000Z', '2026-Q3'],
    ['2026-09-30T23:59:59.999Z', '2026-Q3'],
    ['2026-10-01T00:00:00.000Z', '2026-Q4'],
    ['2026-12-31T23:59:59.999Z', '2026-Q4'], // already 2027 in local time here
    ['2027-01-01T00:00:00.000Z', '2027-Q1'],
  ];
  for (const [at, expected] of cases) it(`${at} → ${expected}`, () => assert.equal(quarterKey(iso(at)), expected));

  it('refuses an invalid date', () => { assertDomainError(() => quarterKey(new Date(Number.NaN)), 'BAD_USER_INPUT'); });
});

describe('startOfQuarter / startOfNextQuarter', () => {
  it('gives midnight UTC of the quarter’s first day and of the next quarter’s', () => {
    assert.equal(startOfQuarter(iso('2026-11-23T10:00:00Z')).toISOString(), '2026-10-01T00:00:00.000Z');
    assert.equal(startOfQuarter(iso('2026-10-01T00:00:00Z')).toISOString(), '2026-10-01T00:00:00.000Z');
    assert.equal(startOfQuarter(iso('2026-03-31T23:59:59.999Z')).toISOString(), '2026-01-01T00:00:00.000Z');
    assert.equal(startOfNextQuarter(iso('2026-11-23T10:00:00Z')).toISOString(), '2027-01-01T00:00:00.000Z');
    assert.equal(startOfNextQuarter(iso('2026-02-01T00:00:00Z')).toISOString(), '2026-04-01T00:00:00.000Z');
  });
});

describe('wholeDaysBetween', () => {
  const from = iso('2026-05-19T00:00:00Z');
  const after = (ms: number) => new Date(from.getTime() + ms);
  const cases: [string, number, number][] = [
    ['the same instant', 0, 0],
    ['1 ms later', 1, 1],
    ['exactly one day later', DAY_MS, 1],
    ['one day and 1 ms later', DAY_MS + 1, 2],
    ['43 days later', 43 * DAY_MS, 43],
    ['42 days and 1 ms later', 42 * DAY_MS + 1, 43],
    ['in the past', -DAY_MS, 0],
    ['1 ms in the past', -1, 0],
  ];
  for (const [label, ms, expected] of cases) {
    it(`${label} → ${expected}`, () => assert.equal(wholeDaysBetween(from, after(ms)), expected));
  }
  it('refuses invalid dates', () => {
    assertDomainError(() => wholeDaysBetween(from, new Date('x')), 'BAD_USER_INPUT');
  });
});
