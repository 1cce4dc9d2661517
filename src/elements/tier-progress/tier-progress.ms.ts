import type { Translation } from '../../i18n/messages.js';
import type { tierProgressMessages } from './tier-progress.messages.js';

export const translation: Translation<typeof tierProgressMessages> = {
  heading: 'Kemajuan peringkat anda',
  loading: 'Memuatkan kemajuan peringkat anda…',
  toNext: (amount: string, tier: string) => `Belanja ${amount} lagi dalam tempoh 12 bulan bergulir untuk mencapai ${tier}.`,
  progressLabel: (tier: string) => `Kemajuan ke ${tier}`,
  progressValue: (pct: string, current: string, next: string, spend: string, threshold: string) => `${pct} perjalanan dari ${current} ke ${next}: ${spend} daripada ${threshold}`,
  spendSince: (spend: string, date: string) => `Pembelian layak sejak ${date}: ${spend}`,
  nextBenefits: (tier: string) => `Apa yang ${tier} tawarkan`,
  discount: (pct: string) => `Diskaun ${pct} untuk pembelian`,
  multiplier: (factor: string) => `${factor} mata bagi setiap pesanan`,
  topTier: (tier: string) => `Anda telah mencapai ${tier}, peringkat tertinggi kami. Terima kasih atas kerjasama anda!`,
  keepTop: (spend: string) => `Pembelian layak dalam tempoh 12 bulan bergulir: ${spend}.`,
};
