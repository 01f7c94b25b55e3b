import { AppError } from '../../lib/app-error';

/** Filing refused because the day's filings are used up: 429 with the seconds until Beijing midnight. */
export class ComplaintLimitError extends AppError {
  constructor(readonly retryAfter: number) {
    super('RATE_LIMITED', '今天提交的投诉建议已达上限，请明天再提交；如情况紧急，请拨打 12345 政务服务便民热线');
  }
}

/** Expected failures of 投诉建议, each with its contract code. */
export const ComplaintErrors = {
  notFound: () => new AppError('NOT_FOUND', '未找到该投诉建议'),
  caseNotFound: () =>
    new AppError('NOT_FOUND', '未找到该办件', [{ in: 'body', path: 'about.caseId', message: '未找到该办件' }]),
  caseNotSubmitted: () => new AppError('INVALID_STATE', '办件提交后才能就其投诉，草稿请直接修改或撤回'),
  windowNotFound: () =>
    new AppError('NOT_FOUND', '未找到该窗口', [{ in: 'body', path: 'about.group', message: '未找到该窗口' }]),
  /** Photos that are not the filer's own JPEG/PNG uploads (each id in the details). */
  badPhotos: (ids: string[]) =>
    new AppError(
      'VALIDATION_FAILED',
      '照片无效：只能使用本人上传的 JPG 或 PNG 图片',
      ids.map((id) => ({ in: 'body' as const, path: 'photos', id, message: '不是本人上传的图片' })),
    ),
  limit: (retryAfter: number) => new ComplaintLimitError(retryAfter),
  notAnswerable: () => new AppError('INVALID_STATE', '该投诉建议已答复，无需重复答复'),
  notRateable: (why: string) => new AppError('INVALID_STATE', why),
  versionConflict: () => new AppError('VERSION_CONFLICT', '该投诉建议已被他人处理，请刷新后重试'),
  notSupervisor: () => new AppError('FORBIDDEN', '只有管理员和部门负责人可以处理投诉建议'),
} as const;
