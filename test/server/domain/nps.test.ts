import { assertDomainError, iso } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertCanAnswerNps,
  canAnswerNps,
  NPS_COMMENT_MAX_LENGTH,
  netPromoterScore,
  npsCategory,
  validateNpsAnswer,
} from '../../../server/src/domain/nps.js';

describe('validateNpsAnswer', () => {
  it('accepts 0 and 10 and everything between', () => {
    for (let score = 0; score <= 10; score++) assert.deepEqual(validateNpsAnswer(score), { score, comment: null });
  });
  for (const score of [-1, 11, 7.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`refuses score ${score}`, () => { assertDomainError(() => validateNpsAnswer(score), 'BAD_USER_INPUT'); });
  }
  it('trims the comment and stores an empty one as null', () => {
    assert.deepEqual(validateNpsAnswer(9, '  Great support  '), { score: 9, comment: 'Great support' });
    assert.deepEqual(validateNpsAnswer(9, '   '), { score: 9, comment: null });
    assert.deepEqual(validateNpsAnswer(9, null), { score: 9, comment: null });
  });
  it(`allows ${NPS_COMMENT_MAX_LENGTH} characters, refuses one more`, () => {
    assert.equal(NPS_COMMENT_MAX_LENGTH, 2000);
    assert.equal(validateNpsAnswer(5, 'x'.repeat(2000)).comment?.length, 2000);
    assertDomainError(() => validateNpsAnswer(5, 'x'.repeat(2001)), 'BAD_USER_INPUT', { field: 'comment' });
  });
  it('refuses a comment that is not text', () => {
    assertDomainError(() => validateNpsAnswer(5, 42 as unknown as string), 'BAD_USER_INPUT');
  });
});

describe('npsCategory', () => {
  const cases: [number, string][] = [
    [0, 'DETRACTOR'],
    [6, 'DETRACTOR'],
    [7, 'PASSIVE'],
    [8, 'PASSIVE'],
    [9, 'PROMOTER'],
    [10, 'PROMOTER'],
  ];
  for (const [score, category] of cases) it(`${score} → ${category}`, () => assert.equal(npsCategory(score), category));
  it('refuses out-of-range scores', () => { assertDomainError(() => npsCategory(11), 'BAD_USER_INPUT'); });
});

describe('netPromoterScore', () => {
  const cases: [string, number[], number | null][] = [
    ['no answers', [], null],
    ['all promoters', [9, 10, 10], 100],
    ['all detractors', [0, 3, 6], -100],
    ['all passives', [7, 8], 0],
    ['one promoter, one detractor', [10, 0], 0],
    ['+12.5 rounds away from zero to 13', [10, 7, 7, 7, 7, 7, 7, 7], 13],
    ['−12.5 rounds away from zero to −13', [0, 7, 7, 7, 7, 7, 7, 7], -13],
    ['+33.3 rounds to 33', [10, 10, 0], 33],
    ['−33.3 rounds to −33', [0, 0, 10], -33],
    ['+16.7 rounds to 17', [10, 10, 10, 0, 0, 7], 17],
    ['−16.7 rounds to −17', [0, 0, 0, 10, 10, 7], -17],
    ['+0.5 (1 of 200) rounds to 1', [10, ...Array<number>(199).fill(8)], 1],
    ['−0.5 rounds to −1', [0, ...Array<number>(199).fill(8)], -1],
    ['+0.4 rounds to 0', [10, ...Array<number>(249).fill(8)], 0],
  ];
  for (const [label, scores, expected] of cases) it(`${label}`, () => assert.equal(netPromoterScore(scores), expected));
  it('refuses invalid scores', () => { assertDomainError(() => netPromoterScore([10, 11]), 'BAD_USER_INPUT'); });
});

describe('once per quarter', () => {
  const now = iso('2026-11-23T10:00:00Z');
  it('a member who never answered may answer', () => {
    assert.equal(canAnswerNps(null, now), true);
    assertCanAnswerNps(null, now);
  });
  it('an answer earlier this quarter blocks, naming the period and when the next opens', () => {
    assert.equal(canAnswerNps(iso('2026-10-01T00:00:00Z'), now), false);
    assertDomainError(() => assertCanAnswerNps(iso('2026-10-01T00:00:00Z'), now), 'ALREADY_ANSWERED', {
      period: '2026-Q4',
      nextPeriodStartsAt: '2027-01-01T00:00:00.000Z',
    });
  });
  it('an answer in the last instant of the previous quarter does not block', () => {
    assert.equal(canAnswerNps(iso('2026-09-30T23:59:59.999Z'), now), true);
  });
  it('the new quarter opens at midnight UTC', () => {
    const answered = iso('2026-12-31T23:59:59.999Z');
    assert.equal(canAnswerNps(answered, iso('2026-12-31T23:59:59.999Z')), false);
    assert.equal(canAnswerNps(answered, iso('2027-01-01T00:00:00.000Z')), true);
  });
  it('an answer stamped after now (clock skew) still blocks', () => {
    assert.equal(canAnswerNps(iso('2026-11-23T10:00:01Z'), now), false);
  });
});
