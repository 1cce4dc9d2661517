import type { Translation } from '../../i18n/messages.js';
import type { tierProgressMessages } from './tier-progress.messages.js';

export const translation: Translation<typeof tierProgressMessages> = {
  heading: 'ความคืบหน้าระดับของคุณ',
  loading: 'กำลังโหลดความคืบหน้าระดับของคุณ…',
  toNext: (amount: string, tier: string) => `ซื้อเพิ่มอีก ${amount} ภายใน 12 เดือนล่าสุดเพื่อขึ้นสู่ระดับ ${tier}`,
  progressLabel: (tier: string) => `ความคืบหน้าสู่ระดับ ${tier}`,
  progressValue: (pct: string, current: string, next: string, spend: string, threshold: string) => `ความคืบหน้า ${pct} จากระดับ${current}สู่ระดับ${next}: ${spend} จาก ${threshold}`,
  spendSince: (spend: string, date: string) => `ยอดซื้อที่นับรวมตั้งแต่ ${date}: ${spend}`,
  nextBenefits: (tier: string) => `สิทธิประโยชน์ของระดับ ${tier}`,
  discount: (pct: string) => `ส่วนลด ${pct} สำหรับการสั่งซื้อ`,
  multiplier: (factor: string) => `คะแนน ${factor} ทุกคำสั่งซื้อ`,
  topTier: (tier: string) => `คุณอยู่ในระดับ ${tier} ซึ่งเป็นระดับสูงสุดแล้ว ขอบคุณที่เป็นพาร์ทเนอร์กับเรา!`,
  keepTop: (spend: string) => `ยอดซื้อที่นับรวมใน 12 เดือนล่าสุด: ${spend}`,
};
