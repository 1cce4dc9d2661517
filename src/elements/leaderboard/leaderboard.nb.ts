import type { Translation } from '../../i18n/messages.js';
import type { leaderboardMessages } from './leaderboard.messages.js';

export const translation: Translation<typeof leaderboardMessages> = {
  heading: 'Månedens konkurranse',
  loading: 'Laster inn konkurransen …',
  none: 'Ingen konkurranse pågår akkurat nå.',
  endsIn: (time: string) => `Slutter om ${time}`,
  ended: 'Konkurransen er avsluttet.',
  openTo: (who: string) => `Åpen for: ${who}`,
  notEligible: 'Bedriften din kan ikke delta i denne konkurransen, men du kan følge rangeringen.',
  prizes: 'Premier',
  prize: (rank: string, label: string) => `Plass ${rank}: ${label}`,
  caption: 'Rangering',
  rank: 'Plass',
  partner: 'Partner',
  POINTS_EARNED: 'Opptjente poeng',
  ORDER_VOLUME: 'Ordrevolum',
  you: 'deg',
  yourRank: (rank: string, score: string) => `Din plass: ${rank} (${score})`,
};
