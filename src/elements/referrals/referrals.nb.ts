import type { Translation } from '../../i18n/messages.js';
import type { referralsMessages } from './referrals.messages.js';
import { plural } from '../../i18n/plural.js';

export const translation: Translation<typeof referralsMessages> = {
  heading: 'Anbefalinger',
  loading: 'Laster inn anbefalingene …',
  mine: 'Bare mine anbefalinger',
  empty: 'Bedriften din har ikke anbefalt noen ennå.',
  emptyMine: 'Du har ikke anbefalt noen ennå.',
  invite: 'Kjenner du en bedrift som burde bli partner? Anbefal den og følg den her.',
  refer: 'Anbefal en bedrift',
  SUBMITTED: 'Sendt',
  QUALIFIED: 'Kvalifisert',
  CONVERTED: 'Ble partner',
  REWARDED: 'Belønnet',
  REJECTED: 'Avvist',
  timeline: 'Fremdrift',
  notYet: 'ikke ennå',
  by: (name: string) => `Anbefalt av ${name}`,
  byYou: 'Anbefalt av deg',
  earned: (points: string) => `${points} poeng opptjent`,
  flagged: 'Kontaktpersonen bruker en gratis e-postadresse: leverandøren sjekker anbefalingen før de følger opp.',
  checking: 'Leverandøren sjekker anbefalingen før de følger opp.',
  DUPLICATE: 'Noen hadde allerede anbefalt denne bedriften.',
  SELF_REFERRAL: 'Dette er din egen bedrift.',
  EXISTING_PARTNER: 'Denne bedriften er allerede partner.',
  FREE_MAIL_DOMAIN: 'Nettstedet som ble oppgitt, var en e-posttjeneste, ikke bedriftens.',
  NOT_QUALIFIED: 'Bedriften passer ikke for programmet.',
  OTHER: 'Leverandøren kunne ikke gå videre med denne anbefalingen.',
  more: 'Vis flere',
  loadingMore: 'Laster inn flere …',
  shown: (count: string) => `${plural(count, 'anbefaling', 'anbefalinger')} vises`,
};
