import {
  COMPLAINT_ANSWER_DAYS,
  COMPLAINT_RATING_DAYS,
  computeDeadline,
  type ComplaintRow,
  type ComplaintStatus,
  type ComplaintView,
  type HolidayCalendars,
  type Light,
} from '@onetrip/shared';
import { type ComplaintRecord } from './complaint.model';

const DAY_MS = 24 * 3_600_000;

/**
 * The answer's time limit of a round started at `from`: the end of the 5th working day after it (the holiday
 * calendar, as a case's promised days — `computeDeadline` with nothing paused).
 */
export function complaintDeadline(from: Date, now: Date, calendars: HolidayCalendars) {
  return computeDeadline({ acceptedAt: from, promisedDays: COMPLAINT_ANSWER_DAYS, pauses: [], now, calendars });
}

/** The light of a complaint waiting for an answer (null once answered): red overdue, yellow on its last day. */
export function lightOf(record: ComplaintRecord, now: Date, calendars: HolidayCalendars): Light | null {
  return record.status === 'pending' ? complaintDeadline(record.roundAt, now, calendars).light : null;
}

/** Until when the latest answer can be rated; null when there is none waiting for a rating. */
export function rateByOf(record: ComplaintRecord): Date | null {
  const last = record.answers.at(-1);
  if (record.status !== 'answered' || !last || record.ratings.length >= record.answers.length) return null;
  return new Date(last.at.getTime() + COMPLAINT_RATING_DAYS * DAY_MS);
}

/** The status as people read it: an answer left unrated past its window is 已办结 (`closed`). */
export function statusOf(record: ComplaintRecord, now: Date): ComplaintStatus {
  const rateBy = rateByOf(record);
  if (record.status === 'answered' && rateBy && now.getTime() > rateBy.getTime()) return 'closed';
  return record.status;
}

const aboutOf = (record: ComplaintRecord): ComplaintView['about'] => {
  const a = record.about;
  if (a.type === 'case') return { type: 'case', caseId: a.caseId, number: a.number, itemNames: a.itemNames };
  if (a.type === 'window')
    return { type: 'window', group: a.group, groupName: a.groupName, ...(a.window ? { window: a.window } : {}) };
  return { type: 'centre' };
};

/** The filer's view (no one's identity: not the filer's, not the answering supervisor's). */
export function toComplaintView(record: ComplaintRecord, now: Date, calendars: HolidayCalendars): ComplaintView {
  const status = statusOf(record, now);
  const rateBy = rateByOf(record);
  const canRate = status === 'answered' && rateBy !== null;
  return {
    id: record._id.toHexString(),
    number: record.number,
    version: record.version,
    kind: record.kind,
    category: record.category,
    text: record.text,
    photos: record.photos,
    about: aboutOf(record),
    status,
    filedAt: record.filedAt.toISOString(),
    deadline: { dueAt: record.dueAt.toISOString(), light: lightOf(record, now, calendars) },
    answers: record.answers.map((a) => ({ text: a.text, at: a.at.toISOString() })),
    ratings: record.ratings.map((r) => ({
      result: r.result,
      ...(r.text ? { text: r.text } : {}),
      at: r.at.toISOString(),
    })),
    canRate,
    ...(canRate && rateBy ? { rateBy: rateBy.toISOString() } : {}),
  };
}

/** One line of a list. */
export function toComplaintRow(record: ComplaintRecord, now: Date, calendars: HolidayCalendars): ComplaintRow {
  return {
    id: record._id.toHexString(),
    number: record.number,
    kind: record.kind,
    category: record.category,
    excerpt: [...record.text].slice(0, 60).join(''),
    about: aboutOf(record),
    status: statusOf(record, now),
    filedAt: record.filedAt.toISOString(),
    dueAt: record.dueAt.toISOString(),
    light: lightOf(record, now, calendars),
    round: record.round,
  };
}
