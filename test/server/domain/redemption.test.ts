import { assertDomainError, iso } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkRedemption,
  MAX_REDEMPTION_QUANTITY,
  redemptionEligibility,
  type RedemptionRequest,
  type RewardRule,
} from '../../../server/src/domain/redemption.js';

const now = iso('2026-11-23T10:00:00.000Z');
const reward: RewardRule = {
  costPoints: 500,
  stock: 10,
  requiredTierRank: null,
  availableFrom: null,
  availableUntil: null,
  active: true,
};
const request = (overrides: Partial<RedemptionRequest> = {}, rewardOverrides: Partial<RewardRule> = {}): RedemptionRequest => ({
  reward: { ...reward, ...rewardOverrides },
  tierRank: 0,
  availablePoints: 5_000,
  quantity: 1,
  now,
  ...overrides,
});
const shift = (ms: number) => new Date(now.getTime() + ms);

describe('checkRedemption', () => {
  it('passes and returns the points to debit', () => {
    assert.deepEqual(checkRedemption(request()), { totalPoints: 500 });
    assert.deepEqual(checkRedemption(request({ quantity: 3 })), { totalPoints: 1_500 });
  });

  describe('quantity', () => {
    it('allows 1 to 10', () => {
      assert.equal(MAX_REDEMPTION_QUANTITY, 10);
      checkRedemption(request({ quantity: 1 }));
      checkRedemption(request({ quantity: 10 }));
    });
    for (const quantity of [0, 11, -1, 1.5, Number.NaN]) {
      it(`refuses ${quantity} as BAD_USER_INPUT`, () => { assertDomainError(() => checkRedemption(request({ quantity })), 'BAD_USER_INPUT'); });
    }
    it('is checked before anything else', () => {
      assertDomainError(() => checkRedemption(request({ quantity: 0 }, { active: false })), 'BAD_USER_INPUT');
    });
  });

  describe('availability (NOT_AVAILABLE)', () => {
    it('refuses an inactive reward', () => {
      assertDomainError(() => checkRedemption(request({}, { active: false })), 'NOT_AVAILABLE', { active: false });
    });
    it('opens at availableFrom (inclusive)', () => {
      assertDomainError(() => checkRedemption(request({}, { availableFrom: shift(1) })), 'NOT_AVAILABLE', {
        availableFrom: shift(1).toISOString(),
        availableUntil: null,
      });
      checkRedemption(request({}, { availableFrom: now }));
    });
    it('closes at availableUntil (exclusive)', () => {
      checkRedemption(request({}, { availableUntil: shift(1) }));
      assertDomainError(() => checkRedemption(request({}, { availableUntil: now })), 'NOT_AVAILABLE', {
        availableFrom: null,
        availableUntil: now.toISOString(),
      });
    });
    it('allows a moment inside a closed season', () => {
      checkRedemption(request({}, { availableFrom: iso('2026-11-01T00:00:00Z'), availableUntil: iso('2026-12-01T00:00:00Z') }));
    });
  });

  describe('tier (TIER_REQUIRED)', () => {
    it('refuses a lower tier, naming the required one', () => {
      assertDomainError(() => checkRedemption(request({ tierRank: 1 }, { requiredTierRank: 2, requiredTierCode: 'GOLD' })), 'TIER_REQUIRED', {
        requiredTier: 'GOLD',
        requiredTierRank: 2,
      });
    });
    it('names the rank when no code is given', () => {
      assertDomainError(() => checkRedemption(request({ tierRank: 0 }, { requiredTierRank: 1 })), 'TIER_REQUIRED', { requiredTier: 1 });
    });
    it('allows the required tier and above', () => {
      checkRedemption(request({ tierRank: 2 }, { requiredTierRank: 2 }));
      checkRedemption(request({ tierRank: 3 }, { requiredTierRank: 2 }));
    });
  });

  describe('stock (OUT_OF_STOCK)', () => {
    it('refuses when none is left', () => {
      assertDomainError(() => checkRedemption(request({}, { stock: 0 })), 'OUT_OF_STOCK', { stock: 0, quantity: 1 });
    });
    it('allows taking the last ones, refuses one more than there is', () => {
      checkRedemption(request({ quantity: 3 }, { stock: 3 }));
      assertDomainError(() => checkRedemption(request({ quantity: 4 }, { stock: 3 })), 'OUT_OF_STOCK', { stock: 3, quantity: 4 });
    });
    it('never runs out when stock is unlimited', () => { checkRedemption(request({ quantity: 10 }, { stock: null })); });
  });

  describe('points (INSUFFICIENT_POINTS)', () => {
    it('allows spending the exact balance', () => { checkRedemption(request({ availablePoints: 500 })); });
    it('refuses 1 point short', () => {
      assertDomainError(() => checkRedemption(request({ availablePoints: 499 })), 'INSUFFICIENT_POINTS', {
        shortBy: 1,
        requiredPoints: 500,
        availablePoints: 499,
      });
    });
    it('multiplies the cost by the quantity', () => {
      checkRedemption(request({ availablePoints: 1_500, quantity: 3 }));
      assertDomainError(() => checkRedemption(request({ availablePoints: 1_499, quantity: 3 })), 'INSUFFICIENT_POINTS', { shortBy: 1 });
    });
    it('allows a free reward with no points', () => { checkRedemption(request({ availablePoints: 0 }, { costPoints: 0 })); });
  });

  describe('check order: availability, tier, stock, points', () => {
    const allWrong = { quantity: 2, tierRank: 0, availablePoints: 0 };
    const wrongReward = { active: false, requiredTierRank: 1, stock: 1 };
    it('availability first', () => { assertDomainError(() => checkRedemption(request(allWrong, wrongReward)), 'NOT_AVAILABLE'); });
    it('then tier', () => { assertDomainError(() => checkRedemption(request(allWrong, { ...wrongReward, active: true })), 'TIER_REQUIRED'); });
    it('then stock', () => {
      assertDomainError(() => checkRedemption(request({ ...allWrong, tierRank: 1 }, { ...wrongReward, active: true })), 'OUT_OF_STOCK');
    });
    it('then points', () => {
      assertDomainError(() => checkRedemption(request({ ...allWrong, tierRank: 1 }, { ...wrongReward, active: true, stock: 2 })), 'INSUFFICIENT_POINTS');
    });
  });

  describe('input validation', () => {
    const invalid: [string, Partial<RedemptionRequest>, Partial<RewardRule>][] = [
      ['a negative cost', {}, { costPoints: -1 }],
      ['a fractional cost', {}, { costPoints: 1.5 }],
      ['negative stock', {}, { stock: -1 }],
      ['a season that ends before it starts', {}, { availableFrom: now, availableUntil: now }],
      ['an invalid season date', {}, { availableFrom: new Date('x') }],
      ['a negative balance', { availablePoints: -1 }, {}],
      ['a negative tier rank', { tierRank: -1 }, {}],
      ['an invalid now', { now: new Date('x') }, {}],
      ['a total beyond 2^53', { quantity: 10 }, { costPoints: Number.MAX_SAFE_INTEGER }],
    ];
    for (const [label, overrides, rewardOverrides] of invalid) {
      it(`refuses ${label}`, () => { assertDomainError(() => checkRedemption(request(overrides, rewardOverrides)), 'BAD_USER_INPUT'); });
    }
  });
});

describe('redemptionEligibility', () => {
  it('redeemable', () => {
    assert.deepEqual(redemptionEligibility(request()), { redeemable: true, reason: null, shortByPoints: 0, totalPoints: 500, maxQuantity: 10 });
  });
  it('the most one redemption can order: the limit per redemption, the stock left, the points available', () => {
    assert.equal(redemptionEligibility(request({ availablePoints: 100_000 }, { stock: null })).maxQuantity, MAX_REDEMPTION_QUANTITY);
    assert.equal(redemptionEligibility(request({ availablePoints: 100_000 }, { stock: 3 })).maxQuantity, 3);
    assert.equal(redemptionEligibility(request({ availablePoints: 1_999 }, { stock: null })).maxQuantity, 3);
    assert.equal(redemptionEligibility(request({ availablePoints: 0 }, { costPoints: 0, stock: null })).maxQuantity, MAX_REDEMPTION_QUANTITY);
    // Every quantity up to it passes checkRedemption; one more does not.
    const limited = request({ availablePoints: 1_999 });
    const most = redemptionEligibility(limited).maxQuantity;
    for (let quantity = 1; quantity <= most; quantity++) checkRedemption({ ...limited, quantity });
    assert.throws(() => checkRedemption({ ...limited, quantity: most + 1 }));
  });
  it('nothing can be ordered when it cannot be redeemed', () => {
    assert.equal(redemptionEligibility(request({ availablePoints: 100 })).maxQuantity, 0);
    assert.equal(redemptionEligibility(request({}, { stock: 0 })).maxQuantity, 0);
    assert.equal(redemptionEligibility(request({}, { active: false })).maxQuantity, 0);
  });
  it('reports the first blocker and the points shortfall regardless', () => {
    assert.deepEqual(redemptionEligibility(request({ availablePoints: 100 }, { requiredTierRank: 1 })), {
      redeemable: false,
      reason: 'TIER_REQUIRED',
      shortByPoints: 400,
      totalPoints: 500,
      maxQuantity: 0,
    });
    assert.deepEqual(redemptionEligibility(request({ availablePoints: 100 })), {
      redeemable: false,
      reason: 'INSUFFICIENT_POINTS',
      shortByPoints: 400,
      totalPoints: 500,
      maxQuantity: 0,
    });
  });
  it('agrees with checkRedemption', () => {
    const cases = [request(), request({}, { active: false }), request({}, { stock: 0 }), request({ availablePoints: 1 })];
    for (const c of cases) {
      const eligibility = redemptionEligibility(c);
      let code: string | null = null;
      try {
        checkRedemption(c);
      } catch (error) {
        code = (error as { code: string }).code;
      }
      assert.equal(eligibility.reason, code);
    }
  });
});
