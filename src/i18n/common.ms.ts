import type { Translation } from './messages.js';
import type { commonMessages } from './common.messages.js';

export const translation: Translation<typeof commonMessages> = {
  loading: 'Memuatkan…',
  retry: 'Cuba lagi',
  retrying: 'Mencuba lagi…',
  clearFilters: 'Kosongkan penapis',
  NETWORK: 'Kami tidak dapat menghubungi perkhidmatan kesetiaan sekarang. Semak sambungan anda dan cuba lagi.',
  TOKEN_EXPIRED: 'Sesi anda telah tamat. Muat semula halaman untuk log masuk semula.',
  UNAUTHENTICATED: 'Anda belum log masuk ke program rakan niaga.',
  FORBIDDEN: 'Akaun anda tidak mempunyai akses kepada ini.',
  NOT_FOUND: 'Kami tidak menemui ini dalam program rakan niaga.',
  NOT_CONFIGURED: 'Widget ini tidak disambungkan: letakkan di dalam <partner-portal> atau berikan endpoint dan token.',
  RATE_LIMITED: 'Terlalu banyak permintaan. Tunggu sebentar dan cuba lagi.',
  fallback: 'Berlaku ralat semasa memuatkan. Sila cuba lagi.',
};
