import { computeDeadline, DEEMED_ACCEPTANCE_DAYS, type Deadline, type HolidayCalendars } from '@onetrip/shared';
import { type ApplicationRecord } from './application.model';

type ClockFields = Pick<
  ApplicationRecord,
  'items' | 'acceptedAt' | 'pauses' | 'concludedAt' | 'submittedAt' | 'timeline'
>;

/** The largest promised working days of the case's items (0 = 即来即办). */
export const promisedDaysOf = (record: Pick<ApplicationRecord, 'items'>) =>
  record.items.reduce((max, i) => Math.max(max, i.promisedDays), 0);

/** When the case was first submitted: the stored field, or (cases stored before it) its first `submitted` event. */
export function submittedAtOf(record: Pick<ApplicationRecord, 'submittedAt' | 'timeline'>): Date | undefined {
  return record.submittedAt ?? record.timeline.find((e) => e.action === 'submitted')?.at;
}

/**
 * The time limit (限时办结) of an accepted case: accepted + the largest promised
 * working days, extended by the working days paused; null before acceptance.
 * Once the decision is final (`concludedAt`: issued or denied) the clock is
 * read at that moment, so a case finished in time stays green for good.
 */
export function caseDeadline(record: ClockFields, calendars: HolidayCalendars, now = new Date()): Deadline | null {
  if (!record.acceptedAt) return null;
  const at = record.concludedAt && record.concludedAt < now ? record.concludedAt : now;
  return computeDeadline({
    acceptedAt: record.acceptedAt,
    promisedDays: promisedDaysOf(record),
    pauses: record.pauses ?? [],
    now: at,
    calendars,
  });
}

/**
 * The §32 clock of a case waiting to be accepted (`submitted`, or
 * `supplement_required` with the clock paused): five working days from the
 * submission, extended by the working days it waited for the resident. When
 * it runs out without a notice, the case is deemed accepted. Null otherwise.
 */
export function acceptanceDeadline(
  record: ClockFields & Pick<ApplicationRecord, 'status'>,
  calendars: HolidayCalendars,
  now = new Date(),
): Deadline | null {
  const submittedAt = submittedAtOf(record);
  if (!submittedAt || (record.status !== 'submitted' && record.status !== 'supplement_required')) return null;
  return computeDeadline({
    acceptedAt: submittedAt,
    promisedDays: DEEMED_ACCEPTANCE_DAYS,
    pauses: record.pauses ?? [],
    now,
    calendars,
  });
}

/** The deadline as the contract shows it. */
export const deadlineView = (d: Deadline | null) =>
  d ? { dueAt: d.dueAt.toISOString(), light: d.light, paused: d.paused } : null;
