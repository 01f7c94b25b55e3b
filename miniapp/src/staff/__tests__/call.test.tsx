import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { type StaffTicketView } from '@onetrip/shared';
import StaffCallPage from '@/staff/call/index';
import { consoleButtons, servedGroups, transferTargets } from '@/staff/call/console-state';
import { matchCases } from '@/staff/call/ServeSheet';
import Taro from '@/__mocks__/taro';
import { API, errorBody, loginAs, type FakeCall } from '@/__tests__/helpers';
import { HALL, hallGroup, meOf, staffServer } from './staff-fixtures';

const ZONGHE = hallGroup('zonghe', { items: ['LNYDZ', 'HUJI'] });
const SHEBAO = hallGroup('shebao', { name: '社保医保', prefix: 'S', items: ['YANGLAO'], windows: ['A07'] });
const BDC = hallGroup('budongchan', { name: '不动产登记', hall: '县政务服务中心二楼', prefix: 'B', items: ['BDC'] });
const GROUPS = [ZONGHE, SHEBAO, BDC];

const TODAY = '2026-11-26';
const NOW = new Date('2026-11-26T02:00:00.000Z');

function ticket(over: Partial<StaffTicketView> = {}): StaffTicketView {
  return {
    id: 't1',
    group: 'zonghe',
    date: TODAY,
    number: 'A012',
    status: 'called',
    booked: false,
    window: 'A04',
    recalls: 0,
    takenAt: '2026-11-26T01:30:00.000Z',
    calledAt: '2026-11-26T02:00:00.000Z',
    ...over,
  };
}

const ROWS = [
  { id: 'c1', number: 'ZW20261126000101', status: 'submitted', itemNames: ['老年优待证办理'], paused: false },
  { id: 'c2', number: 'ZW20261126000207', status: 'accepted', itemNames: ['户口迁移'], paused: false },
];

const byId = (id: string) => document.getElementById(id);
const text = (id: string) => byId(id)?.textContent ?? '';
const click = (id: string) => fireEvent.click(byId(id) as HTMLElement);
const posts = (calls: FakeCall[]) => calls.filter((c) => c.method === 'POST');

/**
 * The hall as the console meets it: the groups, 民政局's items (LNYDZ), the zonghe group's queue
 * (`waiting` people), the clerk's queues (ROWS), and `onPost` for the clerk's actions.
 */
let waiting = 3;

function hallServer(onPost: (call: FakeCall) => { status: number; body?: unknown }, me = meOf('department')) {
  waiting = 3;
  const calls = staffServer((call) => {
    if (call.method === 'POST') {
      const answer = onPost(call);
      if (call.url.endsWith('/call-next') && answer.status === 200) waiting -= 1;
      return answer;
    }
    if (call.url === `${API}/hall/groups`) return { status: 200, body: { items: GROUPS } };
    if (call.url.startsWith(`${API}/hall/groups/`)) {
      const code = call.url.split('/').pop() as string;
      const group = GROUPS.find((g) => g.code === code);
      return { status: 200, body: { ...group, today: { date: TODAY, open: true, waiting } } };
    }
    if (call.url.startsWith(`${API}/items?`)) {
      return { status: 200, body: { items: [{ code: 'LNYDZ' }], total: 1 } };
    }
    if (call.url.startsWith(`${API}/staff/applications?`)) {
      return {
        status: 200,
        body: call.url.includes('stage=acceptance') ? { items: ROWS, total: 2 } : { items: [], total: 0 },
      };
    }
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  }, me);
  return calls;
}

async function openConsole() {
  render(<StaffCallPage />);
  await waitFor(() => expect(byId('call-board')).not.toBeNull());
  await waitFor(() => expect(text('call-waiting')).toContain('等候'));
}

beforeEach(() => {
  jest.useFakeTimers({ now: NOW, advanceTimers: true });
  loginAs();
  Taro.setStorageSync('onetrip.user', JSON.stringify({ id: 'clerk-1', roles: ['staff'], realNameVerified: true }));
});
afterEach(() => {
  jest.useRealTimers();
});

describe('console rules', () => {
  it('serves the groups the BFF lets the clerk call for', () => {
    const front = { kind: 'comprehensive' as const, department: '', hall: HALL };
    expect(servedGroups(GROUPS, front, new Set()).map((g) => g.code)).toEqual(['zonghe', 'shebao']);
    const dept = { kind: 'department' as const, department: '民政局', hall: '' };
    expect(servedGroups(GROUPS, dept, new Set(['LNYDZ'])).map((g) => g.code)).toEqual(['zonghe']);
    expect(servedGroups(GROUPS, { ...front, kind: 'results' }, new Set(['LNYDZ']))).toEqual([]);
    expect(servedGroups(GROUPS, { ...front, hall: '' }, new Set())).toEqual([]);
    expect(transferTargets(GROUPS, ZONGHE).map((g) => g.code)).toEqual(['shebao']);
  });

  it('calls the next number only with none in hand; acts on the one in hand', () => {
    expect(consoleButtons(null, false).next).toBe(false);
    expect(consoleButtons(null, true)).toEqual({
      next: true,
      recall: false,
      noShow: false,
      transfer: false,
      serve: false,
      done: false,
    });
    expect(consoleButtons(ticket(), true)).toMatchObject({ next: false, recall: true, noShow: true, done: true });
    expect(consoleButtons(ticket({ status: 'serving' }), true)).toMatchObject({
      recall: false,
      serve: true,
      done: true,
    });
    expect(consoleButtons(ticket({ status: 'no_show' }), true).next).toBe(true);
  });

  it('finds a case by its whole number or its last digits', () => {
    const rows = ROWS as Parameters<typeof matchCases>[0];
    expect(matchCases(rows, '0207').map((r) => r.id)).toEqual(['c2']);
    expect(matchCases(rows, ' zw20261126000101 ').map((r) => r.id)).toEqual(['c1']);
    expect(matchCases(rows, '')).toHaveLength(2);
  });
});

describe('叫号 console', () => {
  it('lists the department’s groups, remembers the window, calls the next number big and refreshes the count', async () => {
    const calls = hallServer(() => ({ status: 200, body: ticket() }));
    await openConsole();
    expect(text('staff-who-title')).toBe('民政局');
    expect(
      calls.some((c) => c.url === `${API}/items?department=${encodeURIComponent('民政局')}&page=1&pageSize=50`),
    ).toBe(true);
    expect(byId('call-group-zonghe')).not.toBeNull();
    expect(byId('call-group-budongchan')).toBeNull();
    expect(text('call-waiting')).toContain('综合受理 等候 3 人');
    // No window chosen yet: nothing to call from.
    expect((byId('call-next') as HTMLButtonElement).disabled).toBe(true);
    click('call-window-A04');
    expect((byId('call-next') as HTMLButtonElement).disabled).toBe(false);
    click('call-next');
    await waitFor(() => expect(text('call-number')).toBe('A012'));
    expect(posts(calls)[0]).toMatchObject({ url: `${API}/hall/groups/zonghe/call-next`, data: { window: 'A04' } });
    expect(text('call-status')).toBe('已呼叫 · 请到 A04 窗口');
    await waitFor(() => expect(text('call-waiting')).toContain('等候 2 人'));
    // A number in hand: the next one waits.
    expect((byId('call-next') as HTMLButtonElement).disabled).toBe(true);
    expect(JSON.parse(Taro.getStorageSync('onetrip.staff.call') as string)).toMatchObject({
      user: 'clerk-1',
      group: 'zonghe',
      window: 'A04',
      ticket: { id: 't1' },
    });
  });

  it('comes back to the window and the number in hand after a reload; another clerk’s memory is not used', async () => {
    Taro.setStorageSync(
      'onetrip.staff.call',
      JSON.stringify({ user: 'clerk-1', group: 'zonghe', window: 'A03', ticket: ticket({ window: 'A03' }) }),
    );
    hallServer(() => ({ status: 200, body: ticket() }));
    await openConsole();
    expect(byId('call-window-A03')?.className).toContain('staff-choice--on');
    expect(text('call-number')).toBe('A012');

    Taro.setStorageSync('onetrip.user', JSON.stringify({ id: 'clerk-2', roles: ['staff'], realNameVerified: true }));
    document.body.innerHTML = '';
    await openConsole();
    expect(text('call-number')).toBe('—');
  });

  it('drops a remembered number of another day once the hall says which day it is', async () => {
    // The device's clock says 2026-11-26 too: the hall's day decides, not the device's.
    const yesterday = ticket({ date: '2026-11-25' });
    Taro.setStorageSync(
      'onetrip.staff.call',
      JSON.stringify({ user: 'clerk-1', group: 'zonghe', window: 'A04', ticket: yesterday }),
    );
    hallServer(() => ({ status: 200, body: ticket() }));
    await openConsole();
    expect(text('call-number')).toBe('—');
    expect((byId('call-next') as HTMLButtonElement).disabled).toBe(false);
  });

  it('recalls, marks a no-show, and can then call again', async () => {
    Taro.setStorageSync(
      'onetrip.staff.call',
      JSON.stringify({ user: 'clerk-1', group: 'zonghe', window: 'A04', ticket: ticket() }),
    );
    const calls = hallServer((call) =>
      call.url.endsWith('/recall')
        ? { status: 200, body: ticket({ recalls: 1 }) }
        : { status: 200, body: ticket({ recalls: 1, status: 'no_show' }) },
    );
    await openConsole();
    click('call-recall');
    await waitFor(() => expect(text('call-status')).toContain('已重呼 1 次'));
    click('call-no-show');
    await waitFor(() => expect(text('call-status')).toContain('已过号'));
    expect(posts(calls).map((c) => c.url)).toEqual([`${API}/tickets/t1/recall`, `${API}/tickets/t1/no-show`]);
    expect((byId('call-next') as HTMLButtonElement).disabled).toBe(false);
    expect((byId('call-recall') as HTMLButtonElement).disabled).toBe(true);
  });

  it('sends the number on to another group of the hall', async () => {
    Taro.setStorageSync(
      'onetrip.staff.call',
      JSON.stringify({ user: 'clerk-1', group: 'zonghe', window: 'A04', ticket: ticket() }),
    );
    const calls = hallServer(() => ({
      status: 200,
      body: ticket({ status: 'transferred', transferredTo: { id: 't9', group: 'shebao', number: 'S004' } }),
    }));
    await openConsole();
    click('call-transfer');
    expect(byId('transfer-group-budongchan')).toBeNull(); // another hall
    expect((byId('transfer-send') as HTMLButtonElement).disabled).toBe(true);
    click('transfer-group-shebao');
    click('transfer-send');
    await waitFor(() => expect(text('call-status')).toBe('已转组 · 新号 S004'));
    expect(posts(calls)[0]).toMatchObject({ url: `${API}/tickets/t1/transfer`, data: { group: 'shebao' } });
    expect(byId('transfer-dialog')).toBeNull();
  });

  it('starts serving linked to a case found by its last digits, opens it, and finishes', async () => {
    Taro.setStorageSync(
      'onetrip.staff.call',
      JSON.stringify({ user: 'clerk-1', group: 'zonghe', window: 'A04', ticket: ticket() }),
    );
    const calls = hallServer((call) =>
      call.url.endsWith('/serve')
        ? { status: 200, body: ticket({ status: 'serving', caseId: 'c1' }) }
        : { status: 200, body: ticket({ status: 'done', caseId: 'c1' }) },
    );
    await openConsole();
    click('call-serve');
    await waitFor(() => expect(byId('serve-case-c1')).not.toBeNull());
    fireEvent.change(byId('serve-search') as HTMLInputElement, { target: { value: '0101' } });
    expect(byId('serve-case-c2')).toBeNull();
    click('serve-case-c1');
    expect(text('serve-send')).toContain('开始办理 ZW20261126000101');
    click('serve-send');
    await waitFor(() => expect(text('call-status')).toBe('办理中'));
    expect(posts(calls)[0]).toMatchObject({ url: `${API}/tickets/t1/serve`, data: { caseId: 'c1' } });
    expect(text('call-open-case')).toContain('ZW20261126000101');
    click('call-open-case');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/case/index?id=c1' });
    click('call-done');
    await waitFor(() => expect(text('call-status')).toBe('已办结'));
    expect(posts(calls)[1]?.url).toBe(`${API}/tickets/t1/done`);
  });

  it('says so when the number is not in any queue, and sends a walk-in to 柜台受理 with the ticket', async () => {
    Taro.setStorageSync(
      'onetrip.staff.call',
      JSON.stringify({ user: 'clerk-1', group: 'zonghe', window: 'A04', ticket: ticket() }),
    );
    hallServer(() => ({ status: 200, body: ticket() }));
    await openConsole();
    click('call-serve');
    await waitFor(() => expect(byId('serve-case-c1')).not.toBeNull());
    fireEvent.change(byId('serve-search') as HTMLInputElement, { target: { value: '9999' } });
    expect(text('serve-none')).toContain('没有这个编号');
    click('serve-walk-in');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/counter/index?ticket=t1&group=zonghe' });
  });

  it('a 403 from call-next says the clerk does not serve the group', async () => {
    Taro.setStorageSync(
      'onetrip.staff.call',
      JSON.stringify({ user: 'clerk-1', group: 'zonghe', window: 'A04', ticket: null }),
    );
    hallServer(() => ({ status: 403, body: errorBody('FORBIDDEN', '您不负责该窗口分组') }));
    await openConsole();
    click('call-next');
    await waitFor(() => expect(byId('call-problem')).not.toBeNull());
    expect(text('call-problem')).toContain('您不负责该窗口分组');
    expect(text('call-number')).toBe('—');
  });

  it('says nobody waits when the queue is empty (409)', async () => {
    Taro.setStorageSync(
      'onetrip.staff.call',
      JSON.stringify({ user: 'clerk-1', group: 'zonghe', window: 'A04', ticket: null }),
    );
    hallServer(() => ({ status: 409, body: errorBody('INVALID_STATE', '当前没有等候的号码') }));
    await openConsole();
    click('call-next');
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '当前没有等候的号码' })),
    );
    expect(byId('call-problem')).toBeNull();
  });

  it('reads the waiting count again while open, and on 刷新', async () => {
    hallServer(() => ({ status: 200, body: ticket() }));
    await openConsole();
    expect(text('call-waiting')).toContain('等候 3 人');
    waiting = 7; // people took tickets meanwhile
    await act(async () => {
      jest.advanceTimersByTime(20_000);
    });
    await waitFor(() => expect(text('call-waiting')).toContain('等候 7 人'));
    waiting = 5;
    click('call-waiting-refresh');
    await waitFor(() => expect(text('call-waiting')).toContain('等候 5 人'));
  });

  it('a comprehensive window calls for every group of its hall', async () => {
    hallServer(() => ({ status: 200, body: ticket() }), meOf('comprehensive'));
    await openConsole();
    expect(byId('call-group-zonghe')).not.toBeNull();
    expect(byId('call-group-shebao')).not.toBeNull();
    expect(byId('call-group-budongchan')).toBeNull();
    click('call-group-shebao');
    await waitFor(() => expect(text('call-waiting')).toContain('社保医保'));
    expect(byId('call-window-A07')).not.toBeNull();
  });

  it('the results window has no group to call for', async () => {
    hallServer(() => ({ status: 200, body: ticket() }), meOf('results'));
    render(<StaffCallPage />);
    await waitFor(() => expect(byId('call-no-groups')).not.toBeNull());
    expect(text('call-no-groups')).toContain('统一出件窗口不叫号');
  });
});
