import { crc32 } from 'node:zlib';
import { wrap } from './media-art.js';

/**
 * Small, valid files for the demo's documents, made on request: a one-page PDF, a ZIP archive
 * (stored, not compressed) and WebVTT captions. Each says that it is a placeholder for the file
 * a supplier would publish, so nobody mistakes demo content for the real thing.
 */

/**
 * A one-page A4 PDF with a heading and lines of text in Helvetica. The standard fonts know
 * Latin-1 at most, so the text is reduced to ASCII (the demo's English titles barely change).
 */
export function pdfDocument(heading: string, paragraphs: string[]): Buffer {
  const ascii = (text: string) =>
    text
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, '-')
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[\\()]/g, '\\$&');
  const body = [`BT /F1 22 Tf 56 770 Td (${ascii(heading)}) Tj ET`];
  let y = 730;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, 88)) {
      body.push(`BT /F1 11 Tf 56 ${y} Td (${ascii(line)}) Tj ET`);
      y -= 16;
    }
    y -= 10;
  }
  const content = body.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title (${ascii(heading)}) /Producer (partner-portal-kit demo) >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A ZIP archive of these files, stored as they are (method 0), dated 1 January 2026. */
export function zipArchive(files: { name: string; content: string | Buffer }[]): Buffer {
  const time = 0; // 00:00:00
  const date = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const data = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** WebVTT captions: each cue `[fromSeconds, toSeconds, text]`. */
export function webVtt(cues: [number, number, string][]): string {
  const at = (seconds: number) => `00:${String(Math.floor(seconds)).padStart(2, '0')}.${String(Math.round((seconds % 1) * 1000)).padStart(3, '0')}`;
  // A cue's text ends at the first blank line and must not contain "-->".
  const clean = (text: string) => text.replace(/-->/g, '→').replace(/\s*\n\s*/g, ' ');
  return `WEBVTT\n\n${cues.map(([from, to, text], i) => `${i + 1}\n${at(from)} --> ${at(to)}\n${clean(text)}\n`).join('\n')}`;
}
