import { defineMessages } from '../../i18n/messages.js';

export const tierProgressMessages = defineMessages('tierProgress', {
  heading: 'Your tier progress',
  loading: 'Loading your tier progress…',
  toNext: (amount: string, tier: string) => `Spend ${amount} more in the rolling 12 months to reach ${tier}.`,
  progressLabel: (tier: string) => `Progress to ${tier}`,
  // The bar starts at the current tier's threshold: its percentage alone would misread as a share of the next one's.
  progressValue: (pct: string, current: string, next: string, spend: string, threshold: string) => `${pct} of the way from ${current} to ${next}: ${spend} of ${threshold}`,
  spendSince: (spend: string, date: string) => `Qualifying purchases since ${date}: ${spend}`,
  nextBenefits: (tier: string) => `What ${tier} brings`,
  discount: (pct: string) => `${pct} discount on purchases`,
  multiplier: (factor: string) => `${factor} points on every order`,
  topTier: (tier: string) => `You have reached ${tier}, our highest tier. Thank you for your partnership!`,
  keepTop: (spend: string) => `Qualifying purchases in the rolling 12 months: ${spend}.`,
});
