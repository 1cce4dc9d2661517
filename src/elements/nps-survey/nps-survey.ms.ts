import type { Translation } from '../../i18n/messages.js';
import type { npsSurveyMessages } from './nps-survey.messages.js';

export const translation: Translation<typeof npsSurveyMessages> = {
  heading: 'Maklum balas anda',
  loading: 'Memuatkan tinjauan…',
  low: 'Sangat tidak mungkin',
  high: 'Sangat mungkin',
  scoreRequired: 'Pilih skor dari 0 hingga 10.',
  comment: 'Apakah sebab utama skor anda? (pilihan)',
  reward: (points: string) => `Jawab dan dapatkan ${points} mata`,
  send: 'Hantar jawapan',
  sending: 'Menghantar…',
  thanks: 'Terima kasih atas maklum balas anda!',
  earned: (points: string) => `${points} mata telah ditambah ke baki anda.`,
  answered: (on: string, next: string) => `Terima kasih — anda telah menjawab pada ${on}. Tinjauan seterusnya dibuka pada ${next}.`,
  ALREADY_ANSWERED: (next: string) => `Tinjauan suku tahun ini telah pun dijawab, mungkin dalam tab lain. Tinjauan seterusnya dibuka pada ${next}.`,
  tooLong: (max: string) => `Ulasan anda terlalu panjang: hadkan kepada ${max} aksara.`,
  sendFailed: 'Kami tidak dapat menghantar jawapan anda. Sila cuba lagi.',
};
