import { addWorkingDays, type HolidayCalendar } from '@onetrip/shared';

/** A year's days off and make-up working days as the page edits them (sorted `YYYY-MM-DD`). */
export interface CalendarDraft {
  days: string[];
  workdays: string[];
}

export type DayKind = 'off' | 'work';

export interface DayEntry {
  date: string;
  kind: DayKind;
  /** 周一 … 周日 */
  weekday: string;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const sorted = (list: string[]) => [...new Set(list)].sort();

/** The entries of a draft grouped by month (1–12), each month's days in order; months without any left out. */
export function monthsOf(draft: CalendarDraft): Array<{ month: number; entries: DayEntry[] }> {
  const entries: DayEntry[] = [
    ...draft.days.map((date) => ({ date, kind: 'off' as const, weekday: WEEKDAYS[weekdayOf(date)] ?? '' })),
    ...draft.workdays.map((date) => ({ date, kind: 'work' as const, weekday: WEEKDAYS[weekdayOf(date)] ?? '' })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const months = new Map<number, DayEntry[]>();
  for (const entry of entries) {
    const month = Number(entry.date.slice(5, 7));
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  return [...months.entries()].map(([month, list]) => ({ month, entries: list }));
}

/** Adds one day off or make-up working day, with the rules the server applies (in the year; 调休 only on a weekend). */
export function addDay(
  draft: CalendarDraft,
  year: number,
  date: string,
  kind: DayKind,
): { draft: CalendarDraft } | { problem: string } {
  if (!ISO.test(date) || Number.isNaN(dayNumber(date))) return { problem: '请选择日期' };
  if (!date.startsWith(`${year}-`)) return { problem: `请选择 ${year} 年的日期` };
  if (draft.days.includes(date) || draft.workdays.includes(date)) return { problem: `${date} 已在列表中` };
  if (kind === 'work' && ![0, 6].includes(weekdayOf(date)))
    return { problem: `${date} 是${WEEKDAYS[weekdayOf(date)]}，本来就上班，无需调休` };
  return {
    draft:
      kind === 'off'
        ? { days: sorted([...draft.days, date]), workdays: draft.workdays }
        : { days: draft.days, workdays: sorted([...draft.workdays, date]) },
  };
}

export function removeDay(draft: CalendarDraft, date: string): CalendarDraft {
  return { days: draft.days.filter((d) => d !== date), workdays: draft.workdays.filter((d) => d !== date) };
}

export const sameCalendar = (a: CalendarDraft, b: CalendarDraft) =>
  sorted(a.days).join() === sorted(b.days).join() && sorted(a.workdays).join() === sorted(b.workdays).join();

export interface Sample {
  /** the day a case is accepted */
  acceptedOn: string;
  /** its promised working days (承诺时限) */
  days: number;
}

/** Promised days the preview tries for each holiday: a short and a long time limit. */
export const SAMPLE_DAYS = [5, 20];
const MAX_PERIODS = 8;

/**
 * Cases whose due dates a holiday can move: accepted on the day before each period off (days in a
 * row) of either calendar, with a short and a long time limit.
 */
export function samplesOf(saved: CalendarDraft, edited: CalendarDraft): Sample[] {
  const off = sorted([...saved.days, ...edited.days]).map(dayNumber);
  const starts = off.filter((day, i) => i === 0 || off[i - 1] !== day - 1).slice(0, MAX_PERIODS);
  return starts.flatMap((start) => SAMPLE_DAYS.map((days) => ({ acceptedOn: isoOf(start - 1), days })));
}

export interface PreviewRow extends Sample {
  /** due date under the calendar in force */
  savedDue: string;
  /** due date under the one being edited */
  editedDue: string;
}

/** The Beijing date of an instant. */
const beijingDate = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Each sample's due date (the shared working-day clock, `addWorkingDays`) under the saved calendar
 * and under the edited one; `others` are the calendars of the years around (a time limit may run
 * into the next year).
 */
export function previewRows(
  samples: readonly Sample[],
  year: number,
  saved: CalendarDraft,
  edited: CalendarDraft,
  others: readonly HolidayCalendar[],
): PreviewRow[] {
  const calendars = (draft: CalendarDraft) => [{ year, ...draft }, ...others.filter((c) => c.year !== year)];
  const due = (sample: Sample, draft: CalendarDraft) =>
    beijingDate(addWorkingDays(new Date(`${sample.acceptedOn}T10:00:00+08:00`), sample.days, calendars(draft)));
  return samples.map((sample) => ({ ...sample, savedDue: due(sample, saved), editedDue: due(sample, edited) }));
}
