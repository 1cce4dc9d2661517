import type { Translation } from '../../i18n/messages.js';
import type { redemptionsMessages } from './redemptions.messages.js';
import { isOne, plural } from '../../i18n/plural.js';

export const translation: Translation<typeof redemptionsMessages> = {
  heading: 'Innløste belønninger',
  loading: 'Laster inn innløste belønninger …',
  empty: 'Ingen belønninger er innløst ennå. Belønninger bedriften løser inn med poengene sine, vises her.',
  ORDERED: 'Bestilt',
  SHIPPED: 'Sendt',
  DELIVERED: 'Levert',
  CANCELLED: 'Kansellert',
  quantity: (count: string) => `Antall: ${count}`,
  points: (points: string) => `${points} poeng`,
  redeemedBy: (name: string) => `Innløst av ${name}`,
  timeline: 'Leveringsstatus',
  notYet: 'ikke ennå',
  cancel: 'Kanseller innløsningen',
  confirmQuestion: (points: string) => `Vil du kansellere denne innløsningen? ${isOne(points) ? 'Poenget' : `De ${points} poengene`} går tilbake til saldoen din.`,
  confirmYes: 'Ja, kanseller',
  confirmNo: 'Behold den',
  cancelling: 'Kansellerer …',
  cancelled: (points: string) => `Innløsningen er kansellert. ${points} poeng er tilbake på saldoen din.`,
  tooLate: 'Denne innløsningen kan ikke lenger kanselleres: den er allerede på vei.',
  notFound: 'Vi finner ikke denne innløsningen lenger.',
  cancelFailed: 'Vi fikk ikke kansellert denne innløsningen. Prøv igjen.',
  more: 'Vis flere',
  loadingMore: 'Laster inn flere …',
  shown: (count: string) => `${plural(count, 'innløsning', 'innløsninger')} vises`,
};
