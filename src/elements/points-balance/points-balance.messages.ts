import { defineMessages } from '../../i18n/messages.js';
import { plural } from '../../i18n/plural.js';

export const pointsBalanceMessages = defineMessages('pointsBalance', {
  heading: 'Your points',
  loading: 'Loading your points…',
  available: 'Available to spend',
  points: 'points',
  pending: 'Pending',
  pendingHint: 'From recent orders; spendable once the return window ends.',
  expiring: 'Expiring soon',
  expiringOn: (points: string, date: string) => `${plural(points, 'point expires', 'points expire')} on ${date}.`,
  noneExpiring: 'No points expire in the next 30 days.',
  lifetime: 'Earned in total',
  empty: 'No points yet. Points for your company’s orders, courses and referrals will appear here.',
});
