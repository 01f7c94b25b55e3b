import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { CHUNK_BYTES, fileCipher, SEALED_MAGIC } from '../file-cipher';

const KEY = 'ab'.repeat(32);
const cipher = fileCipher(KEY);

/** Runs `bytes` through a transform, fed in pieces of `piece` bytes. */
async function through(transform: NodeJS.ReadWriteStream, bytes: Buffer, piece = 7_777): Promise<Buffer> {
  const pieces = [];
  for (let at = 0; at < bytes.length; at += piece) pieces.push(bytes.subarray(at, at + piece));
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(pieces).pipe(transform)) out.push(chunk as Buffer);
  return Buffer.concat(out);
}
const seal = (plain: Buffer) => through(cipher.seal(), plain);
const open = (sealed: Buffer, key = cipher) => through(key.open(), sealed);

describe('file cipher (chunked AES-256-GCM)', () => {
  it.each([0, 1, 100, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES, 3 * CHUNK_BYTES + 5])(
    'seals and opens %i bytes exactly, with a header and one tag per chunk',
    async (size) => {
      const plain = randomBytes(size);
      const sealed = await seal(plain);
      expect(sealed.subarray(0, 4)).toEqual(SEALED_MAGIC);
      const chunks = Math.max(1, Math.ceil(size / CHUNK_BYTES));
      expect(sealed.length).toBe(20 + size + 16 * chunks);
      expect((await open(sealed)).equals(plain)).toBe(true);
    },
  );

  it('gives two files of the same content different ciphertexts', async () => {
    const plain = randomBytes(1000);
    expect((await seal(plain)).equals(await seal(plain))).toBe(false);
  });

  it('passes through a file stored before encryption (any size, even shorter than the header)', async () => {
    for (const plain of [Buffer.from('%PDF-1.4 legacy'), Buffer.from([0x89, 0x50]), Buffer.alloc(0)]) {
      expect((await open(plain)).equals(plain)).toBe(true);
    }
  });

  it('refuses a wrong key, a flipped bit, a cut, a dropped chunk and extra bytes', async () => {
    const plain = randomBytes(2 * CHUNK_BYTES + 10);
    const sealed = await seal(plain);
    const record = CHUNK_BYTES + 16;
    const flipped = Buffer.from(sealed);
    flipped[100] = (flipped[100] ?? 0) ^ 1;
    const bad = [
      open(sealed, fileCipher('cd'.repeat(32))),
      open(flipped),
      open(sealed.subarray(0, 20 + record)), // cut at a chunk boundary: the last chunk was not the last
      open(sealed.subarray(0, sealed.length - 1)),
      open(Buffer.concat([sealed.subarray(0, 20), sealed.subarray(20 + record)])), // the first chunk dropped
      open(Buffer.concat([sealed, Buffer.from('x')])),
      open(sealed.subarray(0, 10)), // the header cut
    ];
    for (const attempt of bad) await expect(attempt).rejects.toThrow();
  });
});
