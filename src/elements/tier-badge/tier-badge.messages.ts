import { defineMessages } from '../../i18n/messages.js';

export const tierBadgeMessages = defineMessages('tierBadge', { tier: 'Partner tier', loading: 'Loading your tier…' });
