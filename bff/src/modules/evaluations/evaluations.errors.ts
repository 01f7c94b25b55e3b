import { AppError } from '../../lib/app-error';

/** Expected failures of ratings and follow-ups, each with its contract code. */
export const EvaluationErrors = {
  caseNotFound: () => new AppError('NOT_FOUND', '未找到该办件'),
  linkNotFound: () => new AppError('NOT_FOUND', '评价链接无效或已使用'),
  followupNotFound: () => new AppError('NOT_FOUND', '未找到该回访'),
  notCompleted: () => new AppError('INVALID_STATE', '办件办结后才能评价'),
  alreadyRated: () => new AppError('INVALID_STATE', '该办件已评价，每件只能评价一次'),
  followupClosed: () => new AppError('INVALID_STATE', '该回访已办结'),
  busy: () => new AppError('VERSION_CONFLICT', '回访已被他人更新，请刷新后重试'),
} as const;
