import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A real greyscale PNG of `width`×`height`: a light page with darker lines of "text". */
export function pngOf(width: number, height: number): Buffer {
  const stride = 1 + width;
  const raw = Buffer.alloc(stride * height, 0xf0);
  for (let y = 0; y < height; y += 1) {
    raw[y * stride] = 0; // filter: none
    if (y % 24 >= 18)
      raw.fill(0x40, y * stride + 1 + Math.floor(width / 10), y * stride + 1 + width - Math.floor(width / 10));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8 bits, greyscale, deflate, no filter variants, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A photo of a document large enough to read (the BFF refuses one whose shorter side is under 240 px). */
export const documentPng = (): Buffer => pngOf(480, 640);

/** A 1×1 PNG: what the BFF refuses as too small to read. */
export const tinyPng = (): Buffer => pngOf(1, 1);

export const pngFile = (name: string) => ({ name, mimeType: 'image/png', buffer: documentPng() });
