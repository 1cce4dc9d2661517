/**
 * Makes `demo/placeholder-video.webm`, the clip the demo serves for every seeded video (course
 * lessons, webinar recordings, video materials): a six-second title card with a progress bar,
 * saying that it stands in for the supplier's own recording. No video file can be downloaded
 * here and no encoder ships with Node, so the frames are drawn on a canvas in the local
 * Chromium and encoded by its VP8 encoder (WebCodecs); `webm.ts` puts them in a WebM file.
 *
 *   node --import tsx demo/make-placeholder-video.ts
 */
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { PLACEHOLDER_VIDEO as VIDEO } from './media.js';
import { webm, type Vp8Frame } from './webm.js';

const output = new URL('./placeholder-video.webm', import.meta.url);

/** Runs in the page: draws each frame, encodes it, answers the chunks as base64. */
async function encodeInPage({ width, height, seconds, fps }: typeof VIDEO): Promise<{ timestamp: number; key: boolean; data: string }[]> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const chunks: { timestamp: number; key: boolean; data: string }[] = [];
  const encoder = new VideoEncoder({
    output: (chunk) => {
      const bytes = new Uint8Array(chunk.byteLength);
      chunk.copyTo(bytes);
      chunks.push({ timestamp: Math.round(chunk.timestamp / 1000), key: chunk.type === 'key', data: btoa(String.fromCharCode(...bytes)) });
    },
    error: (error) => {
      throw error;
    },
  });
  encoder.configure({ codec: 'vp8', width, height, bitrate: 40_000, framerate: fps });
  const total = seconds * fps;
  const clock = (s: number) => `0:${String(Math.floor(s)).padStart(2, '0')}`;
  for (let i = 0; i < total; i++) {
    const elapsed = i / fps;
    context.fillStyle = '#17324d';
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#f2b134';
    context.beginPath();
    context.moveTo(40, 84);
    context.lineTo(72, 28);
    context.lineTo(104, 84);
    context.closePath();
    context.fill();
    context.font = '600 26px sans-serif';
    context.fillText('Nordlys Tools', 120, 66);
    context.fillStyle = '#ffffff';
    context.font = '700 54px sans-serif';
    context.fillText('Demo video', 40, 180);
    context.fillStyle = '#c9d7e6';
    context.font = '24px sans-serif';
    context.fillText('A placeholder: the supplier’s own', 40, 226);
    context.fillText('recording plays here.', 40, 258);
    context.fillStyle = '#2f5378';
    context.fillRect(40, 306, width - 180, 12);
    context.fillStyle = '#f2b134';
    context.fillRect(40, 306, ((width - 180) * (i + 1)) / total, 12);
    context.fillStyle = '#ffffff';
    context.font = '20px sans-serif';
    context.fillText(`${clock(elapsed)} / ${clock(seconds)}`, width - 122, 319);
    const frame = new VideoFrame(canvas, { timestamp: Math.round((i * 1_000_000) / fps), duration: Math.round(1_000_000 / fps) });
    // A key frame every two seconds: a player can start anywhere in the clip.
    encoder.encode(frame, { keyFrame: i % (fps * 2) === 0 });
    frame.close();
  }
  await encoder.flush();
  return chunks;
}

async function main(): Promise<void> {
  // WebCodecs needs a secure context: a page from localhost is one, about:blank is not.
  const page = createServer((_request, response) => response.end('<!doctype html><title>encoder</title>'));
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage();
    // tsx keeps function names with a `__name` helper, which the page does not have.
    await tab.addInitScript('globalThis.__name = (fn) => fn');
    await tab.goto(`http://127.0.0.1:${(page.address() as AddressInfo).port}/`);
    const chunks = await tab.evaluate(encodeInPage, VIDEO);
    const frames: Vp8Frame[] = chunks.map((chunk) => ({ timestamp: chunk.timestamp, key: chunk.key, data: Buffer.from(chunk.data, 'base64') }));
    const file = webm({ width: VIDEO.width, height: VIDEO.height, duration: VIDEO.seconds * 1000, frames });
    await writeFile(output, file);
    console.log(`${output.pathname}: ${frames.length} frames, ${file.length} bytes`);
  } finally {
    await browser.close();
    page.close();
  }
}

await main();
