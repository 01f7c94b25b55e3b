import { fireEvent, render, waitFor } from '@testing-library/react';
import StaffQueuePage from '@/staff/queue/index';
import StaffCasePage from '@/staff/case/index';
import { caseActions, clerkOf, clerkTitle, SEPARATION_NOTE, type Clerk } from '@/staff/common/kinds';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { CASE_ID } from '@/__tests__/case-fixtures';
import { API, errorBody, fakeServer, loginAs } from '@/__tests__/helpers';
import { forgetClerk } from '@/staff/common/use-clerk';
import { meOf, staffCase, staffServer } from './staff-fixtures';

const DEPARTMENT: Clerk = { kind: 'department', department: '民政局', hall: '' };
const FRONT: Clerk = { kind: 'comprehensive', department: '', hall: '县政务服务中心一楼' };
const RESULTS: Clerk = { kind: 'results', department: '', hall: '县政务服务中心一楼' };

const byId = (id: string) => document.getElementById(id);
const text = (id: string) => byId(id)?.textContent ?? '';
const tabs = () => Array.from(document.querySelectorAll('[id^="stage-"]')).map((el) => [el.id, el.textContent]);

describe('who the clerk is', () => {
  it('reads the kind from GET /me; an old record without one is a department window', () => {
    expect(clerkOf({ department: '民政局' })).toEqual(DEPARTMENT);
    expect(clerkOf({ staffKind: 'comprehensive', hall: '县政务服务中心一楼', department: '民政局' })).toEqual(FRONT);
    expect(clerkTitle(FRONT)).toBe('综合窗口 · 县政务服务中心一楼');
    expect(clerkTitle(RESULTS)).toBe('统一出件窗口 · 县政务服务中心一楼');
    expect(clerkTitle({ ...DEPARTMENT, hall: '县政务服务中心二楼' })).toBe('民政局 · 县政务服务中心二楼');
    expect(clerkTitle({ ...DEPARTMENT, department: '' })).toBe('部门窗口');
  });
});

describe('what the window may do on a case', () => {
  it('lets the results window and the lead department issue and hand over, nobody else', () => {
    const approved = staffCase({ status: 'approved', department: '', leadDepartment: '民政局', mayDecide: false });
    expect(caseActions(approved, RESULTS)).toMatchObject({ issue: true, accept: false });
    expect(caseActions(approved, FRONT).issue).toBe(false);
    expect(caseActions(staffCase({ status: 'approved' }), DEPARTMENT).issue).toBe(true);
    expect(caseActions(staffCase({ status: 'approved', department: '县税务局' }), DEPARTMENT).issue).toBe(false);
    const waiting = staffCase({ status: 'ready_for_pickup', department: '' });
    expect(caseActions(waiting, RESULTS).handover).toBe(true);
  });

  it('decides only the department’s pending items, and 受审分离 keeps the acceptor out', () => {
    const items = [
      { code: 'A', name: '甲', department: '民政局', status: 'pending' as const, guideVersion: 1 },
      { code: 'B', name: '乙', department: '县税务局', status: 'pending' as const, guideVersion: 1 },
      { code: 'C', name: '丙', department: '民政局', status: 'approved' as const, guideVersion: 1 },
    ];
    const accepted = staffCase({ status: 'accepted', items });
    expect(caseActions(accepted, DEPARTMENT)).toMatchObject({ decide: ['A'], separated: false });
    const mine = staffCase({ status: 'accepted', items, acceptedByMe: true, mayDecide: false });
    expect(caseActions(mine, DEPARTMENT)).toMatchObject({ decide: [], separated: true });
    // 受审分离 turned off: the acceptor decides.
    expect(caseActions({ ...mine, mayDecide: true }, DEPARTMENT).decide).toEqual(['A']);
    // The comprehensive window accepted it: it never decides, and no note about a rule that is not its.
    const front = staffCase({ status: 'accepted', items, department: '', acceptedByMe: true, mayDecide: false });
    expect(caseActions(front, FRONT)).toMatchObject({ decide: [], separated: false, accept: false });
  });
});

describe('the workbench of each kind', () => {
  it('a comprehensive window: its header, 待受理 and the cases it accepted, 叫号', async () => {
    loginAs();
    const calls = staffServer(() => ({ status: 200, body: { items: [], total: 0 } }), meOf('comprehensive'));
    render(<StaffQueuePage />);
    await waitFor(() => expect(byId('queue-empty')).not.toBeNull());
    expect(text('staff-who-title')).toBe('综合窗口 · 县政务服务中心一楼');
    expect(text('staff-who')).toContain('受理后分送后台审批');
    expect(tabs()).toEqual([
      ['stage-acceptance', '待受理'],
      ['stage-approval', '我已受理'],
    ]);
    expect(calls[0]?.url).toBe(`${API}/staff/applications?stage=acceptance&pageSize=50`);
    expect(text('queue-empty')).toContain('暂无待受理的办件');
    fireEvent.click(byId('stage-approval') as HTMLElement);
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.url).toBe(`${API}/staff/applications?stage=approval&pageSize=50`);
    await waitFor(() => expect(text('queue-empty')).toContain('暂无您受理后仍在审批的办件'));
    expect(text('dashboard-entry')).toContain('大厅数据统计');
    fireEvent.click(byId('call-entry') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/call/index' });
  });

  it('a results window: 待出证 and 待领取 of every department, no 叫号', async () => {
    loginAs();
    const row = {
      id: 'r9',
      number: 'ZW20261125000009',
      status: 'ready_for_pickup',
      itemNames: ['不动产转移登记'],
      applicantName: '王*英',
      paused: false,
    };
    const calls = staffServer(
      (call) => ({
        status: 200,
        body: call.url.includes('pickup') ? { items: [row], total: 1 } : { items: [], total: 0 },
      }),
      meOf('results'),
    );
    render(<StaffQueuePage />);
    await waitFor(() => expect(byId('queue-empty')).not.toBeNull());
    expect(text('staff-who-title')).toBe('统一出件窗口 · 县政务服务中心一楼');
    expect(tabs()).toEqual([
      ['stage-issuance', '待出证'],
      ['stage-pickup', '待领取'],
    ]);
    expect(calls[0]?.url).toBe(`${API}/staff/applications?stage=issuance&pageSize=50`);
    expect(byId('call-entry')).toBeNull();
    fireEvent.click(byId('stage-pickup') as HTMLElement);
    await waitFor(() => expect(byId('queue-row-r9')).not.toBeNull());
    expect(text('queue-list')).toContain('待领取 1 件');
  });

  it('a department window: the four stages as before and 容缺 and 核查, under its department’s name', async () => {
    loginAs();
    staffServer(
      () => ({ status: 200, body: { items: [], total: 0 } }),
      meOf('department', { hall: '县政务服务中心二楼' }),
    );
    render(<StaffQueuePage />);
    await waitFor(() => expect(byId('queue-empty')).not.toBeNull());
    expect(text('staff-who-title')).toBe('民政局 · 县政务服务中心二楼');
    expect(tabs().map(([id]) => id)).toEqual([
      'stage-acceptance',
      'stage-approval',
      'stage-issuance',
      'stage-followup',
      'stage-gaps',
      'stage-verification',
    ]);
    expect(text('dashboard-entry')).toContain('本部门数据统计');
    expect(byId('call-entry')).not.toBeNull();
  });

  it('says why with 重试 when GET /me fails, and asks again', async () => {
    loginAs();
    let meReads = 0;
    forgetClerk();
    fakeServer((call) => {
      if (!call.url.endsWith('/me')) return { status: 200, body: { items: [], total: 0 } };
      meReads += 1;
      return meReads === 1
        ? { status: 503, body: errorBody('UPSTREAM_UNAVAILABLE', '服务繁忙') }
        : { status: 200, body: meOf('results') };
    });
    render(<StaffQueuePage />);
    await waitFor(() => expect(byId('remote-error')).not.toBeNull());
    fireEvent.click(byId('remote-error')?.querySelector('button') as HTMLElement);
    await waitFor(() => expect(text('staff-who-title')).toContain('统一出件窗口'));
    expect(meReads).toBe(2);
  });
});

describe('the case page by kind', () => {
  const open = async (view: ReturnType<typeof staffCase>, me = meOf('department')) => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    const calls = staffServer(() => ({ status: 200, body: view }), me);
    render(<StaffCasePage />);
    await waitFor(() => expect(byId('case-status')).not.toBeNull());
    return calls;
  };

  it('the results window issues any department’s approved case', async () => {
    await open(staffCase({ status: 'approved', department: '', mayDecide: false }), meOf('results'));
    expect(byId('action-issue')).not.toBeNull();
    expect(byId('action-accept')).toBeNull();
  });

  it('the results window hands over a case waiting at the window', async () => {
    await open(staffCase({ status: 'ready_for_pickup', department: '', mayDecide: false }), meOf('results'));
    expect(byId('action-handover')).not.toBeNull();
  });

  it('the comprehensive window accepts, sends the one-time notice and refuses', async () => {
    await open(staffCase({ department: '', mayDecide: false }), meOf('comprehensive'));
    expect(byId('action-accept')).not.toBeNull();
    expect(byId('action-supplement')).not.toBeNull();
    expect(byId('action-reject')).not.toBeNull();
  });

  it('the comprehensive window does not approve what it accepted', async () => {
    const view = staffCase({ status: 'accepted', department: '', acceptedByMe: true, mayDecide: false });
    await open(view, meOf('comprehensive'));
    expect(byId('approve-LNYDZ')).toBeNull();
    expect(text('routed-note')).toContain('已分送后台审批');
    expect(byId('separation-note')).toBeNull();
  });

  it('the department clerk who accepted sees 受审分离’s note instead of 审批通过', async () => {
    await open(staffCase({ status: 'accepted', acceptedByMe: true, mayDecide: false }));
    expect(byId('approve-LNYDZ')).toBeNull();
    expect(byId('deny-LNYDZ')).toBeNull();
    expect(text('separation-note')).toBe(SEPARATION_NOTE);
  });

  it('a colleague approves; a 409 from the BFF still shows its message', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    staffServer((call) =>
      call.method === 'POST'
        ? { status: 409, body: errorBody('INVALID_STATE', '受审分离：受理人不能审批本件') }
        : { status: 200, body: staffCase({ status: 'accepted' }) },
    );
    render(<StaffCasePage />);
    await waitFor(() => expect(byId('approve-LNYDZ')).not.toBeNull());
    expect(byId('separation-note')).toBeNull();
    fireEvent.click(byId('approve-LNYDZ') as HTMLElement);
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '受审分离：受理人不能审批本件' })),
    );
  });

  it('another department of the case does not issue it', async () => {
    await open(staffCase({ status: 'approved', department: '县税务局' }));
    expect(byId('action-issue')).toBeNull();
  });
});
