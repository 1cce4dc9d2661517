/**
 * A WebM file from VP8 frames: the few Matroska elements a browser needs to play a short clip
 * (header, info with its duration, one video track, one cluster of simple blocks). Used by
 * `make-placeholder-video.ts`; the frames come from Chromium's own VP8 encoder (WebCodecs).
 */

export interface Vp8Frame {
  /** Milliseconds from the start. */
  timestamp: number;
  key: boolean;
  data: Uint8Array;
}

export interface WebmVideo {
  width: number;
  height: number;
  /** Milliseconds; the last frame lasts until then. */
  duration: number;
  frames: Vp8Frame[];
}

export function webm({ width, height, duration, frames }: WebmVideo): Buffer {
  if (frames.some((frame) => frame.timestamp > 32_767)) throw new Error('One cluster holds at most 32.767 s (16-bit block timecodes).');
  const header = element(0x1a45dfa3, [
    uint(0x4286, 1), // EBMLVersion
    uint(0x42f7, 1), // EBMLReadVersion
    uint(0x42f2, 4), // EBMLMaxIDLength
    uint(0x42f3, 8), // EBMLMaxSizeLength
    text(0x4282, 'webm'), // DocType
    uint(0x4287, 2), // DocTypeVersion: SimpleBlock needs 2
    uint(0x4285, 2), // DocTypeReadVersion
  ]);
  const info = element(0x1549a966, [
    uint(0x2ad7b1, 1_000_000), // TimecodeScale: timecodes in milliseconds
    float(0x4489, duration), // Duration
    text(0x4d80, 'partner-portal-kit demo'), // MuxingApp
    text(0x5741, 'partner-portal-kit demo'), // WritingApp
  ]);
  const tracks = element(0x1654ae6b, [
    element(0xae, [
      uint(0xd7, 1), // TrackNumber
      uint(0x73c5, 1), // TrackUID
      uint(0x83, 1), // TrackType: video
      uint(0x9c, 0), // FlagLacing
      text(0x86, 'V_VP8'), // CodecID
      element(0xe0, [uint(0xb0, width), uint(0xba, height)]), // Video: PixelWidth, PixelHeight
    ]),
  ]);
  const cluster = element(0x1f43b675, [
    uint(0xe7, 0), // Timecode
    ...frames.map((frame) => {
      const block = Buffer.alloc(4);
      block[0] = 0x81; // track 1 as a one-byte variable-size integer
      block.writeInt16BE(frame.timestamp, 1);
      block[3] = frame.key ? 0x80 : 0x00;
      return element(0xa3, [block, Buffer.from(frame.data)]); // SimpleBlock
    }),
  ]);
  return Buffer.concat([header, element(0x18538067, [info, tracks, cluster])]);
}

function element(id: number, children: Buffer[]): Buffer {
  const body = Buffer.concat(children);
  return Buffer.concat([idBytes(id), size(body.length), body]);
}

function idBytes(id: number): Buffer {
  const bytes: number[] = [];
  for (let rest = id; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from(bytes);
}

/** Element sizes as 8-byte variable-size integers: simple, and any size fits. */
function size(length: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(length));
  bytes[0] = 0x01;
  return bytes;
}

function uint(id: number, value: number): Buffer {
  const bytes: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return element(id, [Buffer.from(bytes.length ? bytes : [0])]);
}

function float(id: number, value: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleBE(value);
  return element(id, [bytes]);
}

function text(id: number, value: string): Buffer {
  return element(id, [Buffer.from(value, 'utf8')]);
}
