import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type FastifyRequest } from 'fastify';
import { isImageTooSmall } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';
import { type FileCipher } from '../../lib/storage/file-cipher';
import { type FileStorage } from '../../lib/storage/storage';
import { isStorageFull } from '../../lib/storage/storage-full';
import { imageSize } from '../../lib/image-size';
import { SNIFF_BYTES, sniffMime } from './file-type';
import { type UploadMime } from './uploads.model';
import { UploadErrors } from './uploads.errors';

/**
 * How much of the file's start is kept to read a photo's size: a JPEG's frame header comes after its EXIF
 * (with a thumbnail) and colour profile, which phones keep well within this.
 */
const HEAD_BYTES = 256 * 1024;

/** Room for the multipart boundaries and part headers around the file itself. */
const ENVELOPE_BYTES = 16 * 1024;

export interface ReceivedFile {
  tempPath: string;
  filename: string;
  mime: UploadMime;
  size: number;
  sha256: string;
}

interface Spooled {
  tempPath: string;
  filename: string;
  size: number;
  sha256: string;
  head: Buffer;
  truncated: boolean;
}

/**
 * Writes a part to `tempPath` chunk by chunk, hashing and counting the plaintext on the way and encrypting it
 * before it reaches the disk (never the whole file in memory; no plaintext on disk, not even in the temp file).
 */
async function spool(
  file: Readable & { truncated?: boolean },
  tempPath: string,
  filename: string,
  cipher: FileCipher,
): Promise<Spooled> {
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  await pipeline(
    file,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < HEAD_BYTES) head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        yield chunk;
      }
    },
    cipher.seal(),
    createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }),
  );
  return { tempPath, filename, size, sha256: hash.digest('hex'), head, truncated: file.truncated === true };
}

/** Reads and drops a part we do not want, so parsing goes on to the end of the body. */
async function discard(file: Readable): Promise<void> {
  for await (const chunk of file) void chunk;
}

/**
 * Reads the one part `file` of a multipart request into a temp file of the
 * storage, encrypted (lib/storage/file-cipher.ts). Parsing always runs to the end of the body (an over-size file is
 * cut at the limit and the rest skipped by the parser), so the client reads
 * our answer instead of a reset connection.
 *
 * Outcomes: the checked file (the caller owns `tempPath`); otherwise the temp
 * file is removed and it throws 415 UNSUPPORTED_MEDIA_TYPE (not multipart, or not
 * JPEG/PNG/PDF by content), 413 PAYLOAD_TOO_LARGE, 400 VALIDATION_FAILED (no
 * `file` part, several files, malformed body; a JPEG or PNG whose shorter side is under `MIN_IMAGE_SIDE`,
 * reason `IMAGE_TOO_SMALL` with its size).
 */
export async function receiveUpload(
  request: FastifyRequest,
  storage: FileStorage,
  cipher: FileCipher,
  maxBytes: number,
): Promise<ReceivedFile> {
  if (!request.isMultipart()) throw UploadErrors.wrongType('请以 multipart/form-data 上传文件');
  const declared = Number(request.headers['content-length'] ?? 0);
  // Refused before reading; Node discards the unread body so the client still gets the answer.
  if (declared > maxBytes + ENVELOPE_BYTES) throw UploadErrors.tooLarge(maxBytes);

  let tempPath: string | null = null;
  let spooled: Spooled | null = null;
  let extraFiles = 0;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes } })) {
      if (part.type !== 'file') continue;
      if (part.fieldname === 'file' && !tempPath) {
        tempPath = await storage.tempPath();
        spooled = await spool(part.file, tempPath, part.filename, cipher);
      } else {
        extraFiles += 1;
        await discard(part.file);
      }
    }
    if (!spooled) throw UploadErrors.badForm('请选择要上传的文件（字段 file）');
    if (extraFiles) throw UploadErrors.badForm('一次只能上传一个文件');
    if (spooled.truncated) throw UploadErrors.tooLarge(maxBytes);
    const mime = sniffMime(spooled.head.subarray(0, SNIFF_BYTES));
    if (!mime) throw UploadErrors.wrongType();
    // A photo no one can read is refused with its size; one whose header is not where we look is let through.
    const pixels = mime === 'application/pdf' ? null : imageSize(spooled.head, mime);
    if (pixels && isImageTooSmall(pixels.width, pixels.height)) throw UploadErrors.imageTooSmall(pixels);
    return { tempPath: spooled.tempPath, filename: spooled.filename, mime, size: spooled.size, sha256: spooled.sha256 };
  } catch (err) {
    if (tempPath) await unlink(tempPath).catch(() => undefined);
    if (err instanceof AppError) throw err;
    // The parser stopped early: drop what is still coming so the connection can carry the answer.
    request.raw.unpipe();
    request.raw.resume();
    // A full disk is not the client's doing: the error handler answers 507 STORAGE_FULL and logs an error.
    if (isStorageFull(err)) throw err;
    // The parser's own refusals (limits, malformed or cut-off bodies) are the client's doing.
    request.log.info({ action: 'upload', err: { message: (err as Error).message } }, 'multipart body refused');
    throw UploadErrors.badForm('上传内容格式不正确，或一次上传了太多内容');
  }
}
