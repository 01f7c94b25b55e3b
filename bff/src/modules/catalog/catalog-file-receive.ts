import { type Readable } from 'node:stream';
import { type FastifyRequest } from 'fastify';
import { CATALOG_FILE_MAX_BYTES } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';
import { CatalogErrors } from './catalog.errors';

/** Room for the multipart boundaries and part headers around the file itself. */
const ENVELOPE_BYTES = 16 * 1024;

export interface ReceivedCatalogFile {
  bytes: Buffer;
  filename: string;
}

async function discard(file: Readable): Promise<void> {
  for await (const chunk of file) void chunk;
}

/**
 * Reads the one part `file` of an admin's multipart request into memory
 * (catalog files are at most 5 MiB, sent by a few admins). As for uploads,
 * parsing runs to the end of the body, so the client reads the answer rather
 * than a reset. Throws 415 (not multipart), 413 (over 5 MiB, declared or
 * found), 400 `file` (no such part, several files, a malformed body).
 */
export async function receiveCatalogFile(request: FastifyRequest): Promise<ReceivedCatalogFile> {
  if (!request.isMultipart()) throw CatalogErrors.fileWrongType('请以 multipart/form-data 上传文件');
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > CATALOG_FILE_MAX_BYTES + ENVELOPE_BYTES) throw CatalogErrors.fileTooLarge(CATALOG_FILE_MAX_BYTES);

  let received: ReceivedCatalogFile | null = null;
  let truncated = false;
  let extraFiles = 0;
  try {
    for await (const part of request.parts({ limits: { fileSize: CATALOG_FILE_MAX_BYTES } })) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file' || received) {
        extraFiles += 1;
        await discard(part.file);
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file as AsyncIterable<Buffer>) chunks.push(chunk);
      truncated = part.file.truncated;
      received = { bytes: Buffer.concat(chunks), filename: part.filename };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    // The parser stopped early: drop what is still coming so the connection can carry the answer.
    request.raw.unpipe();
    request.raw.resume();
    request.log.info({ action: 'catalog-file', err: { message: (err as Error).message } }, 'multipart body refused');
    throw CatalogErrors.badFile('上传内容格式不正确，或一次上传了太多内容');
  }
  if (!received) throw CatalogErrors.badFile('请选择要上传的文件（字段 file）');
  if (extraFiles) throw CatalogErrors.badFile('一次只能上传一个文件');
  if (truncated) throw CatalogErrors.fileTooLarge(CATALOG_FILE_MAX_BYTES);
  return received;
}
