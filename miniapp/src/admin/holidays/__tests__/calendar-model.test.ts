import { HOLIDAYS_2026 } from '@onetrip/shared';
import { addDay, monthsOf, previewRows, removeDay, samplesOf } from '../calendar-model';

const SAVED = { days: HOLIDAYS_2026.days, workdays: HOLIDAYS_2026.workdays };

describe('the holiday page’s calendar', () => {
  it('groups the days by month, days off and make-up days (班) in date order, with their weekdays', () => {
    const months = monthsOf(SAVED);
    expect(months.map((m) => m.month)).toEqual([1, 2, 4, 5, 6, 9, 10]);
    expect(months[0]?.entries).toEqual([
      { date: '2026-01-01', kind: 'off', weekday: '周四' },
      { date: '2026-01-02', kind: 'off', weekday: '周五' },
      { date: '2026-01-03', kind: 'off', weekday: '周六' },
      { date: '2026-01-04', kind: 'work', weekday: '周日' },
    ]);
    expect(months.find((m) => m.month === 9)?.entries.map((e) => [e.date, e.kind])).toEqual([
      ['2026-09-20', 'work'],
      ['2026-09-25', 'off'],
      ['2026-09-26', 'off'],
      ['2026-09-27', 'off'],
    ]);
  });

  it('adds and removes single days with the server’s rules', () => {
    const added = addDay(SAVED, 2026, '2026-03-04', 'off');
    expect('draft' in added && added.draft.days).toContain('2026-03-04');
    expect(addDay(SAVED, 2026, '2027-03-04', 'off')).toEqual({ problem: '请选择 2026 年的日期' });
    expect(addDay(SAVED, 2026, '2026-10-01', 'off')).toEqual({ problem: '2026-10-01 已在列表中' });
    expect(addDay(SAVED, 2026, '2026-03-04', 'work')).toEqual({ problem: '2026-03-04 是周三，本来就上班，无需调休' });
    expect(removeDay(SAVED, '2026-01-04').workdays).not.toContain('2026-01-04');
  });

  it('previews due dates under the saved and the edited calendar for cases accepted before each holiday', () => {
    const edited = removeDay(removeDay(SAVED, '2026-10-06'), '2026-10-07');
    const samples = samplesOf(SAVED, edited);
    expect(samples.slice(0, 2)).toEqual([
      { acceptedOn: '2025-12-31', days: 5 },
      { acceptedOn: '2025-12-31', days: 20 },
    ]);
    const rows = previewRows(
      [{ acceptedOn: '2026-09-30', days: 5 }, ...samples.filter((s) => s.acceptedOn === '2026-09-30')],
      2026,
      SAVED,
      edited,
      [],
    );
    // Saved: 10-1…7 off, 10-10 (Sat) worked → 8, 9, 10, 12, 13. Edited: 10-6, 7, 8, 9, 10 (Sat, worked).
    expect(rows[0]).toEqual({ acceptedOn: '2026-09-30', days: 5, savedDue: '2026-10-13', editedDue: '2026-10-10' });
  });

  it('counts into the next year with its stored calendar', () => {
    const next = { year: 2027, days: ['2027-01-01', '2027-01-04'], workdays: [] };
    const [plain, withNext] = [[], [next]].map(
      (others) => previewRows([{ acceptedOn: '2026-12-30', days: 3 }], 2026, SAVED, SAVED, others)[0]?.editedDue,
    );
    // Weekends only: 12-31, 1-1, 1-4. With 2027's days off on 1-1 and 1-4: 12-31, 1-5, 1-6.
    expect([plain, withNext]).toEqual(['2027-01-04', '2027-01-06']);
  });
});
