import type { Translation } from './messages.js';
import type { commonMessages } from './common.messages.js';

export const translation: Translation<typeof commonMessages> = {
  loading: 'กำลังโหลด…',
  retry: 'ลองอีกครั้ง',
  retrying: 'กำลังลองอีกครั้ง…',
  clearFilters: 'ล้างตัวกรอง',
  NETWORK: 'ไม่สามารถเชื่อมต่อบริการสะสมคะแนนได้ในขณะนี้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  TOKEN_EXPIRED: 'เซสชันของคุณหมดอายุแล้ว โปรดโหลดหน้านี้ใหม่เพื่อเข้าสู่ระบบอีกครั้ง',
  UNAUTHENTICATED: 'คุณยังไม่ได้เข้าสู่ระบบโปรแกรมพาร์ทเนอร์',
  FORBIDDEN: 'บัญชีของคุณไม่มีสิทธิ์เข้าถึงส่วนนี้',
  NOT_FOUND: 'ไม่พบข้อมูลนี้ในโปรแกรมพาร์ทเนอร์',
  NOT_CONFIGURED: 'วิดเจ็ตนี้ยังไม่ได้เชื่อมต่อ: วางไว้ภายใน <partner-portal> หรือกำหนด endpoint และ token',
  RATE_LIMITED: 'มีคำขอมากเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง',
  fallback: 'เกิดข้อผิดพลาดระหว่างการโหลด โปรดลองอีกครั้ง',
};
