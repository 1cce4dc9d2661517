import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOMAIN_ERROR_CODES, DomainError, isDomainError } from '../../../server/src/domain/errors.js';
import * as domain from '../../../server/src/domain/index.js';

describe('DomainError', () => {
  it('carries a code, a message and details, and is an Error', () => {
    const error = new DomainError('INSUFFICIENT_POINTS', 'not enough points', { shortBy: 5 });
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'DomainError');
    assert.equal(error.code, 'INSUFFICIENT_POINTS');
    assert.equal(error.message, 'not enough points');
    assert.deepEqual(error.details, { shortBy: 5 });
    assert.equal(new DomainError('BAD_USER_INPUT', 'x').details, undefined);
  });
  it('isDomainError narrows by class and optionally by code', () => {
    const error = new DomainError('OUT_OF_STOCK', 'gone');
    assert.equal(isDomainError(error), true);
    assert.equal(isDomainError(error, 'OUT_OF_STOCK'), true);
    assert.equal(isDomainError(error, 'NOT_AVAILABLE'), false);
    assert.equal(isDomainError(new Error('x')), false);
    assert.equal(isDomainError({ code: 'OUT_OF_STOCK' }), false);
  });
  it('lists every code the rules use', () => {
    assert.deepEqual([...DOMAIN_ERROR_CODES].sort(), [
      'ALREADY_ANSWERED',
      'BAD_USER_INPUT',
      'DUPLICATE_REFERRAL',
      'EXISTING_PARTNER',
      'FREE_MAIL_DOMAIN',
      'INSUFFICIENT_POINTS',
      'INVALID_TRANSITION',
      'NOT_AVAILABLE',
      'OUT_OF_STOCK',
      'SELF_REFERRAL',
      'TIER_REQUIRED',
    ]);
  });
});

describe('index', () => {
  it('re-exports the rule modules', () => {
    for (const name of [
      'DomainError', 'addMonths', 'addDays', 'DAY_MS', 'quarterKey', 'wholeDaysBetween', 'qualifyingSpend', 'tierForSpend',
      'tierProgress', 'accruePoints', 'accrueOrderLines', 'volumeDiscount', 'ANNOUNCE_DAYS', 'promotionStatus', 'isVisible',
      'bestMultiplierPct', 'bestExtraDiscountPct', 'countdown', 'tenureMonths', 'perkStatus', 'remainingLots', 'dueExpiries',
      'expiringSoon', 'transition', 'allowedTransitions', 'normalizeDomain', 'emailDomain', 'FREE_MAIL_DOMAINS',
      'isFreeMailDomain', 'screenReferral', 'validateReferralInput', 'checkRedemption', 'validateNpsAnswer', 'npsCategory',
      'netPromoterScore', 'retentionRate', 'repeatPurchaseRate', 'churnRate', 'averageLifetimeValueMinor',
    ]) {
      assert.ok(name in domain, `${name} is exported`);
    }
  });
});
