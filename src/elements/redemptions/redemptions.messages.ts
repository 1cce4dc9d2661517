import { defineMessages } from '../../i18n/messages.js';
import { plural } from '../../i18n/plural.js';

export const redemptionsMessages = defineMessages('redemptions', {
  heading: 'Redeemed rewards',
  loading: 'Loading your redeemed rewards…',
  empty: 'No rewards redeemed yet. Rewards your company redeems with its points will show up here.',
  ORDERED: 'Ordered',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  quantity: (count: string) => `Quantity: ${count}`,
  points: (points: string) => plural(points, 'point', 'points'),
  redeemedBy: (name: string) => `Redeemed by ${name}`,
  timeline: 'Delivery progress',
  notYet: 'not yet',
  cancel: 'Cancel redemption',
  confirmQuestion: (points: string) => `Cancel this redemption? The ${plural(points, 'point', 'points')} will go back to your balance.`,
  confirmYes: 'Yes, cancel it',
  confirmNo: 'Keep it',
  cancelling: 'Cancelling…',
  cancelled: (points: string) => `Redemption cancelled. ${plural(points, 'point is', 'points are')} back in your balance.`,
  tooLate: 'This redemption can no longer be cancelled: it is already on its way.',
  notFound: 'We couldn’t find this redemption any more.',
  cancelFailed: 'We couldn’t cancel this redemption. Please try again.',
  more: 'Show more',
  loadingMore: 'Loading more…',
  shown: (count: string) => `${plural(count, 'redemption', 'redemptions')} shown`,
});
