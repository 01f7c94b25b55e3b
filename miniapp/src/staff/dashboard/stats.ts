import { CASE_STATUS_LABELS, type CaseStatus, type StatisticsView } from '@onetrip/shared';
import { type StatisticsPeriod } from '@/services/staff';

/** The periods offered on the dashboard; the server allows any of up to 366 days. */
export const PERIODS = [
  { key: 'week', label: '近7天' },
  { key: 'month', label: '近30天' },
  { key: 'calendarMonth', label: '本月' },
  { key: 'year', label: '本年' },
] as const;
export type PeriodKey = (typeof PERIODS)[number]['key'];

const DAY_MS = 86_400_000;
// The centre counts days in Asia/Shanghai (UTC+8, no daylight saving), whatever the phone's zone.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `from`/`to` of a period ending today (Shanghai days, both included). */
export function periodOf(key: PeriodKey, now = new Date()): StatisticsPeriod {
  const today = now.getTime() + SHANGHAI_OFFSET_MS;
  const to = isoDay(today);
  switch (key) {
    case 'week':
      return { from: isoDay(today - 6 * DAY_MS), to };
    case 'month':
      return { from: isoDay(today - 29 * DAY_MS), to };
    case 'calendarMonth':
      return { from: `${to.slice(0, 7)}-01`, to };
    case 'year':
      return { from: `${to.slice(0, 4)}-01-01`, to };
  }
}

/**
 * Statuses in a few groups, so a stacked bar stays readable on a phone: what waits for the window, for
 * the resident, is in hand, ended well, ended with a refusal, or was withdrawn.
 */
export const GROUPS = [
  { key: 'waiting', label: '待受理' },
  { key: 'supplement', label: '待补正' },
  { key: 'processing', label: '办理中' },
  { key: 'completed', label: '已办结' },
  { key: 'refused', label: '未通过' },
  { key: 'withdrawn', label: '已撤回' },
] as const;
export type GroupKey = (typeof GROUPS)[number]['key'];

const GROUP_OF: Record<CaseStatus, GroupKey> = {
  // A draft has no submission date, so the statistics never count one; it would be waiting if they did.
  draft: 'waiting',
  submitted: 'waiting',
  supplement_required: 'supplement',
  accepted: 'processing',
  approved: 'processing',
  issued: 'processing',
  shipping: 'processing',
  delivered: 'processing',
  ready_for_pickup: 'processing',
  completed: 'completed',
  denied: 'refused',
  rejected: 'refused',
  withdrawn: 'withdrawn',
};

export const groupOf = (status: CaseStatus): GroupKey => GROUP_OF[status];

/** A share in per cent of the whole; a non-zero count never draws thinner than `MIN_WIDTH`, so it stays visible. */
const MIN_WIDTH = 2;
export function widthOf(count: number, whole: number): number {
  if (count <= 0 || whole <= 0) return 0;
  return Math.max(MIN_WIDTH, Math.round((count / whole) * 1000) / 10);
}

export interface Segment {
  key: GroupKey;
  label: string;
  count: number;
  /** per cent of the bar */
  width: number;
}

function segmentsOf(counts: Map<GroupKey, number>, whole: number): Segment[] {
  return GROUPS.filter((g) => (counts.get(g.key) ?? 0) > 0).map((g) => {
    const count = counts.get(g.key) ?? 0;
    return { key: g.key, label: g.label, count, width: widthOf(count, whole) };
  });
}

export interface StatusRow {
  status: CaseStatus;
  label: string;
  group: GroupKey;
  count: number;
}

export interface DepartmentBar {
  department: string;
  total: number;
  /** the bar's length, per cent of the busiest department's */
  width: number;
  /** the bar's parts, per cent of this department's total */
  segments: Segment[];
}

export interface VolumeChart {
  /** cases counted: a chain case once per department it involves */
  total: number;
  groups: Segment[];
  statuses: StatusRow[];
  departments: DepartmentBar[];
}

/** The `volumes` of GET /staff/statistics as the dashboard draws them. */
export function volumeChart(volumes: StatisticsView['volumes']): VolumeChart {
  const groups = new Map<GroupKey, number>();
  const statuses = new Map<CaseStatus, number>();
  const departments = new Map<string, Map<GroupKey, number>>();
  let total = 0;
  for (const v of volumes) {
    if (v.count <= 0) continue;
    const group = groupOf(v.status);
    total += v.count;
    groups.set(group, (groups.get(group) ?? 0) + v.count);
    statuses.set(v.status, (statuses.get(v.status) ?? 0) + v.count);
    const byGroup = departments.get(v.department) ?? new Map<GroupKey, number>();
    byGroup.set(group, (byGroup.get(group) ?? 0) + v.count);
    departments.set(v.department, byGroup);
  }
  const totals = [...departments].map(([department, byGroup]) => ({
    department,
    byGroup,
    total: [...byGroup.values()].reduce((a, b) => a + b, 0),
  }));
  const busiest = Math.max(0, ...totals.map((d) => d.total));
  return {
    total,
    groups: segmentsOf(groups, total),
    statuses: [...statuses]
      .map(([status, count]) => ({ status, label: CASE_STATUS_LABELS[status], group: groupOf(status), count }))
      .sort((a, b) => b.count - a.count),
    departments: totals
      .sort((a, b) => b.total - a.total || a.department.localeCompare(b.department, 'zh'))
      .map((d) => ({
        department: d.department,
        total: d.total,
        width: widthOf(d.total, busiest),
        segments: segmentsOf(d.byGroup, d.total),
      })),
  };
}

export interface RatingBar {
  score: 1 | 2 | 3 | 4 | 5;
  count: number;
  /** per cent of all ratings */
  width: number;
}

/** Five stars down to one, each with its share of all ratings. */
export function ratingBars(ratings: StatisticsView['ratings']): RatingBar[] {
  return ([5, 4, 3, 2, 1] as const).map((score) => ({
    score,
    count: ratings.byScore[score],
    width: widthOf(ratings.byScore[score], ratings.count),
  }));
}

/** 0.9512 → 95.1%; null (nothing to divide by) → —. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${Math.round(rate * 1000) / 10}%`;
}

/** 3.25 → 3.3; null → —. */
export function formatNumber(value: number | null): string {
  if (value === null) return '—';
  return String(Math.round(value * 10) / 10);
}
