import type { Translation } from '../../i18n/messages.js';
import type { leaderboardMessages } from './leaderboard.messages.js';

export const translation: Translation<typeof leaderboardMessages> = {
  heading: 'การแข่งขันประจำเดือน',
  loading: 'กำลังโหลดการแข่งขัน…',
  none: 'ขณะนี้ไม่มีการแข่งขัน',
  endsIn: (time: string) => `สิ้นสุดในอีก ${time}`,
  ended: 'การแข่งขันสิ้นสุดแล้ว',
  openTo: (who: string) => `ผู้มีสิทธิ์: ${who}`,
  notEligible: 'บริษัทของคุณไม่มีสิทธิ์เข้าร่วมการแข่งขันนี้ แต่สามารถติดตามอันดับได้',
  prizes: 'รางวัล',
  prize: (rank: string, label: string) => `อันดับ ${rank}: ${label}`,
  caption: 'ตารางอันดับ',
  rank: 'อันดับ',
  partner: 'พาร์ทเนอร์',
  POINTS_EARNED: 'คะแนนที่ได้รับ',
  ORDER_VOLUME: 'ยอดสั่งซื้อ',
  you: 'คุณ',
  yourRank: (rank: string, score: string) => `อันดับของคุณ: ${rank} (${score})`,
};
