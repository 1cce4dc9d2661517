import { defineMessages } from '../../i18n/messages.js';

export const leaderboardMessages = defineMessages('leaderboard', {
  heading: 'Monthly challenge',
  loading: 'Loading the challenge…',
  none: 'No challenge is running right now.',
  endsIn: (time: string) => `Ends in ${time}`,
  ended: 'The challenge has ended.',
  openTo: (who: string) => `Open to: ${who}`,
  notEligible: 'Your company is not eligible for this challenge, but you can follow the ranking.',
  prizes: 'Prizes',
  prize: (rank: string, label: string) => `Rank ${rank}: ${label}`,
  caption: 'Ranking',
  rank: 'Rank',
  partner: 'Partner',
  POINTS_EARNED: 'Points earned',
  ORDER_VOLUME: 'Order volume',
  you: 'You',
  yourRank: (rank: string, score: string) => `Your rank: ${rank} (${score})`,
});
