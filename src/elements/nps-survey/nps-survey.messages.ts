import { defineMessages } from '../../i18n/messages.js';
import { plural } from '../../i18n/plural.js';

export const npsSurveyMessages = defineMessages('npsSurvey', {
  heading: 'Your feedback',
  loading: 'Loading the survey…',
  low: 'Not at all likely',
  high: 'Extremely likely',
  scoreRequired: 'Choose a score from 0 to 10.',
  comment: 'What is the main reason for your score? (optional)',
  reward: (points: string) => `Answer and earn ${plural(points, 'point', 'points')}`,
  send: 'Send answer',
  sending: 'Sending…',
  thanks: 'Thank you for your feedback!',
  earned: (points: string) => `${plural(points, 'point was', 'points were')} added to your balance.`,
  answered: (on: string, next: string) => `Thanks — you answered on ${on}. The next survey opens ${next}.`,
  ALREADY_ANSWERED: (next: string) => `This quarter’s survey was already answered, perhaps in another tab. The next survey opens ${next}.`,
  tooLong: (max: string) => `Your comment is too long: at most ${max} characters.`,
  sendFailed: 'We couldn’t send your answer. Please try again.',
});
