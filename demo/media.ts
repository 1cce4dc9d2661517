import { readFile } from 'node:fs/promises';
import { ASSETS, FORMATS, type AssetDefinition } from '../server/src/seed/demo-materials.js';
import { CAPTION_LANGUAGES, COURSES, WEBINARS } from '../server/src/seed/demo-training.js';
import { courseImage, materialPreview } from './media-art.js';
import { pdfDocument, webVtt, zipArchive } from './media-documents.js';
import { rewardArt } from './reward-art.js';

/**
 * Every file the demo seed points at, made on request (`demo/host.ts` serves them):
 *
 * - `/demo/images/rewards/<SKU>.svg`, `/demo/images/courses/<courseId>.svg` (640×360),
 *   `/demo/images/materials/<slug>.svg` (the material's previewWidth × previewHeight): SVG art;
 * - `/demo/materials/<slug>.<language>.pdf|zip|mp4`: a material's file, as a download;
 * - `/demo/media/courses/<media>.mp4` and `.<language>.vtt` (video lessons, captions in en/th/nb/ms), `<media>.pdf` (document
 *   lessons), `/demo/media/webinars/<slug>.mp4` (recordings of past webinars).
 *
 * Names the seed does not use answer nothing (the host says 404). Every video is the same
 * six-second WebM placeholder (`make-placeholder-video.ts`): it is served as `video/webm` also
 * where the seed's address ends in `.mp4`, and downloads under a `.webm` name.
 */
export interface MediaFile {
  type: string;
  body: string | Buffer;
  /** Sent as a download under this name (`Content-Disposition: attachment`). */
  download?: string;
}

export interface MediaResponse {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * The HTTP answer for a file, for the demo host and the browser tests' server alike. Byte ranges
 * are answered, because a `<video>` only seeks in a resource whose server takes them.
 */
export function mediaResponse(file: MediaFile, range: string | undefined): MediaResponse {
  const body = Buffer.isBuffer(file.body) ? file.body : Buffer.from(file.body, 'utf8');
  const headers: Record<string, string> = {
    'content-type': file.type,
    'cache-control': 'public, max-age=86400',
    'x-content-type-options': 'nosniff',
    'accept-ranges': 'bytes',
    ...(file.download ? { 'content-disposition': `attachment; filename="${file.download}"` } : {}),
  };
  const [, from, to] = range?.match(/^bytes=(\d*)-(\d*)$/) ?? [];
  if (!from && !to) return { status: 200, headers, body };
  // `bytes=-500` is the last 500 bytes.
  const start = from ? Number(from) : Math.max(0, body.length - Number(to));
  const end = from && to ? Math.min(Number(to), body.length - 1) : body.length - 1;
  if (start > end) return { status: 416, headers: { 'content-type': 'text/plain; charset=utf-8', 'content-range': `bytes */${body.length}` }, body: Buffer.from('Range not satisfiable') };
  return { status: 206, headers: { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}` }, body: body.subarray(start, end + 1) };
}

/** The placeholder clip: what `make-placeholder-video.ts` draws and encodes. */
export const PLACEHOLDER_VIDEO = { width: 640, height: 360, seconds: 6, fps: 5 } as const;

const SVG = 'image/svg+xml';
const PDF = 'application/pdf';
const WEBM = 'video/webm';

let video: Promise<Buffer> | undefined;
const placeholderVideo = () => (video ??= readFile(new URL('./placeholder-video.webm', import.meta.url)));

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', th: 'Thai', nb: 'Norwegian Bokmål', ms: 'Malay' };

/** The placeholder captions' two cues, in each language a demo lesson has captions in. */
const CAPTION_TEXTS: Record<(typeof CAPTION_LANGUAGES)[number], [string, string]> = {
  en: ['a placeholder video in the Nordlys Tools demo.', 'The supplier’s own recording and captions play here.'],
  th: ['วิดีโอตัวอย่างในเดโมของ Nordlys Tools', 'วิดีโอและคำบรรยายจริงของซัพพลายเออร์จะเล่นที่นี่'],
  nb: ['en plassholdervideo i Nordlys Tools-demoen.', 'Leverandørens eget opptak og teksting spilles av her.'],
  ms: ['video pemegang tempat dalam demo Nordlys Tools.', 'Rakaman dan sari kata pembekal sendiri dimainkan di sini.'],
};

export async function demoMedia(pathname: string): Promise<MediaFile | undefined> {
  const [, folder, name] = pathname.match(/^\/demo\/((?:images|media)\/[a-z]+|materials)\/([A-Za-z0-9._-]+)$/) ?? [];
  if (!folder || !name) return undefined;
  switch (folder) {
    case 'images/rewards': {
      const art = name.endsWith('.svg') ? rewardArt(name.slice(0, -4)) : undefined;
      return art ? { type: SVG, body: art } : undefined;
    }
    case 'images/courses': {
      const course = COURSES.find((candidate) => `${candidate.id}.svg` === name);
      return course && { type: SVG, body: courseImage(course) };
    }
    case 'images/materials': {
      const asset = ASSETS.find((candidate) => `${candidate.slug}.svg` === name);
      return asset && { type: SVG, body: materialPreview(asset) };
    }
    case 'materials':
      return materialFile(name);
    case 'media/courses':
      return lessonFile(name);
    case 'media/webinars': {
      const webinar = WEBINARS.find((candidate) => candidate.inDays < 0 && `${candidate.id.replace(/^web_/, '')}.mp4` === name);
      return webinar && { type: WEBM, body: await placeholderVideo() };
    }
  }
  return undefined;
}

async function materialFile(name: string): Promise<MediaFile | undefined> {
  const [, slug, language, ext] = name.match(/^(.+)\.([a-z]{2})\.([a-z0-9]+)$/) ?? [];
  const asset = ASSETS.find((candidate) => candidate.slug === slug && candidate.languages.includes(language as never));
  if (!asset || !language || FORMATS[asset.type].ext !== ext) return undefined;
  const base = `${slug}.${language}`;
  switch (ext) {
    case 'pdf':
      return { type: PDF, download: name, body: pdfDocument(asset.title.en, materialNotes(asset, language)) };
    case 'zip':
      return {
        type: 'application/zip',
        download: name,
        body: zipArchive([
          { name: 'README.txt', content: [asset.title[language as 'en'], '', asset.description[language as 'en'], '', ...materialNotes(asset, language), ''].join('\r\n') },
          { name: `${asset.slug}.svg`, content: materialPreview(asset) },
        ]),
      };
    case 'mp4':
      return { type: WEBM, download: `${base}.webm`, body: await placeholderVideo() };
  }
  return undefined;
}

function materialNotes(asset: AssetDefinition, language: string): string[] {
  return [
    asset.description.en,
    `Language version: ${LANGUAGE_NAMES[language] ?? language}. Product line: ${asset.productLine}.`,
    'This is a placeholder from the Nordlys Tools partner portal demo. A supplier publishes its real file here; the portal counted this download.',
  ];
}

async function lessonFile(name: string): Promise<MediaFile | undefined> {
  const [, media, ext, language] = name.match(/^(.+?)(\.mp4|\.([a-z]{2})\.vtt|\.pdf)$/) ?? [];
  for (const course of COURSES) {
    const lesson = course.lessons.find((candidate) => candidate.media === media && candidate.kind === (ext === '.pdf' ? 'DOCUMENT' : 'VIDEO'));
    if (!lesson) continue;
    if (ext === '.mp4') return { type: WEBM, body: await placeholderVideo() };
    if (ext === '.pdf') {
      return {
        type: PDF,
        body: pdfDocument(lesson.title.en, [
          `A document of the course "${course.title.en}" in the Nordlys Academy.`,
          'This is a placeholder from the Nordlys Tools partner portal demo: a supplier publishes the real document here.',
        ]),
      };
    }
    const lang = CAPTION_LANGUAGES.find((candidate) => candidate === language);
    if (!lang) return undefined;
    const half = PLACEHOLDER_VIDEO.seconds / 2;
    const [first, second] = CAPTION_TEXTS[lang];
    return {
      type: 'text/vtt; charset=utf-8',
      body: webVtt([
        [0, half, `${lesson.title[lang] ?? lesson.title.en}: ${first}`],
        [half, PLACEHOLDER_VIDEO.seconds, second],
      ]),
    };
  }
  return undefined;
}
