import { fireEvent, render, waitFor } from '@testing-library/react';
import { type CaseAlert, type DepartmentFigures, type SupervisionView } from '@onetrip/shared';
import AdminSupervisionPage from '@/admin/supervision/index';
import Taro from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';

const RED_ID = '65a0000000000000000000a1';
const YELLOW_ID = '65a0000000000000000000b2';
const LAND = '县自然资源局（不动产登记中心）';
const TAX = '县税务局';

const stages = (approval: Partial<DepartmentFigures['stages'][number]> = {}) =>
  (['acceptance', 'supplement', 'approval', 'issuance', 'delivery'] as const).map((stage) => ({
    stage,
    green: stage === 'acceptance' ? 2 : 0,
    yellow: 0,
    red: 0,
    ...(stage === 'approval' ? approval : {}),
  }));

const alert = (id: string, light: 'red' | 'yellow', over: Partial<CaseAlert> = {}): CaseAlert => ({
  id,
  number: light === 'red' ? 'ZW20261120000001' : 'ZW20261201000002',
  itemNames: ['不动产转移登记'],
  departments: [LAND],
  stage: 'approval',
  dueAt: '2026-11-27T15:59:59.999Z',
  light,
  workingDays: light === 'red' ? 4 : 1,
  ...over,
});

function view(over: Partial<SupervisionView> = {}): SupervisionView {
  return {
    at: '2026-12-03T02:30:00.000Z',
    from: '2026-12-01',
    to: '2026-12-03',
    department: null,
    departments: [
      {
        department: LAND,
        open: 4,
        stages: stages({ red: 1, yellow: 1 }),
        red: 1,
        yellow: 1,
        finished: 10,
        onTime: 9,
        onTimeRate: 0.9,
        deemed: 1,
      },
      {
        department: TAX,
        open: 2,
        stages: stages(),
        red: 0,
        yellow: 0,
        finished: 0,
        onTime: 0,
        onTimeRate: null,
        deemed: 0,
      },
    ],
    overdue: [alert(RED_ID, 'red')],
    overdueTotal: 1,
    dueSoon: [alert(YELLOW_ID, 'yellow')],
    dueSoonTotal: 1,
    deemed: [
      {
        caseId: '65a0000000000000000000c3',
        number: 'ZW20261125000003',
        itemNames: ['契税申报'],
        departments: [TAX],
        at: '2026-12-02T01:00:00.000Z',
      },
    ],
    windows: [{ window: `department:${LAND}`, label: `${LAND}窗口`, handled: 10, onTime: 9, onTimeRate: 0.9 }],
    clerks: [
      {
        ...{
          userId: '65a0000000000000000000d4',
          name: '王*英',
          window: `department:${LAND}`,
          windowLabel: `${LAND}窗口`,
        },
        ...{ accepted: 6, decided: 4, issued: 3, handled: 10, onTime: 9, onTimeRate: 0.9 },
      },
    ],
    ratings: [
      { department: LAND, count: 5, average: 4.2, bad: 1, followupsOpen: 1, followupsOverdue: 1, followupsDone: 0 },
    ],
    complaints: { open: 3, overdue: 1, dueSoon: 1 },
    ...over,
  };
}

type Answer = { status: number; body?: unknown };

function server(
  chaseAnswer: () => Answer = () => ({ status: 201, body: { chasedAt: '2026-12-03T02:45:00.000Z', notified: 3 } }),
) {
  return fakeServer((call: FakeCall) => {
    if (call.url.startsWith(`${API}/admin/supervision?`) || call.url === `${API}/admin/supervision`) {
      const department = new URL(call.url).searchParams.get('department');
      return {
        status: 200,
        body: department
          ? view({
              department,
              departments: [view().departments[1] as DepartmentFigures],
              overdue: [],
              overdueTotal: 0,
            })
          : view(),
      };
    }
    if (call.url.endsWith('/chase')) return chaseAnswer();
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

async function open() {
  loginAs('access-7');
  render(<AdminSupervisionPage />);
  await waitFor(() => expect(byId('overdue-list')).toBeTruthy());
}

describe('效能监察', () => {
  it('shows each department’s lights by stage with a bar, and the period’s figures', async () => {
    const calls = server();
    await open();
    expect(calls[0]?.url).toBe(`${API}/admin/supervision`);
    expect(byId('supervision-page')).toBeTruthy();
    expect(text('lights-0-approval')).toBe('审批中011');
    expect(text('lights-0-open')).toBe('4 件');
    expect(text('lights-0-finished')).toBe('10 件 · 90%');
    expect(byId('lights-bar-0').querySelectorAll('.chart-seg--red')).toHaveLength(1);
    expect(text('supervision-period')).toBe('统计期间 2026-12-01 至 2026-12-03 · 红黄灯为 12-03 10:30 的情况');
    expect(text('window-0')).toContain('90%');
    expect(text('clerk-0')).toContain('受理 6 · 审批 4 · 出证 3');
    expect(text('rating-0')).toContain('回访 待办 1（超期 1） · 已办 0');
    expect(text('deemed-65a0000000000000000000c3')).toContain('ZW20261125000003');
    expect(text(`alert-${RED_ID}`)).toContain('超期 4 个工作日');
    expect(text(`alert-${YELLOW_ID}`)).toContain('剩余 1 个工作日');
    // 投诉建议 waiting for an answer, and the way to them.
    expect(text('supervision-complaints-count')).toBe('待答复 3 件，其中超期 1 件、临期 1 件');
    fireEvent.click(byId('supervision-complaints-open'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/admin/complaints/index' });
  });

  it('催办: the note sheet sends the note, says who was told, and the row then shows 已催办', async () => {
    const calls = server();
    await open();
    fireEvent.click(byId(`chase-${RED_ID}`));
    fireEvent.change(byId('chase-note'), { target: { value: '请今天内办结' } });
    fireEvent.click(byId('chase-confirm'));
    await waitFor(() => expect(byId(`chased-${RED_ID}`)).toBeTruthy());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`${API}/admin/supervision/cases/${RED_ID}/chase`);
    expect(post?.data).toEqual({ note: '请今天内办结' });
    expect(text(`chased-${RED_ID}`)).toBe('已催办 12-03 10:45');
    expect(document.getElementById(`chase-${RED_ID}`)).toBeNull();
    expect(document.getElementById('chase-sheet')).toBeNull();
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '已催办，已通知 3 人', icon: 'success' }),
    );
  });

  it('a refused chase (chased within the hour) says why and leaves the row as it was', async () => {
    server(() => ({ status: 429, body: errorBody('RATE_LIMITED', '该办件已于 10:20 催办，1 小时内不能重复催办') }));
    await open();
    fireEvent.click(byId(`chase-${YELLOW_ID}`));
    fireEvent.click(byId('chase-confirm'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '该办件已于 10:20 催办，1 小时内不能重复催办' }),
      ),
    );
    expect(byId(`chase-${YELLOW_ID}`)).toBeTruthy();
    expect(byId('chase-sheet')).toBeTruthy();
  });

  it('narrows to one department picked from those it has seen', async () => {
    const calls = server();
    await open();
    const picker = byId('supervision-department').querySelector('input.picker-mock') as HTMLElement;
    // 全部部门 first, then the departments in Chinese order.
    fireEvent.change(picker, { target: { value: '1' } });
    await waitFor(() => expect(calls).toHaveLength(2));
    const first = [LAND, TAX].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'))[0];
    expect(new URL(calls[1]?.url ?? '').searchParams.get('department')).toBe(first);
    await waitFor(() => expect(text('overdue-list')).toBe('没有超期的办件'));
  });

  it('exports the same query as a CSV with the token', async () => {
    server();
    await open();
    fireEvent.click(byId('chip-lastMonth'));
    const csv = new Blob(['\uFEFF效能监察报表'], { type: 'text/csv' });
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => csv }));
    Object.assign(globalThis, { fetch: fetchMock });
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.href} ${this.download}`);
    });
    fireEvent.click(byId('supervision-export'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^blob:csv 效能监察-\d{8}-\d{4}\.csv$/);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(
      new RegExp(`^${API}/admin/supervision/export\\.csv\\?from=\\d{4}-\\d{2}-01&to=\\d{4}-\\d{2}-\\d{2}$`),
    );
    expect(init).toEqual({ headers: { Authorization: 'Bearer access-7' } });
  });
});
