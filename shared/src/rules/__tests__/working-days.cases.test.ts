import { HOLIDAYS_2026 } from '../../constants/holidays-2026';
import { addWorkingDays } from '../working-days';

/**
 * Due dates over 2026, each worked out by hand on a printed calendar with the
 * 国务院办公厅 notice: the acceptance day does not count; the deadline is the
 * end of the Nth working day after it. 2027 has no calendar here, so only
 * its weekends are days off (2027-01-01 counts as a working day).
 */
const calendars = [HOLIDAYS_2026];
/** A Shanghai wall-clock time, `YYYY-MM-DD HH:mm`. */
const sh = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`);
/** The last millisecond of a Shanghai day. */
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

describe('addWorkingDays over the 2026 calendar', () => {
  it.each([
    // weekends
    ['Mon, 1 day', '2026-03-02 10:00', 1, '2026-03-03'],
    ['Mon, 5 days: the next Monday', '2026-03-02 10:00', 5, '2026-03-09'],
    ['Fri, 1 day skips the weekend', '2026-03-06 15:00', 1, '2026-03-09'],
    ['accepted on a Saturday', '2026-03-07 10:00', 1, '2026-03-09'],
    ['accepted on a Sunday, 3 days', '2026-03-08 10:00', 3, '2026-03-11'],
    ['Mon, 10 days', '2026-03-02 10:00', 10, '2026-03-16'],
    ['Mon, 20 days', '2026-03-02 10:00', 20, '2026-03-30'],
    // 元旦: 1–3 January off, Sunday 4 January worked
    ['31 Dec 2025, 1 day: the make-up Sunday', '2025-12-31 16:00', 1, '2026-01-04'],
    ['31 Dec 2025, 3 days', '2025-12-31 16:00', 3, '2026-01-06'],
    ['accepted on New Year’s Day', '2026-01-01 09:00', 1, '2026-01-04'],
    ['accepted on the make-up Sunday 4 January', '2026-01-04 10:00', 1, '2026-01-05'],
    ['2 January (holiday), 5 days', '2026-01-02 10:00', 5, '2026-01-08'],
    // 春节: 15–23 February off, Saturdays 14 and 28 February worked
    ['Fri 13 Feb, 1 day: the make-up Saturday 14 Feb', '2026-02-13 10:00', 1, '2026-02-14'],
    ['Fri 13 Feb, 2 days: across the whole holiday', '2026-02-13 10:00', 2, '2026-02-24'],
    ['accepted on the make-up Saturday 14 Feb', '2026-02-14 10:00', 1, '2026-02-24'],
    ['Thu 12 Feb, 5 days', '2026-02-12 10:00', 5, '2026-02-26'],
    ['accepted during 春节', '2026-02-18 10:00', 1, '2026-02-24'],
    ['Tue 24 Feb, 4 days: the make-up Saturday 28 Feb', '2026-02-24 10:00', 4, '2026-02-28'],
    ['Tue 24 Feb, 5 days: Sunday 1 March is off', '2026-02-24 10:00', 5, '2026-03-02'],
    ['Fri 27 Feb evening, 1 day', '2026-02-27 17:00', 1, '2026-02-28'],
    ['Mon 9 Feb, 10 days: both make-up Saturdays', '2026-02-09 10:00', 10, '2026-02-28'],
    // 清明: 4–6 April off
    ['Fri 3 April, 1 day', '2026-04-03 10:00', 1, '2026-04-07'],
    ['Thu 2 April, 3 days', '2026-04-02 10:00', 3, '2026-04-08'],
    ['accepted on 清明 Sunday, 2 days', '2026-04-05 10:00', 2, '2026-04-08'],
    // 劳动节: 1–5 May off, Saturday 9 May worked
    ['Thu 30 April, 1 day', '2026-04-30 10:00', 1, '2026-05-06'],
    ['Thu 30 April, 4 days: the make-up Saturday', '2026-04-30 10:00', 4, '2026-05-09'],
    ['Fri 8 May, 1 day: Saturday 9 May', '2026-05-08 10:00', 1, '2026-05-09'],
    ['accepted on the make-up Saturday 9 May', '2026-05-09 10:00', 1, '2026-05-11'],
    ['Wed 29 April, 5 days', '2026-04-29 10:00', 5, '2026-05-09'],
    ['accepted during 劳动节, 3 days', '2026-05-03 10:00', 3, '2026-05-08'],
    // 端午: 19–21 June off
    ['Thu 18 June, 1 day', '2026-06-18 10:00', 1, '2026-06-22'],
    ['Wed 17 June, 3 days', '2026-06-17 10:00', 3, '2026-06-23'],
    // 中秋 25–27 Sept and 国庆 1–7 Oct off; Sunday 20 Sept and Saturday 10 Oct worked
    ['Fri 18 Sept, 1 day: the make-up Sunday 20 Sept', '2026-09-18 10:00', 1, '2026-09-20'],
    ['accepted on Saturday 19 Sept', '2026-09-19 10:00', 1, '2026-09-20'],
    ['Thu 24 Sept, 1 day: across 中秋', '2026-09-24 10:00', 1, '2026-09-28'],
    ['30 Sept 23:30 Shanghai is still 30 Sept, 1 day', '2026-09-30 23:30', 1, '2026-10-08'],
    ['30 Sept 23:30 Shanghai, 3 days: Saturday 10 Oct', '2026-09-30 23:30', 3, '2026-10-10'],
    ['29 Sept 23:59 Shanghai, 1 day', '2026-09-29 23:59', 1, '2026-09-30'],
    ['30 Sept 00:00 Shanghai (29 Sept 16:00 UTC), 1 day', '2026-09-30 00:00', 1, '2026-10-08'],
    ['Tue 15 Sept, 10 days', '2026-09-15 10:00', 10, '2026-09-29'],
    ['Tue 15 Sept, 15 days', '2026-09-15 10:00', 15, '2026-10-12'],
    ['Fri 9 Oct, 1 day: the make-up Saturday', '2026-10-09 10:00', 1, '2026-10-10'],
    ['accepted on the make-up Saturday 10 Oct', '2026-10-10 10:00', 1, '2026-10-12'],
    ['30 Sept, 20 days', '2026-09-30 10:00', 20, '2026-11-03'],
    // into 2027 (no calendar: weekends only)
    ['Thu 31 Dec, 1 day', '2026-12-31 10:00', 1, '2027-01-01'],
    ['Wed 30 Dec, 3 days', '2026-12-30 10:00', 3, '2027-01-04'],
    ['Fri 25 Dec, 5 days', '2026-12-25 10:00', 5, '2027-01-01'],
    // 0 days (即来即办): the end of the acceptance day
    ['0 days on a working day', '2026-03-02 10:00', 0, '2026-03-02'],
    ['0 days on a holiday', '2026-10-01 10:00', 0, '2026-10-01'],
    ['0 days at 23:30 Shanghai', '2026-09-30 23:30', 0, '2026-09-30'],
  ])('%s', (_what, accepted, days, due) => {
    expect(addWorkingDays(sh(accepted), days, calendars)).toEqual(endOf(due));
  });

  it('takes the Shanghai day of a UTC instant (29 Sept 15:59:59.999Z is 23:59:59.999 in Shanghai)', () => {
    expect(addWorkingDays(new Date('2026-09-29T15:59:59.999Z'), 1, calendars)).toEqual(endOf('2026-09-30'));
    expect(addWorkingDays(new Date('2026-09-29T16:00:00.000Z'), 1, calendars)).toEqual(endOf('2026-10-08'));
    expect(endOf('2026-10-08').toISOString()).toBe('2026-10-08T15:59:59.999Z');
  });
});
