import type { Translation } from '../../i18n/messages.js';
import type { npsSurveyMessages } from './nps-survey.messages.js';

export const translation: Translation<typeof npsSurveyMessages> = {
  heading: 'ความคิดเห็นของคุณ',
  loading: 'กำลังโหลดแบบสำรวจ…',
  low: 'ไม่น่าจะแนะนำเลย',
  high: 'น่าจะแนะนำอย่างยิ่ง',
  scoreRequired: 'โปรดเลือกคะแนนตั้งแต่ 0 ถึง 10',
  comment: 'เหตุผลหลักที่คุณให้คะแนนนี้คืออะไร (ไม่บังคับ)',
  reward: (points: string) => `ตอบแบบสำรวจรับ ${points} คะแนน`,
  send: 'ส่งคำตอบ',
  sending: 'กำลังส่ง…',
  thanks: 'ขอบคุณสำหรับความคิดเห็นของคุณ',
  earned: (points: string) => `เพิ่ม ${points} คะแนนเข้ายอดคะแนนของคุณแล้ว`,
  answered: (on: string, next: string) => `ขอบคุณ คุณตอบแบบสำรวจแล้วเมื่อ ${on} แบบสำรวจครั้งถัดไปจะเปิดในวันที่ ${next}`,
  ALREADY_ANSWERED: (next: string) => `แบบสำรวจของไตรมาสนี้ได้รับคำตอบแล้ว อาจตอบจากแท็บอื่น แบบสำรวจครั้งถัดไปจะเปิดในวันที่ ${next}`,
  tooLong: (max: string) => `ความคิดเห็นของคุณยาวเกินไป โปรดเขียนไม่เกิน ${max} ตัวอักษร`,
  sendFailed: 'ไม่สามารถส่งคำตอบของคุณได้ โปรดลองอีกครั้ง',
};
