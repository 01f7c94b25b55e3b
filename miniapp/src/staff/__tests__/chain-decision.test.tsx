import { fireEvent, render, waitFor } from '@testing-library/react';
import { type StaffApplicationView } from '@onetrip/shared';
import StaffCasePage from '@/staff/case/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { CASE_ID } from '@/__tests__/case-fixtures';
import { API, loginAs } from '@/__tests__/helpers';
import { meOf, staffCase, staffServer } from './staff-fixtures';

const item = (code: string, name: string, status: 'pending' | 'approved' | 'denied', over = {}) => ({
  code,
  name,
  department: '民政局',
  status,
  guideVersion: 1,
  ...over,
});

/** A chain case of 民政局 (lead) whose second item was denied. */
const chainView = (over: Partial<StaffApplicationView> = {}) =>
  staffCase({
    status: 'accepted',
    version: 7,
    chain: { code: 'TEST', name: '测试一链' },
    items: [
      item('A', '甲证核发', 'approved'),
      item('B', '乙证核发', 'denied', { denyReason: '不符合条件' }),
      item('C', '丙证核发', 'approved'),
    ],
    awaitingChainDecision: true,
    ...over,
  });

const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('staff case: the lead department decides after a denied chain item', () => {
  it('stops the case with a reason (POST chain-decision with If-Match)', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    const stopped = chainView({ status: 'denied', version: 8, awaitingChainDecision: undefined });
    const calls = staffServer((call) => ({ status: 200, body: call.method === 'POST' ? stopped : chainView() }));
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('chain-decision')).not.toBeNull());
    expect(byId('chain-decision').textContent).toContain('「乙证核发」不予许可');
    expect(byId('item-B').textContent).toContain('不符合条件');
    fireEvent.click(byId('chain-stop'));
    fireEvent.change(byId('chain-stop-dialog-reason'), { target: { value: '缺少前置许可' } });
    fireEvent.click(byId('chain-stop-dialog-send'));
    await waitFor(() => expect(document.getElementById('chain-decision')).toBeNull());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`${API}/staff/applications/${CASE_ID}/chain-decision`);
    expect(post?.header['If-Match']).toBe('7');
    expect(post?.data).toEqual({ goOn: false, reason: '缺少前置许可' });
  });

  it('goes on after confirming', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    const approved = chainView({ status: 'approved', version: 8, awaitingChainDecision: undefined });
    const calls = staffServer((call) => ({ status: 200, body: call.method === 'POST' ? approved : chainView() }));
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: true });
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('chain-go-on')).not.toBeNull());
    fireEvent.click(byId('chain-go-on'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ goOn: true });
  });

  it('shows another department only that the lead department decides', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    staffServer(
      () => ({ status: 200, body: chainView({ department: '卫健局' }) }),
      meOf('department', { department: '卫健局' }),
    );
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('chain-decision')).not.toBeNull());
    expect(byId('chain-decision').textContent).toContain('等待牵头部门（民政局）决定');
    expect(document.getElementById('chain-go-on')).toBeNull();
  });

  it('offers no 审批通过 for an item that waits for an earlier item’s result, only 不予许可', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    const view = chainView({
      awaitingChainDecision: undefined,
      items: [item('A', '甲证核发', 'pending'), item('B', '乙证核发', 'pending', { dependsOn: ['A'] })],
    });
    staffServer(() => ({ status: 200, body: view }));
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('approve-A')).not.toBeNull());
    expect(document.getElementById('approve-B')).toBeNull();
    expect(document.getElementById('deny-B')).not.toBeNull();
    expect(byId('item-B').textContent).toContain('待「甲证核发」办结后审批');
  });

  it('issues each approved item with its own certificate number', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    const view = chainView({ status: 'approved', awaitingChainDecision: undefined });
    const calls = staffServer((call) => ({
      status: 200,
      body: call.method === 'POST' ? { ...view, version: 8 } : view,
    }));
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('action-issue')).not.toBeNull());
    fireEvent.click(byId('action-issue'));
    expect(document.getElementById('certificate-no-B')).toBeNull();
    expect((byId('issue-send') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(byId('certificate-no-A'), { target: { value: '甲字001' } });
    expect((byId('issue-send') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(byId('certificate-no-C'), { target: { value: '丙字003' } });
    fireEvent.click(byId('issue-send'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({
      certificates: [
        { code: 'A', certificateNo: '甲字001' },
        { code: 'C', certificateNo: '丙字003' },
      ],
    });
  });
});
