import { type UploadMime } from './uploads.model';

/** The magic bytes each accepted type starts with; nothing else is accepted, whatever its name or declared type. */
const SIGNATURES: { mime: UploadMime; bytes: number[] }[] = [
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

/** How many leading bytes sniffMime needs. */
export const SNIFF_BYTES = 8;

/** The type of a file from its first bytes, or null when it is none of JPEG, PNG, PDF. */
export function sniffMime(head: Buffer): UploadMime | null {
  const hit = SIGNATURES.find((s) => s.bytes.length <= head.length && s.bytes.every((b, i) => head[i] === b));
  return hit?.mime ?? null;
}

export const EXTENSIONS: Record<UploadMime, string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/pdf': ['.pdf'],
};
