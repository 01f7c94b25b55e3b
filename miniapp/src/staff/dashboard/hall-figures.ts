import { type HallStatistics } from '@onetrip/shared';

/** Whole seconds as people read a wait: 45 秒, 12 分钟, 1 小时 5 分; — when nobody was timed. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${seconds} 秒`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} 分钟`;
  const rest = minutes % 60;
  return rest ? `${Math.floor(minutes / 60)} 小时 ${rest} 分` : `${minutes / 60} 小时`;
}

export type HallGroupFigures = HallStatistics['groups'][number];

/** The whole hall's day, summed over the groups (averages weighted by how many were timed). */
export function hallTotals(groups: HallGroupFigures[]) {
  const sum = (pick: (g: HallGroupFigures) => number) => groups.reduce((n, g) => n + pick(g), 0);
  const average = (pick: (g: HallGroupFigures) => HallGroupFigures['waitSeconds']) => {
    const count = sum((g) => pick(g).count);
    return count ? Math.round(sum((g) => (pick(g).average ?? 0) * pick(g).count) / count) : null;
  };
  return {
    tickets: sum((g) => g.tickets),
    waiting: sum((g) => g.waiting),
    noShow: sum((g) => g.noShow),
    waitAverage: average((g) => g.waitSeconds),
    serviceAverage: average((g) => g.serviceSeconds),
  };
}
