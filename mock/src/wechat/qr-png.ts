import { crc32, deflateSync } from 'node:zlib';
import { create } from 'qrcode';

/**
 * Draws a QR code as a 1-bit greyscale PNG. The `qrcode` library encodes;
 * we write the PNG ourselves because its PNG path (pngjs, RGBA, five
 * filters tried per row) takes tens of seconds per image under Jest's VM,
 * while this takes milliseconds anywhere.
 */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** White modules around the symbol, as ISO/IEC 18004 asks of scanners' input. */
export const QUIET_ZONE = 4;

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** A `width`×`width` PNG of `text`'s QR code (error correction M). */
export function qrCodePng(text: string, width: number): Buffer {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const total = size + QUIET_ZONE * 2;
  // Pixel → module index; modules come out 1 px wider or narrower at most.
  const moduleAt = (px: number): number => Math.floor((px * total) / width) - QUIET_ZONE;
  const dark = (row: number, col: number): boolean =>
    row >= 0 && row < size && col >= 0 && col < size && modules.data[row * size + col] === 1;

  const rowBytes = Math.ceil(width / 8);
  const rows = new Map<number, Buffer>();
  const rowOf = (moduleRow: number): Buffer => {
    const cached = rows.get(moduleRow);
    if (cached) return cached;
    // Byte 0 is the filter type (0, none); a 0 bit is black, a 1 bit white.
    const row = Buffer.alloc(1 + rowBytes);
    for (let x = 0; x < width; x += 1) {
      const at = 1 + (x >> 3);
      if (!dark(moduleRow, moduleAt(x))) row[at] = (row[at] ?? 0) | (0x80 >> (x & 7));
    }
    rows.set(moduleRow, row);
    return row;
  };
  const pixels = Buffer.concat(Array.from({ length: width }, (_, y) => rowOf(moduleAt(y))));

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(width, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; bytes 10-12: deflate, adaptive filtering, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
