import { AppError } from '../../lib/app-error';

/** Expected failures of the centre statistics, each with its contract code. */
export const StatisticsErrors = {
  noDepartment: () => new AppError('FORBIDDEN', '您尚未设置所属部门'),
  otherDepartment: () => new AppError('FORBIDDEN', '只能查看本部门的统计'),
  /** Reversed, or longer than the longest period (named on `from`). */
  badPeriod: (message: string) =>
    new AppError('VALIDATION_FAILED', message, [{ in: 'querystring', path: 'from', message }]),
} as const;
