import type { Translation } from '../../i18n/messages.js';
import type { leaderboardMessages } from './leaderboard.messages.js';

export const translation: Translation<typeof leaderboardMessages> = {
  heading: 'Cabaran bulanan',
  loading: 'Memuatkan cabaran…',
  none: 'Tiada cabaran yang sedang berjalan buat masa ini.',
  endsIn: (time: string) => `Tamat dalam ${time}`,
  ended: 'Cabaran telah tamat.',
  openTo: (who: string) => `Terbuka kepada: ${who}`,
  notEligible: 'Syarikat anda tidak layak menyertai cabaran ini, tetapi anda boleh mengikuti kedudukannya.',
  prizes: 'Hadiah',
  prize: (rank: string, label: string) => `Kedudukan ${rank}: ${label}`,
  caption: 'Senarai kedudukan',
  rank: 'Kedudukan',
  partner: 'Rakan kongsi',
  POINTS_EARNED: 'Mata diperoleh',
  ORDER_VOLUME: 'Volum pesanan',
  you: 'Anda',
  yourRank: (rank: string, score: string) => `Kedudukan anda: ${rank} (${score})`,
};
