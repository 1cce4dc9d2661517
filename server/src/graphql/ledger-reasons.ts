import type { AppLocale } from './localized.js';

/**
 * Ledger entries store a reason code and parameters, not a sentence, so the history reads in
 * the viewer's language. `{name}` is replaced from the parameters (plus looked-up titles).
 */
const REASONS: Record<string, Record<AppLocale, string>> = {
  order: {
    en: 'Points for order {orderId}',
    th: 'คะแนนจากคำสั่งซื้อ {orderId}',
    nb: 'Poeng for ordre {orderId}',
    ms: 'Mata untuk pesanan {orderId}',
  },
  refund: {
    en: 'Order {orderId} refunded',
    th: 'คืนเงินคำสั่งซื้อ {orderId}',
    nb: 'Ordre {orderId} refundert',
    ms: 'Pesanan {orderId} dibayar balik',
  },
  redemption: {
    en: 'Redeemed: {reward}',
    th: 'แลกของรางวัล: {reward}',
    nb: 'Innløst: {reward}',
    ms: 'Ditebus: {reward}',
  },
  redemption_cancelled: {
    en: 'Redemption cancelled: {reward}',
    th: 'ยกเลิกการแลก: {reward}',
    nb: 'Innløsning kansellert: {reward}',
    ms: 'Penebusan dibatalkan: {reward}',
  },
  expiry: {
    en: 'Points earned {earnedAt} expired',
    th: 'คะแนนที่ได้รับเมื่อ {earnedAt} หมดอายุ',
    nb: 'Poeng opptjent {earnedAt} er utløpt',
    ms: 'Mata yang diperoleh pada {earnedAt} telah tamat tempoh',
  },
  adjustment: {
    en: 'Adjustment: {note}',
    th: 'ปรับปรุงคะแนน: {note}',
    nb: 'Justering: {note}',
    ms: 'Pelarasan: {note}',
  },
  course_completed: {
    en: 'Course completed: {course}',
    th: 'เรียนจบหลักสูตร: {course}',
    nb: 'Kurs fullført: {course}',
    ms: 'Kursus selesai: {course}',
  },
  referral_rewarded: {
    en: 'Referral reward: {company}',
    th: 'รางวัลการแนะนำ: {company}',
    nb: 'Vervebelønning: {company}',
    ms: 'Ganjaran rujukan: {company}',
  },
  nps_answered: {
    en: 'Thank you for your feedback ({period})',
    th: 'ขอบคุณสำหรับความคิดเห็น ({period})',
    nb: 'Takk for tilbakemeldingen ({period})',
    ms: 'Terima kasih atas maklum balas anda ({period})',
  },
  challenge_prize: {
    en: 'Challenge prize: {challenge}',
    th: 'รางวัลจากชาเลนจ์: {challenge}',
    nb: 'Premie i konkurransen: {challenge}',
    ms: 'Hadiah cabaran: {challenge}',
  },
};

const FALLBACK: Record<AppLocale, string> = { en: 'Points update', th: 'อัปเดตคะแนน', nb: 'Poengendring', ms: 'Kemas kini mata' };

export function renderReason(code: string, params: Record<string, string | number>, locale: AppLocale): string {
  const template = REASONS[code]?.[locale] ?? FALLBACK[locale];
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => (params[key] !== undefined ? String(params[key]) : '…'));
}

// Building an Intl formatter costs far more than formatting with one: one per locale, kept.
const dateFormats = new Map<AppLocale, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: AppLocale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    const tag = { en: 'en-US', th: 'th-TH', nb: 'nb-NO', ms: 'ms-MY' }[locale];
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}
