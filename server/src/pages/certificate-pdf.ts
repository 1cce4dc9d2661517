import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { pick, type AppLocale } from '../graphql/localized.js';
import type { CertificateRecord } from '../services/certificates.js';
import { CERTIFICATE_TEXTS } from './certificate-texts.js';

/**
 * A certificate as a PDF file (`GET /certificates/<id>.pdf`): what a member attaches to an
 * email or a tender, laid out once on the server with pdfkit. The fonts come from npm
 * (@fontsource's WOFF files, which fontkit reads and pdfkit subsets), so a fresh machine
 * renders Thai names and titles with nothing installed besides `npm install`.
 */

/**
 * @fontsource splits each family by script, so one line may need several files: Noto Sans Thai
 * (Latin, Latin Extended and Thai drawn as one design) first, then Noto Sans for the scripts a
 * member's or partner's name may still be in. Each character goes to the first file that has
 * it; the PDF embeds only the glyphs used, of the files used.
 */
const FONT_FILES = [
  '@fontsource/noto-sans-thai/files/noto-sans-thai-latin-WEIGHT-normal.woff',
  '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-WEIGHT-normal.woff',
  '@fontsource/noto-sans-thai/files/noto-sans-thai-latin-ext-WEIGHT-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-vietnamese-WEIGHT-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-cyrillic-WEIGHT-normal.woff',
  '@fontsource/noto-sans/files/noto-sans-greek-WEIGHT-normal.woff',
];

type Weight = 400 | 700;
interface LoadedFont {
  name: string;
  data: Buffer;
  has: (codePoint: number) => boolean;
}

const require = createRequire(import.meta.url);
const loaded = new Map<Weight, LoadedFont[]>();

/** Read once per process, on the first PDF: a server that never renders one never reads them. */
function fonts(weight: Weight): LoadedFont[] {
  let list = loaded.get(weight);
  if (!list) {
    list = FONT_FILES.map((pattern, index) => {
      const data = readFileSync(require.resolve(pattern.replace('WEIGHT', String(weight))));
      const font = fontkit.create(data) as fontkit.Font;
      return { name: `f${weight}-${index}`, data, has: (codePoint: number) => font.hasGlyphForCodePoint(codePoint) };
    });
    loaded.set(weight, list);
  }
  return list;
}

interface Run {
  font: LoadedFont;
  text: string;
}

/** Splits text into runs of one font; spaces, digits and marks stay with the run they are in. */
function runs(text: string, weight: Weight): Run[] {
  const list = fonts(weight);
  const result: Run[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const last = result.at(-1);
    if (last && last.font.has(codePoint)) {
      last.text += char;
      continue;
    }
    const font = list.find((candidate) => candidate.has(codePoint)) ?? list[0]!;
    if (last && last.font === font) last.text += char;
    else result.push({ font, text: char });
  }
  return result;
}

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, in points
const MARGIN = 56;
const INK = '#1c2024';
const MUTED = '#555d66';
const ACCENT = '#0b5cad';

type Doc = PDFKit.PDFDocument;

function width(doc: Doc, text: string, size: number, weight: Weight): number {
  return runs(text, weight).reduce((sum, run) => sum + doc.font(run.font.name).fontSize(size).widthOfString(run.text), 0);
}

/**
 * Lines of at most `maxWidth`, broken at spaces. A word (or a Thai phrase, which has no spaces)
 * wider than the line makes the whole text smaller instead, down to `minSize`.
 */
function layout(doc: Doc, text: string, size: number, minSize: number, weight: Weight, maxWidth: number): { size: number; lines: string[] } {
  const words = text.split(/\s+/).filter(Boolean);
  while (size > minSize && words.some((word) => width(doc, word, size, weight) > maxWidth)) size -= 1;
  const lines: string[] = [];
  for (const word of words) {
    const candidate = lines.length ? `${lines.at(-1)} ${word}` : word;
    if (lines.length && width(doc, candidate, size, weight) <= maxWidth) lines[lines.length - 1] = candidate;
    else lines.push(word);
  }
  return { size, lines: lines.length ? lines : [''] };
}

/** Centred text, wrapped, in as many fonts as its scripts need; answers the y below it. */
function centred(doc: Doc, text: string, y: number, options: { size: number; minSize?: number; weight?: Weight; color?: string; link?: string }): number {
  const weight = options.weight ?? 400;
  const maxWidth = PAGE.width - 2 * MARGIN - 32;
  const { size, lines } = layout(doc, text, options.size, options.minSize ?? options.size, weight, maxWidth);
  const lineHeight = size * 1.45;
  doc.fillColor(options.color ?? INK);
  for (const line of lines) {
    let x = (PAGE.width - width(doc, line, size, weight)) / 2;
    for (const run of runs(line, weight)) {
      doc.font(run.font.name).fontSize(size);
      const runWidth = doc.widthOfString(run.text);
      doc.text(run.text, x, y, { lineBreak: false, ...(options.link ? { link: options.link, underline: true } : {}) });
      x += runWidth;
    }
    y += lineHeight;
  }
  return y;
}

export interface CertificatePdfInput {
  locale: AppLocale;
  programName: string;
  certificate: CertificateRecord;
  /** The certificate's public page, where anyone can check it. */
  verifyUrl: string;
}

/** The file's name when saved: readable, and unique per certificate. */
export function certificateFileName(certificate: CertificateRecord): string {
  return `certificate-${certificate.id}.pdf`;
}

export function renderCertificatePdf({ locale, programName, certificate, verifyUrl }: CertificatePdfInput): Promise<Buffer> {
  const text = CERTIFICATE_TEXTS[locale];
  const courseTitle = pick(certificate.courseTitle, locale);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: locale,
    displayTitle: true,
    info: {
      Title: `${text.title} · ${courseTitle}`,
      Author: programName,
      Subject: `${text.number} ${certificate.id}`,
      // The id as the file's keyword: what a reader (or a test) finds without parsing the page.
      Keywords: certificate.id,
      Creator: programName,
      CreationDate: certificate.issuedAt,
    },
  });
  for (const weight of [400, 700] as const) for (const font of fonts(weight)) doc.registerFont(font.name, font.data);

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.lineWidth(2).strokeColor(ACCENT).rect(24, 24, PAGE.width - 48, PAGE.height - 48).stroke();
  doc.lineWidth(0.75).rect(30, 30, PAGE.width - 60, PAGE.height - 60).stroke();

  let y = 64;
  y = centred(doc, programName, y, { size: 13, color: MUTED });
  y = centred(doc, text.title, y + 10, { size: 30, weight: 700, color: ACCENT });
  y = centred(doc, text.certifies, y + 14, { size: 13, color: MUTED });
  y = centred(doc, certificate.memberName, y + 4, { size: 26, minSize: 14, weight: 700 });
  y = centred(doc, text.of(certificate.partnerName), y, { size: 14, minSize: 10 });
  y = centred(doc, text.completed, y + 14, { size: 13, color: MUTED });
  centred(doc, courseTitle, y + 4, { size: 22, minSize: 12, weight: 700 });

  const issued = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(certificate.issuedAt);
  let bottom = PAGE.height - 152;
  bottom = centred(doc, `${text.issued}: ${issued}`, bottom, { size: 12 });
  bottom = centred(doc, `${text.number}: ${certificate.id}`, bottom, { size: 12 });
  bottom = centred(doc, text.verifyAt, bottom + 8, { size: 11, color: MUTED });
  centred(doc, verifyUrl, bottom, { size: 11, minSize: 7, color: ACCENT, link: verifyUrl });

  doc.end();
  return done;
}
