import { defineMessages } from '../../i18n/messages.js';

export const tierBadgeMessages = defineMessages({
  en: { tier: 'Partner tier', loading: 'Loading your tier…' },
  th: { tier: 'ระดับพาร์ทเนอร์', loading: 'กำลังโหลดระดับของคุณ…' },
  nb: { tier: 'Partnernivå', loading: 'Laster inn nivået ditt …' },
  ms: { tier: 'Peringkat rakan niaga', loading: 'Memuatkan peringkat anda…' },
});
