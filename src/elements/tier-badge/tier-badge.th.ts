import type { Translation } from '../../i18n/messages.js';
import type { tierBadgeMessages } from './tier-badge.messages.js';

export const translation: Translation<typeof tierBadgeMessages> = { tier: 'ระดับพาร์ทเนอร์', loading: 'กำลังโหลดระดับของคุณ…' };
