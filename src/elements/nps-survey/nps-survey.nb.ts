import type { Translation } from '../../i18n/messages.js';
import type { npsSurveyMessages } from './nps-survey.messages.js';

export const translation: Translation<typeof npsSurveyMessages> = {
  heading: 'Din tilbakemelding',
  loading: 'Laster inn undersøkelsen …',
  low: 'Svært lite sannsynlig',
  high: 'Svært sannsynlig',
  scoreRequired: 'Velg et tall fra 0 til 10.',
  comment: 'Hva er hovedgrunnen til svaret ditt? (valgfritt)',
  reward: (points: string) => `Svar og tjen ${points} poeng`,
  send: 'Send svar',
  sending: 'Sender …',
  thanks: 'Takk for tilbakemeldingen!',
  earned: (points: string) => `${points} poeng er lagt til saldoen din.`,
  answered: (on: string, next: string) => `Takk – du svarte ${on}. Neste undersøkelse åpner ${next}.`,
  ALREADY_ANSWERED: (next: string) => `Undersøkelsen for dette kvartalet er allerede besvart, kanskje i en annen fane. Neste undersøkelse åpner ${next}.`,
  tooLong: (max: string) => `Kommentaren er for lang: den kan ha høyst ${max} tegn.`,
  sendFailed: 'Vi fikk ikke sendt svaret ditt. Prøv igjen.',
};
