import { LOCALES, negotiateLocale, type AppLocale } from '../graphql/localized.js';

/** What a certificate says, on its page and in its PDF, in each of the program's languages. */
export const CERTIFICATE_TEXTS = {
  en: {
    title: 'Certificate of completion',
    valid: (program: string) => `Genuine: this certificate was issued by ${program}.`,
    notFound: 'Not found: no certificate has this number. Check the address, or ask the person who shared it with you.',
    certifies: 'This certifies that',
    of: (partner: string) => `of ${partner}`,
    completed: 'has completed the course',
    issued: 'Issued',
    number: 'Certificate number',
    print: 'Print or save as PDF',
    verifyAt: 'Check that this certificate is genuine at',
    pdf: 'Download as PDF',
  },
  th: {
    title: 'ใบรับรองการสำเร็จหลักสูตร',
    valid: (program: string) => `ของแท้: ใบรับรองนี้ออกโดย ${program}`,
    notFound: 'ไม่พบ: ไม่มีใบรับรองหมายเลขนี้ โปรดตรวจสอบที่อยู่ หรือสอบถามผู้ที่แบ่งปันใบรับรองนี้ให้คุณ',
    certifies: 'ขอรับรองว่า',
    of: (partner: string) => `จาก ${partner}`,
    completed: 'ได้เรียนจบหลักสูตร',
    issued: 'ออกให้เมื่อ',
    number: 'หมายเลขใบรับรอง',
    print: 'พิมพ์หรือบันทึกเป็น PDF',
    verifyAt: 'ตรวจสอบว่าใบรับรองนี้เป็นของแท้ได้ที่',
    pdf: 'ดาวน์โหลดเป็น PDF',
  },
  nb: {
    title: 'Kursbevis',
    valid: (program: string) => `Ekte: dette kursbeviset er utstedt av ${program}.`,
    notFound: 'Ikke funnet: ingen kursbevis har dette nummeret. Sjekk adressen, eller spør den som delte det med deg.',
    certifies: 'Dette bekrefter at',
    of: (partner: string) => `fra ${partner}`,
    completed: 'har fullført kurset',
    issued: 'Utstedt',
    number: 'Kursbevisnummer',
    print: 'Skriv ut eller lagre som PDF',
    verifyAt: 'Sjekk at kursbeviset er ekte på',
    pdf: 'Last ned som PDF',
  },
  ms: {
    title: 'Sijil Tamat Kursus',
    valid: (program: string) => `Tulen: sijil ini dikeluarkan oleh ${program}.`,
    notFound: 'Tidak ditemui: tiada sijil dengan nombor ini. Semak alamatnya, atau tanya orang yang berkongsi sijil ini dengan anda.',
    certifies: 'Dengan ini disahkan bahawa',
    of: (partner: string) => `daripada ${partner}`,
    completed: 'telah menamatkan kursus',
    issued: 'Dikeluarkan',
    number: 'Nombor sijil',
    print: 'Cetak atau simpan sebagai PDF',
    verifyAt: 'Semak ketulenan sijil ini di',
    pdf: 'Muat turun sebagai PDF',
  },
} satisfies Record<AppLocale, unknown>;

/** `?lang=` (the widget links with the member's language), else the browser's `Accept-Language`. */
export function pageLocale(url: URL, acceptLanguage: string | undefined): AppLocale {
  const lang = url.searchParams.get('lang');
  return (LOCALES as readonly string[]).includes(lang ?? '') ? (lang as AppLocale) : negotiateLocale(acceptLanguage);
}
