import {
  SUPERVISION_STAGE_LABELS,
  type CaseAlert,
  type DepartmentFigures,
  type SupervisionView,
} from '@onetrip/shared';
import { type Segment } from '@/components/Charts';
import { type SupervisionFilter } from '@/services/admin-supervision';

/** The periods offered; `month` asks the BFF for its default (this month up to today). */
export const PERIODS = [
  { key: 'month', label: '本月' },
  { key: 'lastMonth', label: '上月' },
  { key: 'days30', label: '近30天' },
] as const;
export type PeriodKey = (typeof PERIODS)[number]['key'];

const DAY_MS = 86_400_000;
/** The centre counts Beijing days (UTC+8, no daylight saving), whatever the device's zone. */
const beijing = (at: Date) => new Date(at.getTime() + 8 * 3_600_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The `from`/`to` of a period as of `now` (none for this month: the BFF's default). */
export function periodFilter(key: PeriodKey, now: Date): Pick<SupervisionFilter, 'from' | 'to'> {
  const today = beijing(now);
  if (key === 'days30') return { from: isoDay(new Date(today.getTime() - 29 * DAY_MS)), to: isoDay(today) };
  if (key === 'lastMonth') {
    const firstOfMonth = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1);
    const lastOfPrevious = new Date(firstOfMonth - DAY_MS);
    return { from: `${isoDay(lastOfPrevious).slice(0, 8)}01`, to: isoDay(lastOfPrevious) };
  }
  return {};
}

/** The open cases of a department by light, whatever their stage. */
export function lightTotals(row: DepartmentFigures): { green: number; yellow: number; red: number } {
  return row.stages.reduce((t, s) => ({ green: t.green + s.green, yellow: t.yellow + s.yellow, red: t.red + s.red }), {
    green: 0,
    yellow: 0,
    red: 0,
  });
}

/** A department's bar: its open cases, coloured by light (width: per cent of its own total). */
export function lightSegments(row: DepartmentFigures): Segment[] {
  const totals = lightTotals(row);
  const all = totals.green + totals.yellow + totals.red;
  const parts = [
    { key: 'green', label: '正常', count: totals.green },
    { key: 'yellow', label: '临期', count: totals.yellow },
    { key: 'red', label: '超期', count: totals.red },
  ];
  return parts
    .filter((p) => p.count > 0)
    .map((p) => ({ ...p, width: all > 0 ? Math.round((p.count / all) * 1000) / 10 : 0 }));
}

/** The bar's length: a department's open cases against the busiest department's, in per cent. */
export function barWidth(row: DepartmentFigures, rows: readonly DepartmentFigures[]): number {
  const most = Math.max(0, ...rows.map((r) => r.open));
  return most > 0 ? Math.max(2, Math.round((row.open / most) * 1000) / 10) : 0;
}

/** How far over (red) or how little is left (yellow), in working days. */
export function alertWhen(alert: CaseAlert): string {
  if (alert.light === 'red') return alert.workingDays > 0 ? `超期 ${alert.workingDays} 个工作日` : '已超期';
  return alert.workingDays > 0 ? `剩余 ${alert.workingDays} 个工作日` : '今天到期';
}

/** 待受理 · 县市场监督管理局 — the stage and the departments the case waits on. */
export const alertWhere = (alert: CaseAlert) =>
  `${SUPERVISION_STAGE_LABELS[alert.stage]} · ${alert.departments.join('、')}`;

/** The view with the case chased at `at`: its row in the red or yellow list then says 已催办. */
export function markChased(view: SupervisionView, id: string, at: string): SupervisionView {
  const mark = (list: CaseAlert[]) => list.map((a) => (a.id === id ? { ...a, chasedAt: at } : a));
  return { ...view, overdue: mark(view.overdue), dueSoon: mark(view.dueSoon) };
}

/** 95.1%; — when there is nothing to divide by. */
export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** The departments to choose from: those the console has seen, in Chinese order. */
export function departmentChoices(known: readonly string[], view: SupervisionView | undefined): string[] {
  const names = new Set([...known, ...(view?.departments.map((d) => d.department) ?? [])]);
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
}

/** `效能监察-20261203-1030.csv`, Beijing time. */
export function exportName(now = new Date()): string {
  const stamp = beijing(now).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `效能监察-${stamp}.csv`;
}

/** `12-03 10:30`, Beijing time: when a row was chased or the figures were read. */
export const shortTime = (iso: string) => beijing(new Date(iso)).toISOString().slice(5, 16).replace('T', ' ');
