import { type CaseAlert, type DepartmentFigures, type SupervisionView } from '@onetrip/shared';
import {
  alertWhen,
  barWidth,
  exportName,
  formatRate,
  lightSegments,
  markChased,
  periodFilter,
} from '@/admin/supervision/supervision-model';

const row = (counts: [number, number, number][], open: number): DepartmentFigures => ({
  department: '县税务局',
  open,
  stages: counts.map(([green, yellow, red], i) => ({
    stage: (['acceptance', 'supplement', 'approval', 'issuance', 'delivery'] as const)[i] ?? 'delivery',
    green,
    yellow,
    red,
  })),
  red: 0,
  yellow: 0,
  finished: 0,
  onTime: 0,
  onTimeRate: null,
  deemed: 0,
});

const alert = (light: 'red' | 'yellow', workingDays: number): CaseAlert => ({
  id: 'a',
  number: 'ZW1',
  itemNames: [],
  departments: [],
  stage: 'approval',
  dueAt: '',
  light,
  workingDays,
});

describe('效能监察 page model', () => {
  it('periods: this month is the BFF’s default; last month and 30 days are Beijing days', () => {
    // 2026-12-31 17:00 UTC is already 2027-01-01 in Beijing.
    const newYear = new Date('2026-12-31T17:00:00.000Z');
    expect(periodFilter('month', newYear)).toEqual({});
    expect(periodFilter('lastMonth', newYear)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodFilter('days30', newYear)).toEqual({ from: '2026-12-03', to: '2027-01-01' });
    expect(periodFilter('lastMonth', new Date('2026-03-15T04:00:00.000Z'))).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('a department’s bar: its lights in proportion, none drawn for a zero; its length against the busiest', () => {
    const r = row(
      [
        [2, 0, 0],
        [0, 0, 0],
        [1, 1, 2],
        [0, 0, 0],
        [0, 0, 0],
      ],
      6,
    );
    expect(lightSegments(r)).toEqual([
      { key: 'green', label: '正常', count: 3, width: 50 },
      { key: 'yellow', label: '临期', count: 1, width: 16.7 },
      { key: 'red', label: '超期', count: 2, width: 33.3 },
    ]);
    expect(lightSegments(row([[0, 0, 0]], 0))).toEqual([]);
    expect(barWidth(r, [r, row([], 12)])).toBe(50);
    expect(barWidth(row([], 0), [row([], 0)])).toBe(0);
  });

  it('says how far over or how little is left, and marks a chased row in both lists', () => {
    expect([alertWhen(alert('red', 3)), alertWhen(alert('red', 0))]).toEqual(['超期 3 个工作日', '已超期']);
    expect([alertWhen(alert('yellow', 1)), alertWhen(alert('yellow', 0))]).toEqual(['剩余 1 个工作日', '今天到期']);
    const view = { overdue: [alert('red', 3)], dueSoon: [{ ...alert('yellow', 1), id: 'b' }] } as SupervisionView;
    const marked = markChased(view, 'a', '2026-12-03T02:00:00.000Z');
    expect(marked.overdue[0]?.chasedAt).toBe('2026-12-03T02:00:00.000Z');
    expect(marked.dueSoon[0]?.chasedAt).toBeUndefined();
    expect(view.overdue[0]?.chasedAt).toBeUndefined();
  });

  it('rates and the export’s file name', () => {
    expect([formatRate(null), formatRate(0.9512), formatRate(1)]).toEqual(['—', '95.1%', '100%']);
    expect(exportName(new Date('2026-12-03T02:30:00.000Z'))).toBe('效能监察-20261203-1030.csv');
  });
});
