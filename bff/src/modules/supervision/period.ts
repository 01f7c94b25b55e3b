import { SUPERVISION_MAX_DAYS, type SupervisionQuery } from '@onetrip/shared';
import { beijingDate } from '../../lib/beijing-date';
import { SupervisionErrors } from './supervision.errors';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM-DD` (validated by the query schema) → days since 1970-01-01. */
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export interface SupervisionPeriod {
  from: string;
  to: string;
  /** every day of the period, `YYYY-MM-DD`, in order */
  days: string[];
  /** the first instant of `from` and the last of `to`, Beijing time */
  start: Date;
  end: Date;
}

/**
 * The period of the supervision's figures, Beijing days, both ends included: `to` defaults to today and
 * `from` to the first day of `to`'s month (this month, by default). Outcomes: the period; 400
 * VALIDATION_FAILED when it is reversed or longer than SUPERVISION_MAX_DAYS (also through a default).
 */
export function supervisionPeriod(query: Pick<SupervisionQuery, 'from' | 'to'>, now: Date): SupervisionPeriod {
  const to = query.to ?? beijingDate(now);
  const from = query.from ?? `${to.slice(0, 8)}01`;
  const [first, last] = [dayNumber(from), dayNumber(to)];
  if (first > last) throw SupervisionErrors.badPeriod('开始日期不能晚于结束日期');
  if (last - first >= SUPERVISION_MAX_DAYS)
    throw SupervisionErrors.badPeriod(`统计区间最长 ${SUPERVISION_MAX_DAYS} 天`);
  const days = Array.from({ length: last - first + 1 }, (_, i) => isoOf(first + i));
  return {
    from,
    to,
    days,
    start: new Date(first * DAY_MS - SHANGHAI_OFFSET_MS),
    end: new Date((last + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1),
  };
}
