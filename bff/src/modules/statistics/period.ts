import { STATISTICS_MAX_DAYS, type StatisticsQuery } from '@onetrip/shared';
import { StatisticsErrors } from './statistics.errors';

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DEFAULT_DAYS = 30;

/** Days since 1970-01-01 in Asia/Shanghai (UTC+8, no daylight saving). */
const dayOf = (instant: Date) => Math.floor((instant.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);
/** `YYYY-MM-DD` (already validated by the query schema) → its day number. */
const dayOfIso = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export interface Period {
  from: string;
  to: string;
  /** the first instant of `from` and the last of `to`, Shanghai time */
  start: Date;
  end: Date;
}

/**
 * The period of a statistics request in Shanghai days, both ends included;
 * default the 30 days up to today. Outcomes: the period; 400
 * VALIDATION_FAILED when it is reversed or longer than 366 days (also when
 * only one end was given and the default of the other makes it so).
 */
export function periodOf(query: Pick<StatisticsQuery, 'from' | 'to'>, now: Date): Period {
  const toDay = query.to ? dayOfIso(query.to) : dayOf(now);
  const fromDay = query.from ? dayOfIso(query.from) : toDay - (DEFAULT_DAYS - 1);
  if (fromDay > toDay || toDay - fromDay >= STATISTICS_MAX_DAYS) {
    const message = fromDay > toDay ? '开始日期不能晚于结束日期' : `统计区间最长 ${STATISTICS_MAX_DAYS} 天`;
    throw StatisticsErrors.badPeriod(message);
  }
  return {
    from: isoOf(fromDay),
    to: isoOf(toDay),
    start: new Date(fromDay * DAY_MS - SHANGHAI_OFFSET_MS),
    end: new Date((toDay + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1),
  };
}
