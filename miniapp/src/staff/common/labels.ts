import { type Light } from '@onetrip/shared';

export const LIGHT_LABELS: Record<Light, string> = { green: '正常', yellow: '临近时限', red: '已超时' };

export const STAFF_PAGES = {
  queue: '/staff/queue/index',
  case: (id: string) => `/staff/case/index?id=${encodeURIComponent(id)}`,
  dashboard: '/staff/dashboard/index',
  call: '/staff/call/index',
  /** 柜台受理 of a walk-in resident (built in `staff/counter`) */
  counter: '/staff/counter/index',
} as const;

/** 2 → ★★☆☆☆: a score drawn the way the resident gave it. */
export function stars(score: number): string {
  const n = Math.max(0, Math.min(5, Math.round(score)));
  return '★'.repeat(n) + '☆'.repeat(5 - n);
}

/** `2026-11-25T02:03:00Z` → `2026-11-25` in the phone's time zone. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
