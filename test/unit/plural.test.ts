import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isOne, plural } from '../../src/i18n/plural.js';
import { formatPoints } from '../../src/i18n/format.js';

describe('plural', () => {
  it('the singular for exactly one as the reader sees it, signed or not', () => {
    assert.equal(plural('1', 'point', 'points'), '1 point');
    assert.equal(plural(formatPoints('en', 1, { signed: true }), 'point', 'points'), '+1 point');
    assert.equal(plural(formatPoints('en', -1, { signed: true }), 'point', 'points'), '-1 point');
    for (const count of ['0', '2', '11', '21', '1,001', '1.5']) assert.equal(isOne(count), false, count);
    assert.equal(plural(formatPoints('nb', 1), 'oppføring', 'oppføringer'), '1 oppføring');
    assert.equal(plural(formatPoints('nb', 1_000), 'oppføring', 'oppføringer'), `${formatPoints('nb', 1_000)} oppføringer`);
  });
});
