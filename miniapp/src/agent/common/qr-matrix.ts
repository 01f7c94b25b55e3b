import { create } from 'qrcode/lib/core/qrcode';

/** One row of a QR symbol as alternating runs, first one light or dark as it comes. */
export interface QrRun {
  dark: boolean;
  length: number;
}

export interface QrMatrix {
  /** modules per side (21 for version 1, +4 per version) */
  size: number;
  rows: QrRun[][];
}

/**
 * UTF-8 bytes of the text. Handing the encoder bytes (a byte segment) rather than a string spares it
 * the `TextEncoder` it would otherwise call, which WeChat's JavaScript engine does not promise.
 */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/**
 * The modules of a QR code for `text` (error correction M: a phone still reads it when part of the
 * screen glares), as runs per row so the grid needs a few hundred views rather than one per module.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = create([{ data: utf8Bytes(text), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  const rows: QrRun[][] = [];
  for (let r = 0; r < size; r += 1) {
    const runs: QrRun[] = [];
    for (let c = 0; c < size; c += 1) {
      const dark = data[r * size + c] === 1;
      const last = runs[runs.length - 1];
      if (last && last.dark === dark) last.length += 1;
      else runs.push({ dark, length: 1 });
    }
    rows.push(runs);
  }
  return { size, rows };
}
