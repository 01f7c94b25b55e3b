import { AppError } from '../../lib/app-error';

/** A chase refused because the case was chased less than an hour ago: 429 with the seconds to wait. */
export class ChaseTooSoonError extends AppError {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

/** Expected failures of the centre's supervision, each with its contract code. */
export const SupervisionErrors = {
  /** Reversed, or longer than the longest period (named on `from`). */
  badPeriod: (message: string) =>
    new AppError('VALIDATION_FAILED', message, [{ in: 'querystring', path: 'from', message }]),
  caseNotFound: () => new AppError('NOT_FOUND', '未找到该办件'),
  notChaseable: (why: string) => new AppError('INVALID_STATE', why),
  /** The case kept changing while the chase was written: nothing was written. */
  busy: () => new AppError('VERSION_CONFLICT', '办件正在办理中，请稍后再催办'),
  chasedRecently: (at: string, retryAfter: number) =>
    new ChaseTooSoonError(`该办件已于 ${at} 催办，1 小时内不能重复催办`, retryAfter),
} as const;
