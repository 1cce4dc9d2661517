import type { Translation } from '../../i18n/messages.js';
import type { redemptionsMessages } from './redemptions.messages.js';

export const translation: Translation<typeof redemptionsMessages> = {
  heading: 'ของรางวัลที่แลกแล้ว',
  loading: 'กำลังโหลดของรางวัลที่คุณแลกแล้ว…',
  empty: 'ยังไม่มีการแลกของรางวัล ของรางวัลที่บริษัทของคุณแลกด้วยคะแนนจะแสดงที่นี่',
  ORDERED: 'สั่งแล้ว',
  SHIPPED: 'จัดส่งแล้ว',
  DELIVERED: 'ได้รับแล้ว',
  CANCELLED: 'ยกเลิกแล้ว',
  quantity: (count: string) => `จำนวน: ${count}`,
  points: (points: string) => `${points} คะแนน`,
  redeemedBy: (name: string) => `แลกโดย ${name}`,
  timeline: 'ความคืบหน้าการจัดส่ง',
  notYet: 'ยังไม่ถึงขั้นตอนนี้',
  cancel: 'ยกเลิกการแลก',
  confirmQuestion: (points: string) => `ยกเลิกการแลกรายการนี้หรือไม่ ${points} คะแนนจะคืนเข้ายอดคะแนนของคุณ`,
  confirmYes: 'ใช่ ยกเลิกเลย',
  confirmNo: 'เก็บไว้',
  cancelling: 'กำลังยกเลิก…',
  cancelled: (points: string) => `ยกเลิกการแลกแล้ว ${points} คะแนนคืนเข้ายอดคะแนนของคุณแล้ว`,
  tooLate: 'ไม่สามารถยกเลิกการแลกรายการนี้ได้แล้ว เนื่องจากอยู่ระหว่างการจัดส่ง',
  notFound: 'ไม่พบการแลกรายการนี้แล้ว',
  cancelFailed: 'ไม่สามารถยกเลิกการแลกรายการนี้ได้ โปรดลองอีกครั้ง',
  more: 'แสดงเพิ่มเติม',
  loadingMore: 'กำลังโหลดเพิ่มเติม…',
  shown: (count: string) => `แสดง ${count} รายการ`,
};
