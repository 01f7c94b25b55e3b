import { type RequestProblem } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

/** Expected failures of the holiday calendars, each with its contract code. */
export const HolidayErrors = {
  /** Dates the body schema cannot check alone (outside the year of the path), one detail per date. */
  badDates: (details: RequestProblem[]) =>
    new AppError('VALIDATION_FAILED', details[0]?.message ?? '日期不正确', details),
} as const;
