import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Files at rest: AES-256-GCM in chunks (the STREAM construction), so a 10 MiB
 * scan is encrypted and decrypted as it flows, holding at most two chunks.
 *
 * Layout (v1): `OTF\x01` + a random 16-byte salt, then one record per 64 KiB
 * of plaintext: ciphertext + 16-byte tag. The file key is HKDF-SHA256 of the
 * data key (`DATA_ENCRYPTION_KEY`, the one of `app.pii`) with that salt, so no
 * two files share a key and the chunk counter is a safe nonce. Each chunk's
 * associated data is the header plus a "last chunk" flag: reordering,
 * truncation and appending all fail the tag check.
 *
 * Files stored before encryption (JPEG, PNG, PDF: none starts with `OTF\x01`)
 * are recognised by their first bytes and passed through as they are.
 */
export const SEALED_MAGIC = Buffer.from([0x4f, 0x54, 0x46, 0x01]);
const SALT_BYTES = 16;
const HEADER_BYTES = SEALED_MAGIC.length + SALT_BYTES;
const TAG_BYTES = 16;
export const CHUNK_BYTES = 64 * 1024;
const RECORD_BYTES = CHUNK_BYTES + TAG_BYTES;
const INFO = Buffer.from('onetrip upload file v1');

export interface FileCipher {
  /** plaintext in, the sealed file out */
  seal(): Transform;
  /** a sealed file (or one stored before encryption) in, plaintext out; a bad tag errors the stream */
  open(): Transform;
}

/** True when `head` (the first bytes of a stored file) starts a sealed file. */
export const isSealedHead = (head: Buffer) => head.subarray(0, SEALED_MAGIC.length).equals(SEALED_MAGIC);

function nonceOf(index: number): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(BigInt(index), 4);
  return nonce;
}

function chunkCipher(key: Buffer, header: Buffer) {
  const fileKey = (salt: Buffer) => Buffer.from(hkdfSync('sha256', key, salt, INFO, 32));
  const aad = (last: boolean) => Buffer.concat([header, Buffer.from([last ? 1 : 0])]);
  const k = fileKey(header.subarray(SEALED_MAGIC.length));
  return {
    encrypt(index: number, plain: Buffer, last: boolean): Buffer {
      const c = createCipheriv('aes-256-gcm', k, nonceOf(index)).setAAD(aad(last));
      return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
    },
    decrypt(index: number, record: Buffer, last: boolean): Buffer {
      const d = createDecipheriv('aes-256-gcm', k, nonceOf(index)).setAAD(aad(last));
      d.setAuthTag(record.subarray(record.length - TAG_BYTES));
      return Buffer.concat([d.update(record.subarray(0, record.length - TAG_BYTES)), d.final()]);
    },
  };
}

/** Accumulates input and hands out fixed-size pieces, keeping the tail for the end. */
class Pending {
  private buf: Buffer = Buffer.alloc(0);
  add(chunk: Buffer) {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
  }
  /** the next `size` bytes while more than `size` are pending (so the last piece is always kept back) */
  takeAbove(size: number): Buffer | null {
    if (this.buf.length <= size) return null;
    const piece = this.buf.subarray(0, size);
    this.buf = this.buf.subarray(size);
    return piece;
  }
  rest(): Buffer {
    return this.buf;
  }
  drop(size: number) {
    this.buf = this.buf.subarray(size);
  }
}

export function fileCipher(dataKeyHex: string): FileCipher {
  const key = Buffer.from(dataKeyHex, 'hex');
  if (key.length !== 32) throw new Error('the data key must be 32 bytes');

  return {
    seal() {
      const header = Buffer.concat([SEALED_MAGIC, randomBytes(SALT_BYTES)]);
      const c = chunkCipher(key, header);
      const pending = new Pending();
      let index = 0;
      let started = false;
      const start = (stream: Transform) => {
        if (!started) stream.push(header);
        started = true;
      };
      return new Transform({
        transform(chunk: Buffer, _enc, done: TransformCallback) {
          start(this);
          pending.add(chunk);
          for (let piece = pending.takeAbove(CHUNK_BYTES); piece; piece = pending.takeAbove(CHUNK_BYTES)) {
            this.push(c.encrypt(index, piece, false));
            index += 1;
          }
          done();
        },
        flush(done: TransformCallback) {
          start(this);
          this.push(c.encrypt(index, pending.rest(), true));
          done();
        },
      });
    },

    open() {
      const pending = new Pending();
      let mode: 'head' | 'sealed' | 'plain' = 'head';
      let c: ReturnType<typeof chunkCipher> | null = null;
      let index = 0;
      /** Sealed or stored before encryption: decided once the header has arrived (or the file ended). */
      const decide = (stream: Transform, atEnd: boolean) => {
        const head = pending.rest();
        const n = Math.min(head.length, SEALED_MAGIC.length);
        const mayBeSealed = head.subarray(0, n).equals(SEALED_MAGIC.subarray(0, n));
        if (mayBeSealed && head.length < HEADER_BYTES) {
          if (!atEnd) return;
          if (head.length >= SEALED_MAGIC.length) throw new Error('sealed file cut short');
        } else if (mayBeSealed) {
          mode = 'sealed';
          c = chunkCipher(key, Buffer.from(head.subarray(0, HEADER_BYTES)));
          pending.drop(HEADER_BYTES);
          return;
        }
        mode = 'plain';
        if (head.length) stream.push(head);
        pending.drop(head.length);
      };
      return new Transform({
        transform(chunk: Buffer, _enc, done: TransformCallback) {
          try {
            if (mode === 'plain') return done(null, chunk);
            pending.add(chunk);
            if (mode === 'head') decide(this, false);
            if (mode === 'sealed' && c) {
              for (let r = pending.takeAbove(RECORD_BYTES); r; r = pending.takeAbove(RECORD_BYTES)) {
                this.push(c.decrypt(index, r, false));
                index += 1;
              }
            }
            done();
          } catch (err) {
            done(err as Error);
          }
        },
        flush(done: TransformCallback) {
          try {
            if (mode === 'head') decide(this, true);
            if (mode === 'sealed' && c) {
              const last = pending.rest();
              if (last.length < TAG_BYTES) throw new Error('sealed file cut short');
              this.push(c.decrypt(index, last, true));
            }
            done();
          } catch (err) {
            done(err as Error);
          }
        },
      });
    },
  };
}
