import { HOLIDAYS_2026 } from '../../constants/holidays-2026';
import { computeDeadline, type DeadlineInput } from '../deadline';

const calendars = [HOLIDAYS_2026];
const sh = (text: string) => new Date(`${text.replace(' ', 'T')}:00+08:00`);
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

/** Accepted Monday 2 March 2026 10:00 with 5 working days: due at the end of Monday 9 March. */
const base: DeadlineInput = {
  acceptedAt: sh('2026-03-02 10:00'),
  promisedDays: 5,
  pauses: [],
  now: sh('2026-03-02 12:00'),
  calendars,
};
const at = (now: Date, over: Partial<DeadlineInput> = {}) => computeDeadline({ ...base, ...over, now });

describe('computeDeadline lights', () => {
  it.each<[string, Date, 'green' | 'yellow' | 'red', number]>([
    ['on the acceptance day all 5 days are left', sh('2026-03-02 12:00'), 'green', 5],
    ['Thursday: Thu, Fri, Mon', sh('2026-03-05 12:00'), 'green', 3],
    ['Friday noon: Fri, Mon', sh('2026-03-06 12:00'), 'green', 2],
    ['the last millisecond of Friday', new Date('2026-03-06T15:59:59.999Z'), 'green', 2],
    ['Saturday 00:00: only Monday is left', sh('2026-03-07 00:00'), 'yellow', 1],
    ['Monday noon, the due day', sh('2026-03-09 12:00'), 'yellow', 1],
    ['exactly at dueAt', endOf('2026-03-09'), 'yellow', 1],
    ['one millisecond after dueAt', new Date(endOf('2026-03-09').getTime() + 1), 'red', -1],
    ['Saturday after: overdue by four working days', sh('2026-03-14 10:00'), 'red', -4],
  ])('%s → %s, %i left', (_what, now, light, left) => {
    const result = at(now);
    expect(result).toEqual({ dueAt: endOf('2026-03-09'), light, paused: false, workingDaysLeft: left });
  });

  it('is yellow from the start when one day is promised', () => {
    expect(at(sh('2026-03-02 12:00'), { promisedDays: 1 })).toMatchObject({ light: 'yellow', workingDaysLeft: 1 });
  });

  it('is yellow on the day of a 即来即办 case and red the next morning', () => {
    expect(at(sh('2026-03-02 18:00'), { promisedDays: 0 })).toEqual({
      dueAt: endOf('2026-03-02'),
      light: 'yellow',
      paused: false,
      workingDaysLeft: 0,
    });
    expect(at(sh('2026-03-03 08:00'), { promisedDays: 0 })).toMatchObject({ light: 'red', workingDaysLeft: -1 });
  });

  it('turns yellow for the whole 国庆 week when the due day follows it', () => {
    const over = { acceptedAt: sh('2026-09-28 10:00'), promisedDays: 3 };
    expect(at(sh('2026-09-30 12:00'), over)).toMatchObject({
      dueAt: endOf('2026-10-08'),
      light: 'green',
      workingDaysLeft: 2,
    });
    expect(at(sh('2026-10-01 00:00'), over)).toMatchObject({ light: 'yellow', workingDaysLeft: 1 });
    expect(at(sh('2026-10-07 23:00'), over)).toMatchObject({ light: 'yellow', workingDaysLeft: 1 });
  });
});

describe('computeDeadline pauses', () => {
  it('is paused while a pause is open, and today does not count as left', () => {
    const pauses = [{ from: sh('2026-03-04 10:00') }];
    expect(at(sh('2026-03-06 12:00'), { pauses })).toEqual({
      dueAt: endOf('2026-03-12'),
      light: 'green',
      paused: true,
      workingDaysLeft: 4,
    });
  });

  it('treats to: null as open', () => {
    expect(at(sh('2026-03-06 12:00'), { pauses: [{ from: sh('2026-03-04 10:00'), to: null }] })).toMatchObject({
      dueAt: endOf('2026-03-12'),
      paused: true,
    });
  });

  it('keeps the due date once the open pause is closed on the same day', () => {
    const now = sh('2026-03-06 12:00');
    const closed = at(now, { pauses: [{ from: sh('2026-03-04 10:00'), to: sh('2026-03-06 11:00') }] });
    expect(closed).toEqual({ dueAt: endOf('2026-03-12'), light: 'green', paused: false, workingDaysLeft: 4 });
  });

  it('stays red when a pause opens after the deadline has passed', () => {
    const result = at(sh('2026-03-06 12:00'), { promisedDays: 1, pauses: [{ from: sh('2026-03-05 10:00') }] });
    expect(result).toEqual({ dueAt: endOf('2026-03-03'), light: 'red', paused: true, workingDaysLeft: -3 });
  });

  it('goes yellow on a paused due day only once the pause has moved the deadline', () => {
    // Due Monday 9 March; paused from Monday 09:00: Monday no longer counts, Tuesday becomes the due day.
    const result = at(sh('2026-03-09 12:00'), { pauses: [{ from: sh('2026-03-09 09:00') }] });
    expect(result).toEqual({ dueAt: endOf('2026-03-10'), light: 'yellow', paused: true, workingDaysLeft: 1 });
  });

  it('ignores an empty pause and refuses one that ends before it starts', () => {
    expect(at(base.now, { pauses: [{ from: sh('2026-03-03 10:00'), to: sh('2026-03-03 10:00') }] }).dueAt).toEqual(
      endOf('2026-03-09'),
    );
    expect(() => at(base.now, { pauses: [{ from: sh('2026-03-03 10:00'), to: sh('2026-03-03 09:00') }] })).toThrow(
      RangeError,
    );
  });

  it('refuses an invalid number of promised days', () => {
    expect(() => at(base.now, { promisedDays: -1 })).toThrow(RangeError);
  });
});
