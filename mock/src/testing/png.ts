import { crc32, inflateSync } from 'node:zlib';

/**
 * Reads back the 1-bit greyscale PNGs the wxacode simulator writes, checking
 * every chunk's CRC, so tests can look at the pixels.
 */
export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** True when the pixel at (x, y) is black. */
  isBlack(x: number, y: number): boolean;
}

export function decodeBilevelPng(png: Buffer): DecodedPng {
  let offset = 8;
  let header: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) >>> 0 !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const pixels = inflateSync(Buffer.concat(idat));
  const rowBytes = 1 + Math.ceil(width / 8);
  if (pixels.length !== rowBytes * height) throw new Error('pixel data has the wrong length');
  return {
    width,
    height,
    bitDepth: header[8] ?? 0,
    colorType: header[9] ?? 0,
    isBlack(x, y) {
      if (pixels[y * rowBytes] !== 0) throw new Error('only filter type 0 is supported');
      const byte = pixels[y * rowBytes + 1 + (x >> 3)] ?? 0;
      return (byte & (0x80 >> (x & 7))) === 0;
    },
  };
}
