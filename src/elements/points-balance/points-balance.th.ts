import type { Translation } from '../../i18n/messages.js';
import type { pointsBalanceMessages } from './points-balance.messages.js';

export const translation: Translation<typeof pointsBalanceMessages> = {
  heading: 'คะแนนของคุณ',
  loading: 'กำลังโหลดคะแนนของคุณ…',
  available: 'คะแนนที่ใช้ได้',
  points: 'คะแนน',
  pending: 'รอดำเนินการ',
  pendingHint: 'จากคำสั่งซื้อล่าสุด ใช้ได้เมื่อพ้นระยะเวลาคืนสินค้า',
  expiring: 'ใกล้หมดอายุ',
  expiringOn: (points: string, date: string) => `${points} คะแนนจะหมดอายุในวันที่ ${date}`,
  noneExpiring: 'ไม่มีคะแนนหมดอายุใน 30 วันข้างหน้า',
  lifetime: 'คะแนนสะสมทั้งหมด',
  empty: 'ยังไม่มีคะแนน คะแนนจากคำสั่งซื้อ หลักสูตร และการแนะนำของบริษัทคุณจะแสดงที่นี่',
};
