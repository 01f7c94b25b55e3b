import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGB PNG of `width`×`height` whose pixel colours `colourAt` gives (no image library needed). */
export function encodePng(width: number, height: number, colourAt: (x: number, y: number) => Rgb): Buffer {
  const stride = 1 + width * 3;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    // Filter byte 0 (none) at the start of every row.
    for (let x = 0; x < width; x += 1) raw.set(colourAt(x, y), y * stride + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter variants, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** 二寸 at 300 dpi (35 × 49 mm). */
export const PHOTO_WIDTH = 413;
export const PHOTO_HEIGHT = 579;

const WHITE: Rgb = [255, 255, 255];
const FRAME: Rgb = [200, 200, 200];
const FIGURE: Rgb = [92, 112, 140];
const GUIDE: Rgb = [220, 60, 60];

const inEllipse = (x: number, y: number, cx: number, cy: number, rx: number, ry: number) =>
  ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;

/**
 * 证件照示例: a head-and-shoulders figure on the white background the
 * materials ask for, centred, the head about two thirds of the height, with
 * red marks where the top of the head and the chin should fall.
 */
export function photoSamplePng(): Buffer {
  const cx = PHOTO_WIDTH / 2;
  return encodePng(PHOTO_WIDTH, PHOTO_HEIGHT, (x, y) => {
    if (x < 3 || y < 3 || x >= PHOTO_WIDTH - 3 || y >= PHOTO_HEIGHT - 3) return FRAME;
    const mark = (y === 70 || y === 71 || y === 370 || y === 371) && (x < 40 || x > PHOTO_WIDTH - 40);
    if (mark) return GUIDE;
    const head = inEllipse(x, y, cx, 220, 105, 150);
    const neck = Math.abs(x - cx) < 48 && y > 330 && y < 420;
    const shoulders = y > 400 && inEllipse(x, y, cx, 600, 200, 200);
    return head || neck || shoulders ? FIGURE : WHITE;
  });
}
