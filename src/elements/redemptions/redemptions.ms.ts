import type { Translation } from '../../i18n/messages.js';
import type { redemptionsMessages } from './redemptions.messages.js';

export const translation: Translation<typeof redemptionsMessages> = {
  heading: 'Ganjaran yang ditebus',
  loading: 'Memuatkan ganjaran yang anda tebus…',
  empty: 'Belum ada ganjaran yang ditebus. Ganjaran yang ditebus oleh syarikat anda dengan mata akan dipaparkan di sini.',
  ORDERED: 'Dipesan',
  SHIPPED: 'Dihantar',
  DELIVERED: 'Diterima',
  CANCELLED: 'Dibatalkan',
  quantity: (count: string) => `Kuantiti: ${count}`,
  points: (points: string) => `${points} mata`,
  redeemedBy: (name: string) => `Ditebus oleh ${name}`,
  timeline: 'Kemajuan penghantaran',
  notYet: 'belum lagi',
  cancel: 'Batalkan penebusan',
  confirmQuestion: (points: string) => `Batalkan penebusan ini? ${points} mata akan dikembalikan ke baki anda.`,
  confirmYes: 'Ya, batalkan',
  confirmNo: 'Simpan',
  cancelling: 'Membatalkan…',
  cancelled: (points: string) => `Penebusan dibatalkan. ${points} mata telah dikembalikan ke baki anda.`,
  tooLate: 'Penebusan ini tidak boleh dibatalkan lagi kerana ia sudah dalam perjalanan.',
  notFound: 'Kami tidak dapat menemui penebusan ini lagi.',
  cancelFailed: 'Kami tidak dapat membatalkan penebusan ini. Sila cuba lagi.',
  more: 'Tunjukkan lagi',
  loadingMore: 'Memuatkan lagi…',
  shown: (count: string) => `${count} penebusan dipaparkan`,
};
