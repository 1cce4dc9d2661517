import type { Translation } from '../../i18n/messages.js';
import type { pointsHistoryMessages } from './points-history.messages.js';
import { plural } from '../../i18n/plural.js';

export const translation: Translation<typeof pointsHistoryMessages> = {
  heading: 'Poenghistorikk',
  loading: 'Laster inn poenghistorikken …',
  filter: 'Vis',
  all: 'All aktivitet',
  ACCRUAL: 'Opptjent',
  BONUS: 'Bonus',
  REDEMPTION: 'Innløst',
  REVERSAL: 'Tilbakeført',
  EXPIRY: 'Utløpt',
  ADJUSTMENT: 'Justering',
  ORDER: 'Ordre',
  REFUND: 'Retur',
  REWARD: 'Belønning',
  COURSE: 'Kurs',
  REFERRAL: 'Anbefaling',
  SURVEY: 'Undersøkelse',
  CHALLENGE: 'Konkurranse',
  PROMOTION: 'Kampanje',
  ADMIN: 'Programteamet',
  pending: 'Ventende',
  pendingUntil: (date: string) => `Kan brukes fra ${date}`,
  by: (name: string) => `av ${name}`,
  points: (points: string) => `${points} poeng`,
  more: 'Vis flere',
  loadingMore: 'Laster inn flere …',
  shown: (count: string) => `${plural(count, 'oppføring', 'oppføringer')} vises`,
  empty: 'Ingen poengaktivitet ennå. Ordrer, belønninger og kurs vises her.',
  emptyFiltered: 'Ingenting av denne typen ennå.',
};
