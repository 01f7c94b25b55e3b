import { IMAGE_TOO_SMALL, imageTooSmallMessage, MIN_IMAGE_SIDE } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

const mb = (bytes: number) => Math.floor(bytes / (1024 * 1024));

/** 429 QUOTA_EXCEEDED; `retryAfter` (seconds) when waiting helps (the day's quota). */
export class QuotaError extends AppError {
  constructor(
    message: string,
    readonly retryAfter?: number,
  ) {
    super('QUOTA_EXCEEDED', message, [{ in: 'body', path: 'file', message }]);
  }
}

/** The uploads module's expected failures, each with a code from the contract. */
export const UploadErrors = {
  /** Unknown upload, another user's that the caller may not see, or a stored file that is gone or corrupted. */
  notFound: () => new AppError('NOT_FOUND', '材料不存在'),
  inUse: () => new AppError('INVALID_STATE', '材料已被办件使用，不能删除'),
  tooLarge: (maxBytes: number) => new AppError('PAYLOAD_TOO_LARGE', `文件不能超过${mb(maxBytes)}MB`),
  dayQuota: (limit: number, retryAfter: number) =>
    new QuotaError(`今日上传的文件已达上限（${mb(limit)}MB），请明天再上传`, retryAfter),
  totalQuota: (limit: number) => new QuotaError(`您上传的文件总量已达上限（${mb(limit)}MB），请先删除不再需要的材料`),
  wrongType: (message = '仅支持 JPG、PNG 图片或 PDF 文件') => new AppError('UNSUPPORTED_MEDIA_TYPE', message),
  /** The multipart body is not one part `file`. */
  badForm: (message: string) => new AppError('VALIDATION_FAILED', message, [{ in: 'body', path: 'file', message }]),
  /** A JPEG or PNG too small to read (shorter side under `MIN_IMAGE_SIDE`): its size, and how to do better. */
  imageTooSmall: ({ width, height }: { width: number; height: number }) => {
    const message = imageTooSmallMessage(width, height);
    return new AppError('VALIDATION_FAILED', message, [
      { in: 'body', path: 'file', message, reason: IMAGE_TOO_SMALL, width, height, min: MIN_IMAGE_SIDE },
    ]);
  },
  /** Upload ids given to a case that do not exist or are not the caller's: one detail per id. */
  unusable: (ids: string[]) =>
    new AppError(
      'VALIDATION_FAILED',
      '部分材料不存在或不属于您',
      ids.map((id) => ({ in: 'body', path: 'uploadIds', id, message: '材料不存在或不属于您' })),
    ),
} as const;
