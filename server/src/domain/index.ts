// The loyalty program's rules: pure functions, no I/O, every clock reading passed in.
export * from './errors.js';
export * from './validate.js';
export * from './time.js';
export * from './tiers.js';
export * from './accrual.js';
export * from './volume-discount.js';
export * from './promotions.js';
export * from './tenure.js';
export * from './expiry.js';
export * from './referrals.js';
export * from './redemption.js';
export * from './nps.js';
export * from './insights.js';
