import { HOLIDAYS_2026 } from '../../constants/holidays-2026';
import { computeDeadline, type DeadlinePause } from '../deadline';

/**
 * Due dates with pauses over 2026, worked out by hand on a printed calendar:
 * each working day a pause touches (after the acceptance day) is not a clock
 * day, so the deadline moves on by one working day for each. 2027 has no
 * calendar here: weekends only.
 */
const calendars = [HOLIDAYS_2026];
/** A Shanghai wall-clock time, `YYYY-MM-DD HH:mm`. */
const sh = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`);
/** The last millisecond of a Shanghai day. */
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

const closed = (from: string, to: string): DeadlinePause => ({ from: sh(from), to: sh(to) });
const open = (from: string): DeadlinePause => ({ from: sh(from) });

describe('computeDeadline with pauses over the 2026 calendar', () => {
  it.each<[string, string, number, DeadlinePause[], string, string]>([
    ['no pause', '2026-03-02 10:00', 5, [], '2026-03-02 12:00', '2026-03-09'],
    [
      'Tue 09:00 → Wed 17:00: two working days',
      '2026-03-02 10:00',
      5,
      [closed('2026-03-03 09:00', '2026-03-04 17:00')],
      '2026-03-02 12:00',
      '2026-03-11',
    ],
    [
      'one hour counts as a whole day',
      '2026-03-02 10:00',
      5,
      [closed('2026-03-03 10:00', '2026-03-03 11:00')],
      '2026-03-02 12:00',
      '2026-03-10',
    ],
    [
      'a weekend pause costs nothing',
      '2026-03-02 10:00',
      5,
      [closed('2026-03-07 09:00', '2026-03-08 20:00')],
      '2026-03-02 12:00',
      '2026-03-09',
    ],
    [
      'Fri 17:00 → Mon 09:00 touches Friday and Monday',
      '2026-03-02 10:00',
      5,
      [closed('2026-03-06 17:00', '2026-03-09 09:00')],
      '2026-03-02 12:00',
      '2026-03-11',
    ],
    [
      'ending at midnight does not touch the next day',
      '2026-03-02 10:00',
      5,
      [closed('2026-03-03 10:00', '2026-03-04 00:00')],
      '2026-03-02 12:00',
      '2026-03-10',
    ],
    [
      'across 国庆: 30 Sept, 8 and 9 Oct',
      '2026-09-28 10:00',
      5,
      [closed('2026-09-30 10:00', '2026-10-09 10:00')],
      '2026-09-28 12:00',
      '2026-10-14',
    ],
    [
      'across 春节: 13, 14 and 24 Feb',
      '2026-02-10 10:00',
      5,
      [closed('2026-02-13 15:00', '2026-02-24 09:00')],
      '2026-02-10 12:00',
      '2026-02-27',
    ],
    [
      'across 劳动节: 29, 30 April and 6 May',
      '2026-04-28 10:00',
      3,
      [closed('2026-04-29 10:00', '2026-05-06 10:00')],
      '2026-04-28 12:00',
      '2026-05-09',
    ],
    [
      'two pauses',
      '2026-03-02 10:00',
      5,
      [closed('2026-03-03 10:00', '2026-03-03 16:00'), closed('2026-03-05 09:00', '2026-03-06 12:00')],
      '2026-03-02 12:00',
      '2026-03-12',
    ],
    [
      'overlapping pauses count a day once',
      '2026-03-02 10:00',
      5,
      [closed('2026-03-03 10:00', '2026-03-04 12:00'), closed('2026-03-04 09:00', '2026-03-04 18:00')],
      '2026-03-02 12:00',
      '2026-03-11',
    ],
    [
      'a pause before acceptance changes nothing',
      '2026-03-05 10:00',
      3,
      [closed('2026-03-02 10:00', '2026-03-04 10:00')],
      '2026-03-05 12:00',
      '2026-03-10',
    ],
    [
      'a pause on the acceptance day changes nothing',
      '2026-03-02 09:00',
      1,
      [closed('2026-03-02 14:00', '2026-03-02 16:00')],
      '2026-03-02 17:00',
      '2026-03-03',
    ],
    [
      'a pause after the due day changes nothing',
      '2026-03-02 10:00',
      1,
      [closed('2026-03-05 10:00', '2026-03-06 10:00')],
      '2026-03-07 10:00',
      '2026-03-03',
    ],
    [
      'a pause starting late on the due day',
      '2026-03-02 10:00',
      1,
      [closed('2026-03-03 17:00', '2026-03-04 10:00')],
      '2026-03-04 12:00',
      '2026-03-05',
    ],
    [
      'an open pause stops the clock at now (Fri)',
      '2026-03-02 10:00',
      5,
      [open('2026-03-04 10:00')],
      '2026-03-06 12:00',
      '2026-03-12',
    ],
    [
      'an open pause over a weekend',
      '2026-03-02 10:00',
      5,
      [open('2026-03-04 10:00')],
      '2026-03-07 12:00',
      '2026-03-12',
    ],
    [
      'an open pause on the day it opened',
      '2026-03-02 10:00',
      5,
      [open('2026-03-03 10:00')],
      '2026-03-03 11:00',
      '2026-03-10',
    ],
    [
      'a closed and an open pause',
      '2026-03-02 10:00',
      5,
      [closed('2026-03-03 10:00', '2026-03-03 11:00'), open('2026-03-09 09:00')],
      '2026-03-10 10:00',
      '2026-03-12',
    ],
    [
      'a pause across the year boundary (2027: weekends only)',
      '2026-12-28 10:00',
      5,
      [closed('2026-12-31 10:00', '2027-01-01 10:00')],
      '2026-12-28 12:00',
      '2027-01-06',
    ],
    [
      '0 days with a pause on the acceptance day',
      '2026-03-02 10:00',
      0,
      [closed('2026-03-02 11:00', '2026-03-02 12:00')],
      '2026-03-02 13:00',
      '2026-03-02',
    ],
  ])('%s', (_what, accepted, days, pauses, now, due) => {
    const result = computeDeadline({ acceptedAt: sh(accepted), promisedDays: days, pauses, now: sh(now), calendars });
    expect(result.dueAt).toEqual(endOf(due));
  });
});
