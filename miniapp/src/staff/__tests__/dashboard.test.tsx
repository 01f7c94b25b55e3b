import { fireEvent, render, waitFor } from '@testing-library/react';
import { type HallStatistics, type MeResponse, type StatisticsView } from '@onetrip/shared';
import StaffDashboardPage from '@/staff/dashboard/index';
import StaffQueuePage from '@/staff/queue/index';
import { periodOf, volumeChart } from '@/staff/dashboard/stats';
import { formatSeconds, hallTotals } from '@/staff/dashboard/hall-figures';
import Taro from '@/__mocks__/taro';
import { API, errorBody, loginAs, type FakeCall } from '@/__tests__/helpers';
import { hallGroup, meOf, staffServer } from './staff-fixtures';

// 2026-11-25 18:00 UTC is already 2026-11-26 in Shanghai, where the centre counts its days.
const NOW = new Date('2026-11-25T18:00:00.000Z');

function stats(over: Partial<StatisticsView> = {}): StatisticsView {
  return {
    from: '2026-10-28',
    to: '2026-11-26',
    department: '县自然资源局（不动产登记中心）',
    volumes: [
      { department: '县自然资源局（不动产登记中心）', status: 'submitted', count: 2 },
      { department: '县自然资源局（不动产登记中心）', status: 'accepted', count: 3 },
      { department: '县自然资源局（不动产登记中心）', status: 'completed', count: 5 },
      { department: '县税务局', status: 'completed', count: 4 },
      { department: '县税务局', status: 'rejected', count: 1 },
    ],
    onTimeRate: 0.9512,
    averageDays: 3.25,
    goodRatingRate: 0.75,
    ratings: { count: 8, average: 4.1, byScore: { 1: 1, 2: 1, 3: 0, 4: 2, 5: 4 } },
    ...over,
  };
}

/** The hall's day as the BFF tells it: not the device's (NOW is already 2026-11-26 in Shanghai). */
const HALL_DAY = '2026-11-27';

/** Today's hall: the dashboard reads it beside the department's figures. */
const HALL_STATS: HallStatistics = {
  date: HALL_DAY,
  groups: [
    {
      group: 'zonghe',
      name: '综合受理',
      tickets: 12,
      booked: 3,
      waiting: 4,
      done: 6,
      noShow: 1,
      transferred: 1,
      cancelled: 0,
      waitSeconds: { count: 8, average: 754, max: 1800 },
      serviceSeconds: { count: 6, average: 45, max: 300 },
    },
    {
      group: 'budongchan',
      name: '不动产登记',
      tickets: 0,
      booked: 0,
      waiting: 0,
      done: 0,
      noShow: 0,
      transferred: 0,
      cancelled: 0,
      waitSeconds: { count: 0, average: null, max: null },
      serviceSeconds: { count: 0, average: null, max: null },
    },
  ],
};

/** The hall's groups and its day (`today` of the first group): the dashboard asks the hall which day it is. */
function hallAnswer(call: FakeCall): { status: number; body: unknown } | null {
  if (call.url === `${API}/hall/groups`) return { status: 200, body: { items: [hallGroup('zonghe')] } };
  if (call.url === `${API}/hall/groups/zonghe`)
    return { status: 200, body: { ...hallGroup('zonghe'), today: { date: HALL_DAY, open: true, waiting: 4 } } };
  if (call.url.includes('/hall/statistics')) return { status: 200, body: HALL_STATS };
  return null;
}

/** The department's statistics answer `body`; the hall's today, HALL_STATS. Returns the department's calls. */
function dashboardServer(body: () => { status: number; body?: unknown }, me?: MeResponse) {
  const calls = staffServer((call) => hallAnswer(call) ?? body(), me);
  return { all: calls, stats: () => calls.filter((c) => c.url.includes('/staff/statistics')) };
}

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const widthOf = (id: string) => (document.querySelector(`#${id} .chart-bar`) as HTMLElement | null)?.style.width;

describe('dashboard periods', () => {
  it('ends every period today in Shanghai, whatever the phone’s zone', () => {
    expect(periodOf('week', NOW)).toEqual({ from: '2026-11-20', to: '2026-11-26' });
    expect(periodOf('month', NOW)).toEqual({ from: '2026-10-28', to: '2026-11-26' });
    expect(periodOf('calendarMonth', NOW)).toEqual({ from: '2026-11-01', to: '2026-11-26' });
    expect(periodOf('year', NOW)).toEqual({ from: '2026-01-01', to: '2026-11-26' });
    expect(periodOf('year', new Date('2026-12-31T16:30:00.000Z'))).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });

  it('groups statuses for the charts and ranks departments by volume', () => {
    const chart = volumeChart(stats().volumes);
    expect(chart.total).toBe(15);
    expect(chart.groups.map((g) => [g.label, g.count])).toEqual([
      ['待受理', 2],
      ['办理中', 3],
      ['已办结', 9],
      ['未通过', 1],
    ]);
    expect(chart.departments.map((d) => [d.department, d.total, d.width])).toEqual([
      ['县自然资源局（不动产登记中心）', 10, 100],
      ['县税务局', 5, 50],
    ]);
    // One case in fifteen still draws a visible sliver.
    expect(chart.groups.find((g) => g.key === 'refused')?.width).toBe(6.7);
    expect(volumeChart([{ department: 'A', status: 'withdrawn', count: 1 }]).groups[0]?.width).toBe(100);
  });
});

describe('dashboard page', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW, advanceTimers: true });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('asks for the last 30 days and draws the figures, statuses, departments and ratings', async () => {
    loginAs();
    const calls = dashboardServer(() => ({ status: 200, body: stats() }));
    render(<StaffDashboardPage />);
    await waitFor(() => expect(document.getElementById('stats-summary')).not.toBeNull());
    expect(calls.stats()[0]?.url).toBe(`${API}/staff/statistics?from=2026-10-28&to=2026-11-26`);
    expect(document.getElementById('period-month')?.className).toContain('staff-tab--active');

    expect(text('stats-department')).toBe('县自然资源局（不动产登记中心）');
    expect(text('stats-period')).toContain('2026-10-28 至 2026-11-26');
    expect(text('stat-volume-value')).toBe('15');
    expect(text('stat-ontime-value')).toBe('95.1%');
    expect(text('stat-days')).toContain('3.3');
    expect(text('stat-days')).toContain('个工作日');
    expect(text('stat-good-value')).toBe('75%');
    expect(widthOf('stat-ontime-meter')).toBe('95.1%');
    expect(widthOf('stat-good-meter')).toBe('75%');

    expect(text('status-legend-completed')).toContain('已办结 9');
    expect(text('status-legend-completed')).toContain('60%');
    expect(text('status-row-completed')).toContain('9 件');
    expect(text('dept-0')).toContain('县自然资源局（不动产登记中心）');
    expect(text('dept-0')).toContain('10 件');
    expect(widthOf('dept-bar-0')).toBe('100%');
    expect(widthOf('dept-bar-1')).toBe('50%');
    expect(text('dept-1')).toContain('已办结 4 · 未通过 1');

    expect(text('ratings-summary')).toContain('4.1');
    expect(text('ratings-summary')).toContain('共 8 条评价');
    expect(text('rating-bar-5')).toContain('4 条');
    expect(widthOf('rating-bar-5')).toBe('50%');
    expect(widthOf('rating-bar-3')).toBe('0%');
    await waitFor(() => expect(document.getElementById('hall-group-zonghe')).not.toBeNull());
  });

  it('loads another period when it is chosen', async () => {
    loginAs();
    const calls = dashboardServer(() => ({ status: 200, body: stats() }));
    render(<StaffDashboardPage />);
    await waitFor(() => expect(calls.stats()).toHaveLength(1));
    fireEvent.click(document.getElementById('period-week') as HTMLElement);
    await waitFor(() => expect(calls.stats()).toHaveLength(2));
    expect(calls.stats()[1]?.url).toBe(`${API}/staff/statistics?from=2026-11-20&to=2026-11-26`);
    fireEvent.click(document.getElementById('period-year') as HTMLElement);
    await waitFor(() => expect(calls.stats()).toHaveLength(3));
    expect(calls.stats()[2]?.url).toBe(`${API}/staff/statistics?from=2026-01-01&to=2026-11-26`);
    // The hall's day does not change with the period: read once.
    await waitFor(() => expect(document.getElementById('hall-group-zonghe')).not.toBeNull());
    expect(calls.all.filter((c) => c.url.includes('/hall/statistics'))).toHaveLength(1);
    expect(document.getElementById('period-year')?.className).toContain('staff-tab--active');
    await waitFor(() => expect(document.getElementById('stats-updating')).toBeNull());
  });

  it('says when there is nothing to count instead of drawing empty charts', async () => {
    loginAs();
    dashboardServer(() => ({
      status: 200,
      body: stats({
        volumes: [],
        onTimeRate: null,
        averageDays: null,
        goodRatingRate: null,
        ratings: { count: 0, average: null, byScore: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } },
      }),
    }));
    render(<StaffDashboardPage />);
    await waitFor(() => expect(document.getElementById('stats-summary')).not.toBeNull());
    expect(text('stat-volume-value')).toBe('0');
    expect(text('stat-ontime')).toContain('—');
    expect(text('stat-ontime')).toContain('暂无已办结的办件');
    expect(text('stat-days')).not.toContain('个工作日');
    expect(text('stat-good')).toContain('暂无评价');
    expect(text('status-empty')).toBe('该时段没有提交的办件');
    expect(text('ratings-empty')).toBe('该时段暂无评价');
    expect(document.getElementById('status-bar')).toBeNull();
    await waitFor(() => expect(document.getElementById('hall-group-zonghe')).not.toBeNull());
  });

  it('shows the server’s reason with 重试 when the statistics cannot be read', async () => {
    loginAs();
    dashboardServer(() => ({ status: 403, body: errorBody('FORBIDDEN', '您尚未设置所属部门') }));
    render(<StaffDashboardPage />);
    await waitFor(() => expect(document.getElementById('remote-error')).not.toBeNull());
    expect(text('remote-error')).toContain('您尚未设置所属部门');
    expect(text('remote-error')).toContain('重试');
    // The hall's figures are the hall's: they still show.
    await waitFor(() => expect(document.getElementById('hall-group-zonghe')).not.toBeNull());
  });

  it('is opened from the staff queue', async () => {
    loginAs();
    staffServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    render(<StaffQueuePage />);
    await waitFor(() => expect(document.getElementById('queue-empty')).not.toBeNull());
    fireEvent.click(document.getElementById('dashboard-entry') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/dashboard/index' });
  });
});

describe('dashboard: the hall today', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW, advanceTimers: true });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('shows each group’s tickets, waiting now, average wait and service, and no-shows of the hall’s day', async () => {
    loginAs();
    const calls = dashboardServer(() => ({ status: 200, body: stats() }));
    render(<StaffDashboardPage />);
    await waitFor(() => expect(document.getElementById('hall-group-zonghe')).not.toBeNull());
    expect(calls.all.find((c) => c.url.includes('/hall/statistics'))?.url).toBe(
      `${API}/hall/statistics?date=${HALL_DAY}`,
    );
    expect(text('stats-hall')).toContain(`今日大厅排队（${HALL_DAY}）`);
    expect(text('hall-group-zonghe-tickets')).toContain('12');
    expect(text('hall-group-zonghe-waiting')).toContain('4');
    expect(text('hall-group-zonghe-wait')).toContain('13 分钟');
    expect(text('hall-group-zonghe-service')).toContain('45 秒');
    expect(text('hall-group-zonghe-no-show')).toContain('1');
    // Nobody timed yet: a dash, not 0 秒.
    expect(text('hall-group-budongchan-wait')).toContain('—');
    // The hall as a whole: the averages weigh each group by the tickets timed.
    expect(text('hall-totals')).toContain('全厅取号 12');
    expect(text('hall-totals')).toContain('平均等候 13 分钟');
  });

  it('reads the hall again on 刷新', async () => {
    loginAs();
    let reads = 0;
    staffServer((call) => {
      if (!call.url.includes('/hall/statistics')) return hallAnswer(call) ?? { status: 200, body: stats() };
      reads += 1;
      const [first, ...rest] = HALL_STATS.groups;
      return { status: 200, body: { ...HALL_STATS, groups: [{ ...first, tickets: 11 + reads }, ...rest] } };
    });
    render(<StaffDashboardPage />);
    await waitFor(() => expect(text('hall-group-zonghe-tickets')).toContain('12'));
    fireEvent.click(document.getElementById('hall-refresh') as HTMLElement);
    await waitFor(() => expect(text('hall-group-zonghe-tickets')).toContain('13'));
    expect(reads).toBe(2);
  });

  it('a comprehensive window sees the hall only: the BFF has no department figures for it', async () => {
    loginAs();
    const calls = dashboardServer(
      () => ({ status: 403, body: errorBody('FORBIDDEN', '您尚未设置所属部门') }),
      meOf('comprehensive'),
    );
    render(<StaffDashboardPage />);
    await waitFor(() => expect(document.getElementById('hall-group-zonghe')).not.toBeNull());
    expect(text('staff-who-title')).toBe('综合窗口 · 县政务服务中心一楼');
    expect(calls.stats()).toHaveLength(0);
    expect(document.getElementById('remote-error')).toBeNull();
    expect(document.getElementById('period-picker')).toBeNull();
  });

  it('says why with 重试 when the hall cannot be read', async () => {
    loginAs();
    staffServer(
      (call) =>
        call.url.includes('/hall/statistics')
          ? { status: 503, body: errorBody('UPSTREAM_UNAVAILABLE', '服务暂时不可用') }
          : (hallAnswer(call) as { status: number; body: unknown }),
      meOf('results'),
    );
    render(<StaffDashboardPage />);
    await waitFor(() => expect(document.getElementById('hall-error')).not.toBeNull());
    expect(text('hall-error')).toContain('重试');
  });
});

describe('hall figures', () => {
  it('reads seconds as people do', () => {
    expect(formatSeconds(null)).toBe('—');
    expect(formatSeconds(0)).toBe('0 秒');
    expect(formatSeconds(59)).toBe('59 秒');
    expect(formatSeconds(90)).toBe('2 分钟');
    expect(formatSeconds(3600)).toBe('1 小时');
    expect(formatSeconds(3900)).toBe('1 小时 5 分');
  });

  it('weighs the hall’s averages by how many tickets each group timed', () => {
    const totals = hallTotals(HALL_STATS.groups);
    expect(totals).toEqual({ tickets: 12, waiting: 4, noShow: 1, waitAverage: 754, serviceAverage: 45 });
    expect(hallTotals([]).waitAverage).toBeNull();
  });
});
