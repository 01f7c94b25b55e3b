import { AppError } from '../../lib/app-error';

/** The uploads module's expected failures, each with a code from the contract. */

/** Unknown upload, another user's that the caller may not see, or a stored file that is gone or corrupted. */
export class UploadNotFoundError extends AppError {
  constructor() {
    super('NOT_FOUND', '材料不存在');
  }
}

export class UploadInUseError extends AppError {
  constructor() {
    super('INVALID_STATE', '材料已被办件使用，不能删除');
  }
}

export class UploadTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super('PAYLOAD_TOO_LARGE', `文件不能超过${Math.floor(maxBytes / (1024 * 1024))}MB`);
  }
}

export class UploadTypeError extends AppError {
  constructor(message = '仅支持 JPG、PNG 图片或 PDF 文件') {
    super('UNSUPPORTED_MEDIA_TYPE', message);
  }
}

/** The multipart body is not one part `file`. */
export class UploadFormError extends AppError {
  constructor(message: string) {
    super('VALIDATION_FAILED', message, [{ in: 'body', path: 'file', message }]);
  }
}

/** Upload ids given to a case that do not exist or are not the caller's. */
export class UnusableUploadsError extends AppError {
  constructor(ids: string[]) {
    super(
      'VALIDATION_FAILED',
      '部分材料不存在或不属于您',
      ids.map((id) => ({ in: 'body', path: 'uploadIds', id, message: '材料不存在或不属于您' })),
    );
  }
}
