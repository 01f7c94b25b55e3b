import { fireEvent, render, waitFor } from '@testing-library/react';
import { type StatisticsView } from '@onetrip/shared';
import StaffDashboardPage from '@/staff/dashboard/index';
import StaffQueuePage from '@/staff/queue/index';
import { periodOf, volumeChart } from '@/staff/dashboard/stats';
import Taro from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs } from '@/__tests__/helpers';

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
    const calls = fakeServer(() => ({ status: 200, body: stats() }));
    render(<StaffDashboardPage />);
    await waitFor(() => expect(document.getElementById('stats-summary')).not.toBeNull());
    expect(calls[0]?.url).toBe(`${API}/staff/statistics?from=2026-10-28&to=2026-11-26`);
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
  });

  it('loads another period when it is chosen', async () => {
    loginAs();
    const calls = fakeServer(() => ({ status: 200, body: stats() }));
    render(<StaffDashboardPage />);
    await waitFor(() => expect(calls).toHaveLength(1));
    fireEvent.click(document.getElementById('period-week') as HTMLElement);
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.url).toBe(`${API}/staff/statistics?from=2026-11-20&to=2026-11-26`);
    fireEvent.click(document.getElementById('period-year') as HTMLElement);
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2]?.url).toBe(`${API}/staff/statistics?from=2026-01-01&to=2026-11-26`);
    expect(document.getElementById('period-year')?.className).toContain('staff-tab--active');
    await waitFor(() => expect(document.getElementById('stats-updating')).toBeNull());
  });

  it('says when there is nothing to count instead of drawing empty charts', async () => {
    loginAs();
    fakeServer(() => ({
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
  });

  it('shows the server’s reason with 重试 when the statistics cannot be read', async () => {
    loginAs();
    fakeServer(() => ({ status: 403, body: errorBody('FORBIDDEN', '您尚未设置所属部门') }));
    render(<StaffDashboardPage />);
    await waitFor(() => expect(document.getElementById('remote-error')).not.toBeNull());
    expect(text('remote-error')).toContain('您尚未设置所属部门');
    expect(text('remote-error')).toContain('重试');
  });

  it('is opened from the staff queue', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    render(<StaffQueuePage />);
    await waitFor(() => expect(document.getElementById('queue-empty')).not.toBeNull());
    fireEvent.click(document.getElementById('dashboard-entry') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/dashboard/index' });
  });
});
