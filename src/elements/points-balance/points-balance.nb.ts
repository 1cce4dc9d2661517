import type { Translation } from '../../i18n/messages.js';
import type { pointsBalanceMessages } from './points-balance.messages.js';

export const translation: Translation<typeof pointsBalanceMessages> = {
  heading: 'Poengene dine',
  loading: 'Laster inn poengene dine …',
  available: 'Tilgjengelig nå',
  points: 'poeng',
  pending: 'Ventende',
  pendingHint: 'Fra nylige ordrer; kan brukes når returfristen er ute.',
  expiring: 'Utløper snart',
  expiringOn: (points: string, date: string) => `${points} poeng utløper ${date}.`,
  noneExpiring: 'Ingen poeng utløper de neste 30 dagene.',
  lifetime: 'Opptjent totalt',
  empty: 'Ingen poeng ennå. Poeng for firmaets ordrer, kurs og anbefalinger vises her.',
};
