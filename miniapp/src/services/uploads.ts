import Taro from '@tarojs/taro';
import { type UploadView } from '@onetrip/shared';
import { API_BASE } from '@/config';
import { ApiError, NETWORK_MESSAGE } from './api-error';
import { authHeader, authorized, request, type RawResponse } from './request';

/** A file the user picked: a local path (weapp temp file, or an object URL on H5) and its name. */
export interface LocalFile {
  path: string;
  name: string;
}

/** The contract's limit; checked before sending so nobody waits for a 413. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const uploadUrl = (id: string) => `${API_BASE}/uploads/${encodeURIComponent(id)}`;

/** Taro.uploadFile gives the body as text on both targets. */
function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return data ? (JSON.parse(data) as unknown) : null;
  } catch {
    return data;
  }
}

/**
 * POST /uploads (multipart, part `file`) with the bearer token; `onProgress` gets 0–100 from the
 * UploadTask. Resolves with the stored file; fails with an ApiError (413 too large, 415 not
 * JPEG/PNG/PDF by content, 400 a photo too small to read, NETWORK) after request.ts's refresh-on-401 and
 * toast (none when `silent`: the caller shows it).
 */
export function uploadFile(
  file: LocalFile,
  onProgress?: (percent: number) => void,
  { silent = false }: { silent?: boolean } = {},
): Promise<UploadView> {
  const attempt = async (): Promise<RawResponse> => {
    let res: Taro.uploadFile.SuccessCallbackResult;
    try {
      const task = Taro.uploadFile({
        url: `${API_BASE}/uploads`,
        filePath: file.path,
        name: 'file',
        fileName: file.name,
        header: authHeader(),
        // H5 only: the token travels in a header, and credentialed CORS would need more of the server.
        withCredentials: false,
      });
      task.onProgressUpdate?.((p) => onProgress?.(Math.max(0, Math.min(100, Math.round(p.progress)))));
      res = await task;
    } catch {
      throw new ApiError('NETWORK', NETWORK_MESSAGE, 0);
    }
    return { statusCode: res.statusCode, data: parseBody(res.data) };
  };
  return authorized<UploadView>(attempt, { silent });
}

/**
 * DELETE /uploads/:id — only for a file no case uses any more (unlink it from the material first);
 * silent, since the material is already updated and a left-over file harms nobody.
 */
export function deleteUpload(id: string): Promise<void> {
  return request<void>(`/uploads/${encodeURIComponent(id)}`, { method: 'DELETE', silent: true });
}
