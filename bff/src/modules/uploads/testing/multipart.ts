import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

/** A PNG's signature and IHDR chunk (CRC not checked by the BFF) for an image of `width`×`height`. */
export function pngHead(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 2, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

/** A JPEG's start for an image of `width`×`height`: SOI, APP0 (JFIF), the baseline frame header. */
export function jpegHead(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3]);
  const components = Buffer.from([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, components]);
}

/**
 * Small files that start like the real thing (all the BFF looks at is the start): photos the size of a
 * phone's (the BFF reads their size and refuses one too small to read), a PDF, and what is refused.
 */
export const SAMPLES = {
  jpeg: Buffer.concat([jpegHead(1200, 1600), Buffer.from(' a photo of a document')]),
  png: Buffer.concat([pngHead(1080, 1440), Buffer.from(' a scanned page')]),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n'),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.')]),
  text: Buffer.from('just some text, not a PDF at all\n'),
};

export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  content: Buffer | string;
}

const BOUNDARY = '----onetripTestBoundary7MA4YWxkTrZu0gW';
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

function partHead(p: Pick<Part, 'name' | 'filename' | 'contentType'>): Buffer {
  const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
  const type = p.filename === undefined ? '' : `Content-Type: ${p.contentType ?? 'application/octet-stream'}\r\n`;
  return Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`, 'utf8');
}
const TAIL = Buffer.from(`--${BOUNDARY}--\r\n`);

/** A whole multipart body in memory (inject sends it with a content-length). */
export function multipart(parts: Part[]) {
  const chunks = parts.flatMap((p) => [partHead(p), Buffer.from(p.content), Buffer.from('\r\n')]);
  return { payload: Buffer.concat([...chunks, TAIL]), headers: { 'content-type': MULTIPART_TYPE } };
}

/** One part `file` in a body of one file. */
export const fileBody = (filename: string, content: Buffer, contentType?: string) =>
  multipart([{ name: 'file', filename, content, contentType }]);

/**
 * A multipart body of one `file` part of `size` bytes starting with `head`,
 * produced 64 KiB at a time as it is read — never in memory as a whole, and
 * sent without a content-length.
 */
export function streamedFileBody(filename: string, size: number, head: Buffer = SAMPLES.pdf) {
  const CHUNK = 64 * 1024;
  function* generate() {
    yield partHead({ name: 'file', filename, contentType: 'application/octet-stream' });
    yield head.subarray(0, size);
    for (let sent = Math.min(head.length, size); sent < size; sent += CHUNK) {
      yield Buffer.alloc(Math.min(CHUNK, size - sent), 0x20);
    }
    yield Buffer.from('\r\n');
    yield TAIL;
  }
  return { payload: Readable.from(generate(), { objectMode: false }), headers: { 'content-type': MULTIPART_TYPE } };
}

/** A fresh folder under the OS temp dir: `root` holds `uploads` (the UPLOAD_DIR) and nothing else. */
export function tempUploadRoot() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'onetrip-uploads-'));
  const dir = path.join(root, 'uploads');
  return { root, dir, env: { UPLOAD_DIR: dir }, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file under `dir`, as paths relative to it. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
