import type { Translation } from '../../i18n/messages.js';
import type { tierProgressMessages } from './tier-progress.messages.js';

export const translation: Translation<typeof tierProgressMessages> = {
  heading: 'Din nivåfremgang',
  loading: 'Laster inn nivåfremgangen din …',
  toNext: (amount: string, tier: string) => `Handle for ${amount} til i løpet av de siste 12 månedene for å nå ${tier}.`,
  progressLabel: (tier: string) => `Fremgang mot ${tier}`,
  progressValue: (pct: string, current: string, next: string, spend: string, threshold: string) => `${pct} av veien fra ${current} til ${next}: ${spend} av ${threshold}`,
  spendSince: (spend: string, date: string) => `Kvalifiserende innkjøp siden ${date}: ${spend}`,
  nextBenefits: (tier: string) => `Dette gir ${tier}`,
  discount: (pct: string) => `${pct} rabatt på innkjøp`,
  multiplier: (factor: string) => `${factor} poeng på hver ordre`,
  topTier: (tier: string) => `Du har nådd ${tier}, vårt høyeste nivå. Takk for samarbeidet!`,
  keepTop: (spend: string) => `Kvalifiserende innkjøp de siste 12 månedene: ${spend}.`,
};
