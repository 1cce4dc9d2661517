import type { Translation } from '../../i18n/messages.js';
import type { tierBadgeMessages } from './tier-badge.messages.js';

export const translation: Translation<typeof tierBadgeMessages> = { tier: 'Peringkat rakan niaga', loading: 'Memuatkan peringkat anda…' };
