import type { CourseDefinition } from '../server/src/seed/demo-training.js';
import { FORMATS, type AssetDefinition } from '../server/src/seed/demo-materials.js';

/**
 * Pictures for the demo's courses and marketing materials (the seed points at
 * `/demo/images/courses/<id>.svg` and `/demo/images/materials/<slug>.svg`), drawn on request as
 * `reward-art.ts` draws the rewards: the colour of the topic or type, a glyph and the English
 * title, so the repository carries no image files. They say what they stand for; a real
 * supplier serves its own course pictures and material previews.
 */

/** Course pictures are 16:9 at this size. */
export const COURSE_IMAGE = { width: 640, height: 360 } as const;

const TOPICS: Record<CourseDefinition['topic'], { background: string; accent: string; glyph: string }> = {
  'product-knowledge': { background: '#1f4e79', accent: '#f2b134', glyph: 'M-22 10l26-26 8 8-26 26z M8 -20l12 12' },
  safety: { background: '#8a4b00', accent: '#ffe2b8', glyph: 'M0 -22l20 8v10q0 16-20 26q-20-10-20-26v-10z' },
  sales: { background: '#2e6b4f', accent: '#c8f0d8', glyph: 'M-22 16h44 M-16 16v-14 M-2 16v-24 M12 16v-34' },
  installation: { background: '#3b3f8f', accent: '#cdd2ff', glyph: 'M-4 -22h8v30l-4 10-4-10z M-12 -22h24' },
};

const TYPES: Record<AssetDefinition['type'], { background: string; accent: string; label: string }> = {
  CATALOG: { background: '#1f4e79', accent: '#f2b134', label: 'CATALOGUE' },
  BROCHURE: { background: '#2e6b4f', accent: '#c8f0d8', label: 'BROCHURE' },
  POS: { background: '#8f2f2f', accent: '#ffd6d6', label: 'POINT OF SALE' },
  BANNER: { background: '#6b2e5f', accent: '#ffc4ec', label: 'WEB BANNERS' },
  LOGO: { background: '#f4f6f8', accent: '#1f4e79', label: 'LOGO' },
  VIDEO: { background: '#17324d', accent: '#f2b134', label: 'VIDEO' },
};

/** The Nordlys mark of the demo page's header, as a path around (0, 0). */
const MARK = 'M-24 20l24-42 24 42z';

export function courseImage(course: CourseDefinition): string {
  const { width, height } = COURSE_IMAGE;
  const { background, accent, glyph } = TOPICS[course.topic];
  const level = course.level.charAt(0) + course.level.slice(1).toLowerCase();
  return svg(
    width,
    height,
    `<rect width="${width}" height="${height}" fill="${background}"/>
  <circle cx="${width - 70}" cy="70" r="150" fill="${accent}" opacity="0.12"/>
  <g transform="translate(${width - 120} 120) scale(2.4)" fill="none" stroke="${accent}" stroke-width="3" stroke-linejoin="round"><path d="${glyph}"/></g>
  <text x="40" y="56" font-family="system-ui, sans-serif" font-size="20" font-weight="600" fill="${accent}">NORDLYS ACADEMY · ${escapeXml(level.toUpperCase())}</text>
  ${lines(course.title.en, 22, 40, 250, 36, `font-family="system-ui, sans-serif" font-size="34" font-weight="700" fill="#ffffff"`)}`,
  );
}

export function materialPreview(asset: AssetDefinition): string {
  const [width, height] = FORMATS[asset.type].preview;
  const { background, accent, label } = TYPES[asset.type];
  const ink = asset.type === 'LOGO' ? '#1c2024' : '#ffffff';
  const font = 'font-family="system-ui, sans-serif"';
  const caption = `${label} · ${escapeXml(asset.productLine.toUpperCase())}`;
  if (height > width) {
    // A printed document: a cover with a picture, the title and a few lines of text.
    return svg(
      width,
      height,
      `<rect width="${width}" height="${height}" fill="#ffffff"/>
  <rect width="${width}" height="300" fill="${background}"/>
  <g transform="translate(${width / 2} 150) scale(2.2)" fill="${accent}"><path d="${MARK}"/></g>
  <text x="32" y="48" ${font} font-size="18" font-weight="600" fill="${accent}">${caption}</text>
  ${lines(asset.title.en, 24, 32, 352, 32, `${font} font-size="28" font-weight="700" fill="#1c2024"`)}
  ${[0, 1, 2, 3, 4].map((i) => `<rect x="32" y="${470 + i * 26}" width="${i === 4 ? 220 : width - 64}" height="10" rx="5" fill="#d3d8de"/>`).join('')}
  <text x="32" y="${height - 28}" ${font} font-size="16" fill="#555d66">Nordlys Tools · demo placeholder</text>`,
    );
  }
  const scale = width / 640;
  const play =
    asset.type === 'VIDEO'
      ? `<circle cx="${width - 200 * scale}" cy="${height / 2}" r="${80 * scale}" fill="${accent}"/><path d="M${width - 225 * scale} ${height / 2 - 40 * scale}l${65 * scale} ${40 * scale}-${65 * scale} ${40 * scale}z" fill="${background}"/>`
      : `<g transform="translate(${width - 170 * scale} ${height / 2}) scale(${3 * scale})" fill="${accent}"><path d="${MARK}"/></g>`;
  return svg(
    width,
    height,
    `<rect width="${width}" height="${height}" fill="${background}"/>
  ${play}
  <g transform="scale(${scale})">
    <text x="40" y="64" ${font} font-size="20" font-weight="600" fill="${asset.type === 'LOGO' ? '#555d66' : accent}">${caption}</text>
    ${lines(asset.title.en, asset.type === 'VIDEO' ? 16 : 20, 40, 150, 38, `${font} font-size="34" font-weight="700" fill="${ink}"`)}
    <text x="40" y="${height / scale - 36}" ${font} font-size="16" fill="${ink}" opacity="0.8">Nordlys Tools · demo placeholder</text>
  </g>`,
  );
}

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  ${body}
</svg>`;
}

/** `text` wrapped at about `columns` characters, one `<text>` line every `step` from `y`. */
function lines(text: string, columns: number, x: number, y: number, step: number, attributes: string): string {
  return wrap(text, columns)
    .map((line, i) => `<text x="${x}" y="${y + i * step}" ${attributes}>${escapeXml(line)}</text>`)
    .join('\n  ');
}

export function wrap(text: string, columns: number): string[] {
  const result: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = result.length - 1;
    if (last >= 0 && result[last]!.length + 1 + word.length <= columns) result[last] += ` ${word}`;
    else result.push(word);
  }
  return result;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
