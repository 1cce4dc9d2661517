import type { Translation } from '../../i18n/messages.js';
import type { tierBadgeMessages } from './tier-badge.messages.js';

export const translation: Translation<typeof tierBadgeMessages> = { tier: 'Partnernivå', loading: 'Laster inn nivået ditt …' };
