import type { Translation } from '../../i18n/messages.js';
import type { pointsBalanceMessages } from './points-balance.messages.js';

export const translation: Translation<typeof pointsBalanceMessages> = {
  heading: 'Mata anda',
  loading: 'Memuatkan mata anda…',
  available: 'Boleh dibelanjakan',
  points: 'mata',
  pending: 'Belum selesai',
  pendingHint: 'Daripada pesanan terkini; boleh dibelanjakan selepas tempoh pemulangan tamat.',
  expiring: 'Akan luput',
  expiringOn: (points: string, date: string) => `${points} mata akan luput pada ${date}.`,
  noneExpiring: 'Tiada mata yang luput dalam 30 hari akan datang.',
  lifetime: 'Jumlah diperoleh',
  empty: 'Belum ada mata. Mata untuk pesanan, kursus dan rujukan syarikat anda akan dipaparkan di sini.',
};
