import { type RequestProblem } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

const invalid = (message: string, details: RequestProblem[]) => new AppError('VALIDATION_FAILED', message, details);

/** Expected failures of the catalog, each with its contract code. */
export const CatalogErrors = {
  itemNotFound: () => new AppError('NOT_FOUND', '未找到该事项'),
  itemVersionNotFound: () => new AppError('NOT_FOUND', '未找到该事项的指定版本'),
  chainNotFound: () => new AppError('NOT_FOUND', '未找到该一链办理事项'),
  chainVersionNotFound: () => new AppError('NOT_FOUND', '未找到该一链办理事项的指定版本'),
  qrNotFound: () => new AppError('NOT_FOUND', '二维码无效或已失效'),
  /** Someone else changed the item or chain between our read and our write, or If-Match is stale. */
  versionConflict: () => new AppError('VERSION_CONFLICT', '内容已被他人更新，请刷新后重试'),
  unknownChainItems: (codes: string[]) =>
    invalid(
      '一链办理包含不存在的事项',
      codes.map((code) => ({ in: 'body' as const, path: 'items', message: `事项不存在：${code}` })),
    ),
  chainConflicts: (details: RequestProblem[]) => invalid('一链办理中的事项无法合并', details),
  unknownQrTarget: (target: string) =>
    invalid('二维码指向的对象不存在', [{ in: 'body', path: 'target', message: `不存在：${target}` }]),
  qrKindNotCreatable: (kind: string) =>
    invalid('该类型的二维码由业务流程自动生成', [{ in: 'body', path: 'kind', message: `不能手工生成：${kind}` }]),
  badIfMatch: () => invalid('If-Match 应为版本号', [{ in: 'headers', path: 'if-match', message: '应为正整数版本号' }]),

  // Catalog files (样表, 空白表格, 结果样本)
  /** Unknown id, or a stored file that is gone or damaged (logged for operators). */
  fileNotFound: () => new AppError('NOT_FOUND', '文件不存在'),
  fileTooLarge: (maxBytes: number) =>
    new AppError('PAYLOAD_TOO_LARGE', `文件不能超过${Math.floor(maxBytes / (1024 * 1024))}MB`),
  fileWrongType: (message = '仅支持 JPG、PNG 图片或 PDF 文件') => new AppError('UNSUPPORTED_MEDIA_TYPE', message),
  /** The multipart body is not one part `file`, or the image breaks a rule of size. */
  badFile: (message: string) => invalid(message, [{ in: 'body', path: 'file', message }]),
  /** A guide names catalog files that do not exist: one detail per reference. */
  unknownFiles: (refs: { path: string; id: string }[]) =>
    invalid(
      '指南引用了不存在的文件',
      refs.map(({ path, id }) => ({ in: 'body' as const, path, id, message: `文件不存在：${id}` })),
    ),

  // Drafts
  draftNotFound: () => new AppError('NOT_FOUND', '该事项没有待发布的草稿'),
  /** The draft is not a valid guide yet: every problem, as the draft's `problems` say. */
  draftInvalid: (details: RequestProblem[]) => invalid('草稿还不完整，不能发布', details),
} as const;
