import { assertDomainError, iso } from './helpers.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ANNOUNCE_DAYS,
  appliesToProductGroup,
  bestExtraDiscountPct,
  bestMultiplierPct,
  bestMultiplierPromotion,
  countdown,
  isVisible,
  promotionStatus,
  validatePromotion,
  type PromotionRule,
} from '../../../server/src/domain/promotions.js';
import { DAY_MS } from '../../../server/src/domain/time.js';

const startsAt = iso('2026-11-23T00:00:00.000Z');
const endsAt = iso('2026-11-30T00:00:00.000Z');
const promo = (overrides: Partial<PromotionRule> = {}): PromotionRule => ({
  id: 'double-solar',
  startsAt,
  endsAt,
  productGroups: ['SOLAR'],
  pointsMultiplierPct: 200,
  ...overrides,
});
const shift = (d: Date, ms: number) => new Date(d.getTime() + ms);
const announcedAt = shift(startsAt, -ANNOUNCE_DAYS * DAY_MS);

describe('promotionStatus / isVisible', () => {
  it('announces 7 days ahead', () => assert.equal(ANNOUNCE_DAYS, 7));
  const cases: [string, Date, string, boolean][] = [
    ['long before', iso('2026-01-01T00:00:00Z'), 'HIDDEN', false],
    ['1 ms before the announcement', shift(announcedAt, -1), 'HIDDEN', false],
    ['exactly 7 days before the start', announcedAt, 'UPCOMING', true],
    ['1 ms before the start', shift(startsAt, -1), 'UPCOMING', true],
    ['exactly at the start', startsAt, 'ACTIVE', true],
    ['1 ms before the end', shift(endsAt, -1), 'ACTIVE', true],
    ['exactly at the end (exclusive)', endsAt, 'ENDED', false],
    ['long after', iso('2027-06-01T00:00:00Z'), 'ENDED', false],
  ];
  for (const [label, now, status, visible] of cases) {
    it(`${label}: ${status}, ${visible ? 'visible' : 'not visible'}`, () => {
      assert.equal(promotionStatus(promo(), now), status);
      assert.equal(isVisible(promo(), now), visible);
    });
  }
});

describe('validatePromotion', () => {
  it('accepts a sensible promotion, with or without either benefit', () => {
    validatePromotion(promo());
    validatePromotion(promo({ pointsMultiplierPct: undefined, extraDiscountPct: 5 }));
    validatePromotion(promo({ productGroups: [] }));
  });
  const invalid: [string, Partial<PromotionRule>][] = [
    ['an end equal to the start', { endsAt: startsAt }],
    ['an end before the start', { endsAt: shift(startsAt, -1) }],
    ['an invalid start date', { startsAt: new Date('x') }],
    ['a multiplier below 100 %', { pointsMultiplierPct: 99 }],
    ['a multiplier above ×100', { pointsMultiplierPct: 10_001 }],
    ['a fractional multiplier', { pointsMultiplierPct: 150.5 }],
    ['an extra discount above 100 %', { extraDiscountPct: 101 }],
    ['a negative extra discount', { extraDiscountPct: -1 }],
    ['an empty product group name', { productGroups: [''] }],
  ];
  for (const [label, overrides] of invalid) {
    it(`refuses ${label}`, () => {
      assertDomainError(() => validatePromotion(promo(overrides)), 'BAD_USER_INPUT');
      assertDomainError(() => promotionStatus(promo(overrides), startsAt), 'BAD_USER_INPUT');
    });
  }
  it('refuses an invalid now', () => { assertDomainError(() => promotionStatus(promo(), new Date('x')), 'BAD_USER_INPUT'); });
});

describe('appliesToProductGroup', () => {
  it('matches listed groups; an empty list matches every group', () => {
    assert.equal(appliesToProductGroup(promo(), 'SOLAR'), true);
    assert.equal(appliesToProductGroup(promo(), 'CABLES'), false);
    assert.equal(appliesToProductGroup(promo({ productGroups: [] }), 'CABLES'), true);
  });
});

describe('bestMultiplierPct (promotions do not stack)', () => {
  const during = iso('2026-11-25T00:00:00Z');
  it('is 100 without promotions', () => assert.equal(bestMultiplierPct([], 'SOLAR', during), 100));
  it('applies an active promotion for its group', () => assert.equal(bestMultiplierPct([promo()], 'SOLAR', during), 200));
  it('ignores it for other groups', () => assert.equal(bestMultiplierPct([promo()], 'CABLES', during), 100));
  it('applies an all-groups promotion to any group', () => {
    assert.equal(bestMultiplierPct([promo({ productGroups: [] })], 'CABLES', during), 200);
  });
  it('takes the best single promotion, not the product of overlapping ones', () => {
    const promos = [promo({ id: 'a', pointsMultiplierPct: 150 }), promo({ id: 'b', pointsMultiplierPct: 300, productGroups: [] }), promo({ id: 'c' })];
    assert.equal(bestMultiplierPct(promos, 'SOLAR', during), 300);
    assert.equal(bestMultiplierPromotion(promos, 'SOLAR', during)?.id, 'b');
  });
  it('applies from the start instant and not at the end instant', () => {
    assert.equal(bestMultiplierPct([promo()], 'SOLAR', shift(startsAt, -1)), 100);
    assert.equal(bestMultiplierPct([promo()], 'SOLAR', startsAt), 200);
    assert.equal(bestMultiplierPct([promo()], 'SOLAR', shift(endsAt, -1)), 200);
    assert.equal(bestMultiplierPct([promo()], 'SOLAR', endsAt), 100);
  });
  it('ignores an upcoming promotion (visible is not active)', () => {
    const later = promo({ id: 'later', pointsMultiplierPct: 500, startsAt: iso('2026-11-26T00:00:00Z') });
    assert.equal(isVisible(later, during), true);
    assert.equal(bestMultiplierPct([promo(), later], 'SOLAR', during), 200);
  });
  it('treats a null multiplier (a nullable column) as none', () => {
    assert.equal(bestMultiplierPct([promo({ pointsMultiplierPct: null, extraDiscountPct: 5 })], 'SOLAR', during), 100);
    assert.equal(bestExtraDiscountPct([promo({ extraDiscountPct: null })], 'SOLAR', during), 0);
  });
  it('ignores a discount-only promotion', () => {
    assert.equal(bestMultiplierPct([promo({ pointsMultiplierPct: undefined, extraDiscountPct: 5 })], 'SOLAR', during), 100);
  });
  it('breaks ties by list order', () => {
    const promos = [promo({ id: 'first' }), promo({ id: 'second' })];
    assert.equal(bestMultiplierPromotion(promos, 'SOLAR', during)?.id, 'first');
  });
  it('returns null when no promotion applies', () => assert.equal(bestMultiplierPromotion([promo()], 'X', during), null));
});

describe('bestExtraDiscountPct', () => {
  const during = iso('2026-11-25T00:00:00Z');
  const discount = (id: string, pct: number, groups: string[] = []) =>
    promo({ id, pointsMultiplierPct: undefined, extraDiscountPct: pct, productGroups: groups });
  it('is 0 without promotions', () => assert.equal(bestExtraDiscountPct([], 'SOLAR', during), 0));
  it('takes the best single discount (3 and 5 give 5, not 8)', () => {
    assert.equal(bestExtraDiscountPct([discount('a', 3), discount('b', 5)], 'SOLAR', during), 5);
  });
  it('respects product groups and the window', () => {
    assert.equal(bestExtraDiscountPct([discount('a', 3, ['CABLES'])], 'SOLAR', during), 0);
    assert.equal(bestExtraDiscountPct([discount('a', 3)], 'SOLAR', endsAt), 0);
    assert.equal(bestExtraDiscountPct([discount('a', 3)], 'SOLAR', startsAt), 3);
  });
  it('ignores a multiplier-only promotion', () => assert.equal(bestExtraDiscountPct([promo()], 'SOLAR', during), 0));
});

describe('countdown', () => {
  it('before the start: time until it starts', () => {
    assert.deepEqual(countdown(promo(), announcedAt), { startsInMs: 7 * DAY_MS });
    assert.deepEqual(countdown(promo(), shift(startsAt, -1)), { startsInMs: 1 });
    assert.deepEqual(countdown(promo(), iso('2026-01-01T00:00:00Z')), {
      startsInMs: startsAt.getTime() - iso('2026-01-01T00:00:00Z').getTime(),
    });
  });
  it('while active: time until it ends', () => {
    assert.deepEqual(countdown(promo(), startsAt), { endsInMs: 7 * DAY_MS });
    assert.deepEqual(countdown(promo(), shift(endsAt, -1)), { endsInMs: 1 });
  });
  it('after the end: nothing', () => assert.deepEqual(countdown(promo(), endsAt), {}));
});
