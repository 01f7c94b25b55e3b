import { dayFromIso, weekdayOfDay } from './calendar-day';

/**
 * Reads the 国务院办公厅关于…部分节假日安排的通知 as published, e.g.
 * 「一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。」,
 * into the days off and the 调休 make-up working days of one year.
 *
 * What it reads: numbered arrangements (一、… 七、…), each of sentences naming
 * days off (放假) or days worked (上班) — single days, lists (「2月14日（周六）、
 * 2月28日（周六）」) and ranges, also across months and years (「9月29日至10月6日」,
 * 「2022年12月31日至2023年1月2日」); a range's end may leave out its month. The
 * weekday in brackets (周四, 星期四) is checked against the date, so a notice
 * pasted under the wrong year is caught; so are 「共N天」 against the range, and a
 * make-up day that is not a weekend. Text without dates (the title, the preamble,
 * the closing paragraph, the signature) is passed over.
 *
 * Nothing is guessed: a sentence it cannot read exactly — and a date of another
 * year — is left out and reported in `unread` with the reason, for a person to add
 * by hand.
 */
export interface HolidayNoticeEntry {
  /** the holiday's name as the notice gives it (元旦, 国庆节、中秋节); empty for a line without one */
  name: string;
  days: string[];
  workdays: string[];
}

export interface HolidayNoticeProblem {
  /** the sentence as pasted */
  line: string;
  reason: string;
}

export interface HolidayNotice {
  year: number;
  /** every day off, sorted, each once */
  days: string[];
  /** every make-up working day, sorted, each once */
  workdays: string[];
  /** what each arrangement gave, in the notice's order */
  holidays: HolidayNoticeEntry[];
  unread: HolidayNoticeProblem[];
}

const WEEKDAYS = '日一二三四五六';
/** Brackets' contents are set aside while sentences are split (「腊月二十八、周日」 holds a 、). */
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g');
const ITEM_START = new RegExp(`(?=[一二三四五六七八九十]{1,3}、[^、，。：:\\n${MARK_OPEN}]{1,20}[：:])`, 'g');
const ITEM_HEAD = /^\s*[一二三四五六七八九十]{1,3}、([^：:]{1,20})[：:]/;
const DATE = new RegExp(`(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:\\s*${MARK_OPEN}(\\d+)${MARK_CLOSE})?`, 'g');
const RANGE_JOIN = /^\s*(?:至|到|~|～|—|–|-)\s*$/;
const LIST_JOIN = /^\s*(?:、|，|,|和|及|与)?\s*$/;
/** Longer than any holiday period: a range this long is a misreading. */
const LONGEST_PERIOD = 15;

interface DateToken {
  index: number;
  end: number;
  year?: number;
  month?: number;
  day: number;
  note: string;
}

interface Clause {
  text: string;
  kind: 'off' | 'work' | null;
}

/** Full-width digits and brackets, 星期 and 周天, line ends: one spelling for what follows. */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/星期/g, '周')
    .replace(/周天/g, '周日')
    .replace(/\r\n?/g, '\n');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function tokens(text: string): DateToken[] {
  return [...text.matchAll(DATE)].map((m) => ({
    index: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    ...(m[1] ? { year: Number(m[1]) } : {}),
    ...(m[2] ? { month: Number(m[2]) } : {}),
    day: Number(m[3]),
    note: m[4] ?? '',
  }));
}

class Unreadable extends Error {}

/**
 * The days a clause names: single dates, lists and ranges; a date without a
 * month (or year) takes those of the date before it in the clause.
 */
function clauseDays(text: string, year: number, notes: string[]): string[] {
  const found = tokens(text);
  const days: string[] = [];
  let previous: { year: number; month: number } | null = null;
  const resolve = (t: DateToken): number => {
    const y = t.year ?? previous?.year ?? year;
    const m = t.month ?? (t.year === undefined ? previous?.month : undefined);
    if (m === undefined) throw new Unreadable(`${t.day}日缺少月份`);
    const date = iso(y, m, t.day);
    const day = dayFromIso(date);
    if (day === null) throw new Unreadable(`${y}年${m}月${t.day}日不存在`);
    const weekday = /周([日一二三四五六])/.exec(notes[Number(t.note)] ?? '')?.[1];
    if (t.note && weekday && WEEKDAYS[weekdayOfDay(day)] !== weekday)
      throw new Unreadable(`${y}年${m}月${t.day}日不是周${weekday}，请核对年份`);
    previous = { year: y, month: m };
    return day;
  };
  for (let i = 0; i < found.length; i += 1) {
    const start = found[i] as DateToken;
    const next = found[i + 1];
    if (i > 0 && !LIST_JOIN.test(text.slice((found[i - 1] as DateToken).end, start.index)))
      throw new Unreadable('无法识别日期之间的文字');
    const first = resolve(start);
    if (next && RANGE_JOIN.test(text.slice(start.end, next.index))) {
      const last = resolve(next);
      if (last < first) throw new Unreadable('结束日期早于开始日期');
      if (last - first >= LONGEST_PERIOD) throw new Unreadable('日期范围过长');
      for (let day = first; day <= last; day += 1) days.push(isoOfDay(day));
      i += 1;
      continue;
    }
    days.push(isoOfDay(first));
  }
  return days;
}

function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const kindOf = (text: string): Clause['kind'] =>
  /上班/.test(text) ? 'work' : /放假|休假|调休/.test(text) ? 'off' : null;

/** A sentence's clauses with dates, each knowing whether its days are off or worked. */
function clausesOf(sentence: string): Clause[] {
  const parts = sentence.split(/[，,]/).filter((p) => tokens(p).length > 0);
  const kinds = new Set(
    sentence
      .split(/[，,]/)
      .map(kindOf)
      .filter((k) => k !== null),
  );
  // 「10月1日至7日放假调休」: the clause says it; 「2月14日、2月28日，上班」: the sentence does.
  const sentenceKind = kinds.size === 1 ? [...kinds][0] : null;
  // No 放假 nor 上班 at all: not an arrangement (the signature's date, 「安排职工在除夕休息」).
  if (kinds.size === 0) return [];
  return parts.map((text) => ({ text, kind: kindOf(text) ?? sentenceKind ?? null }));
}

interface ItemRead {
  entry: HolidayNoticeEntry;
  unread: HolidayNoticeProblem[];
}

/** One arrangement (「二、春节：…」, or a line of dates without a number): its sentences read one by one. */
function readItem(raw: string, year: number, notes: string[], restore: (s: string) => string): ItemRead {
  const head = ITEM_HEAD.exec(raw);
  const name = head ? restore(head[1] ?? '').trim() : '';
  const body = head ? raw.slice(head[0].length) : raw;
  const entry: HolidayNoticeEntry = { name, days: [], workdays: [] };
  const unread: HolidayNoticeProblem[] = [];
  const sentences = body
    .split(/[。；;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const sentence of sentences) {
    const clauses = clausesOf(sentence);
    if (clauses.length === 0) continue;
    try {
      const read = clauses.map((clause) => {
        if (!clause.kind) throw new Unreadable('未说明放假还是上班');
        return { kind: clause.kind, days: clauseDays(clause.text, year, notes) };
      });
      const off = read.filter((r) => r.kind === 'off').flatMap((r) => r.days);
      const stated = /(?:共|放假)(\d{1,2})天/.exec(sentence)?.[1];
      if (stated !== undefined && off.length > 0 && off.length !== Number(stated))
        throw new Unreadable(`日期共${off.length}天，与通知所写“${stated}天”不符`);
      const work = read.filter((r) => r.kind === 'work').flatMap((r) => r.days);
      const weekday = work.find((date) => ![0, 6].includes(weekdayOfDay(dayFromIso(date) ?? 0)));
      if (weekday) throw new Unreadable(`${weekday}不是周末，不需要调休上班`);
      const inYear = (date: string) => date.startsWith(`${year}-`);
      entry.days.push(...off.filter(inYear));
      entry.workdays.push(...work.filter(inYear));
      // 「2022年12月31日至2023年1月2日」 under 2023: the days of 2023 are read, the other year's reported.
      const outside = [...off, ...work].filter((date) => !inYear(date));
      if (outside.length)
        unread.push({ line: restore(sentence), reason: `${outside.join('、')}不在${year}年，请在该年份中设置` });
    } catch (err) {
      if (!(err instanceof Unreadable)) throw err;
      unread.push({ line: restore(sentence), reason: err.message });
    }
  }
  if (head && entry.days.length === 0 && entry.workdays.length === 0 && unread.length === 0)
    unread.push({ line: restore(raw.trim()), reason: '未找到放假或上班的日期' });
  return { entry, unread };
}

/** Parses a pasted notice for `year` (see above); never throws on any text. */
export function parseHolidayNotice(text: string, year: number): HolidayNotice {
  const notes: string[] = [];
  const masked = normalise(text).replace(/（([^（）]*)）/g, (_all, inner: string) => {
    notes.push(inner);
    return `${MARK_OPEN}${notes.length - 1}${MARK_CLOSE}`;
  });
  const restore = (s: string) => s.replace(MARK, (_all, i: string) => `（${notes[Number(i)] ?? ''}）`);

  const holidays: HolidayNoticeEntry[] = [];
  const unread: HolidayNoticeProblem[] = [];
  const titleYear = /关于(\d{4})年部分节假日安排/.exec(masked)?.[1];
  if (titleYear && Number(titleYear) !== year)
    unread.push({
      line: `关于${titleYear}年部分节假日安排的通知`,
      reason: `通知是${titleYear}年的，当前设置的是${year}年`,
    });

  const items = masked.split('\n').flatMap((line) => line.split(ITEM_START));
  for (const raw of items) {
    if (!ITEM_HEAD.test(raw) && (!kindOf(raw) || tokens(raw).length === 0)) continue; // title, preamble, closing
    const read = readItem(raw, year, notes, restore);
    if (read.entry.days.length || read.entry.workdays.length) holidays.push(read.entry);
    unread.push(...read.unread);
  }

  const days = [...new Set(holidays.flatMap((h) => h.days))].sort();
  const off = new Set(days);
  const clash = holidays.flatMap((h) => h.workdays).filter((date) => off.has(date));
  for (const date of new Set(clash)) unread.push({ line: date, reason: `${date}既放假又上班，已按放假处理` });
  const workdays = [...new Set(holidays.flatMap((h) => h.workdays))].filter((date) => !off.has(date)).sort();
  return { year, days, workdays, holidays, unread };
}
