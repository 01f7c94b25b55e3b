import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { type FollowupRow, type StaffApplicationView, type StaffQueueRow } from '@onetrip/shared';
import StaffQueuePage from '@/staff/queue/index';
import StaffCasePage from '@/staff/case/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { caseView, CASE_ID } from '@/__tests__/case-fixtures';
import { API, errorBody, loginAs, type FakeCall } from '@/__tests__/helpers';
import { staffServer } from './staff-fixtures';

const FOLLOWUP_ROW: StaffQueueRow = {
  id: CASE_ID,
  number: 'ZW20261125000009',
  status: 'completed',
  itemNames: ['不动产转移登记', '契税申报'],
  dueAt: '2026-12-02T09:00:00.000Z',
  light: 'green',
  paused: false,
  followup: {
    score: 2,
    tags: ['超时办理', '态度'],
    comment: '等了很久才办好',
    evaluatedAt: '2026-11-25T08:00:00.000Z',
    status: 'open',
  },
};

function completedView(over: Partial<StaffApplicationView> = {}): StaffApplicationView {
  const { pickupCode: _omit, ...base } = caseView({ status: 'completed', number: 'ZW20261125000009' });
  return {
    ...base,
    number: 'ZW20261125000009',
    submittedAt: '2026-11-20T02:00:00.000Z',
    acceptance: null,
    gaps: [],
    leadDepartment: '民政局',
    department: '民政局',
    acceptedByMe: false,
    mayDecide: true,
    timeline: [
      { at: '2026-11-24T02:00:00.000Z', actor: { role: 'staff' }, action: 'completed' },
      { at: '2026-11-25T08:00:00.000Z', actor: { role: 'resident' }, action: 'evaluated' },
    ],
    ...over,
  };
}

const CLOSED: FollowupRow = {
  id: CASE_ID,
  number: 'ZW20261125000009',
  status: 'completed',
  itemNames: ['不动产转移登记', '契税申报'],
  departments: ['民政局'],
  score: 2,
  tags: ['超时办理', '态度'],
  evaluatedAt: '2026-11-25T08:00:00.000Z',
  followupStatus: 'closed',
  dueAt: '2026-12-02T09:00:00.000Z',
  light: 'green',
  note: '已电话回访，说明原因并致歉',
  closedAt: '2026-11-26T02:00:00.000Z',
};

const CASE_URL = `${API}/staff/applications/${CASE_ID}`;
const QUEUE_URL = `${API}/staff/applications?stage=followup&page=1&pageSize=50`;

function serve(view: StaffApplicationView, close: (call: FakeCall) => { status: number; body?: unknown }) {
  return staffServer((call) => {
    if (call.method === 'GET' && call.url === CASE_URL) return { status: 200, body: view };
    if (call.method === 'GET' && call.url === QUEUE_URL)
      return { status: 200, body: { items: [FOLLOWUP_ROW], total: 1 } };
    if (call.method === 'POST' && call.url === `${CASE_URL}/followup/close`) return close(call);
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

const text = (id: string) => document.getElementById(id)?.textContent ?? '';

async function openCase() {
  loginAs();
  setRouterParams({ id: CASE_ID });
  render(<StaffCasePage />);
  await waitFor(() => expect(document.getElementById('case-status')).not.toBeNull());
}

describe('回访 in the staff queue', () => {
  it('shows the rating being followed up — stars, reasons, text — and its due date, never who rated', async () => {
    loginAs();
    const calls = staffServer(() => ({ status: 200, body: { items: [FOLLOWUP_ROW], total: 1 } }));
    render(<StaffQueuePage />);
    await waitFor(() => expect(document.getElementById('stage-followup')).not.toBeNull());
    fireEvent.click(document.getElementById('stage-followup') as HTMLElement);
    await waitFor(() => expect(document.getElementById(`followup-rating-${CASE_ID}`)).not.toBeNull());
    expect(calls[calls.length - 1]?.url).toBe(`${API}/staff/applications?stage=followup&pageSize=50`);
    const row = text(`queue-row-${CASE_ID}`);
    expect(text(`followup-rating-${CASE_ID}`)).toContain('★★☆☆☆ 2 星');
    expect(row).toContain('超时办理');
    expect(row).toContain('态度');
    expect(row).toContain('“等了很久才办好”');
    expect(row).toContain('回访期限 2026-12-02');
    expect(row).not.toContain('申请人');
  });
});

describe('回访 on the staff case page', () => {
  it('shows the open follow-up of a rated case and closes it with a note', async () => {
    const calls = serve(completedView(), () => ({ status: 200, body: CLOSED }));
    await openCase();
    await waitFor(() => expect(document.getElementById('case-followup')).not.toBeNull());
    expect(text('followup-rating')).toContain('2 星');
    expect(text('followup-rating')).toContain('“等了很久才办好”');
    expect(text('followup-due')).toContain('回访期限 2026-12-02');

    fireEvent.click(document.getElementById('action-followup-close') as HTMLElement);
    expect(document.getElementById('followup-dialog')).not.toBeNull();
    const send = () => document.getElementById('followup-send') as HTMLButtonElement;
    expect(send().disabled).toBe(true);
    fireEvent.change(document.getElementById('followup-note') as HTMLTextAreaElement, {
      target: { value: '  已电话回访，说明原因并致歉 ' },
    });
    expect(send().disabled).toBe(false);
    fireEvent.click(send());

    await waitFor(() => expect(document.getElementById('followup-closed')).not.toBeNull());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`${CASE_URL}/followup/close`);
    expect(post?.data).toEqual({ note: '已电话回访，说明原因并致歉' });
    expect(post?.header['If-Match']).toBeUndefined();
    expect(text('followup-closed')).toBe('回访已办结：已电话回访，说明原因并致歉');
    expect(document.getElementById('followup-dialog')).toBeNull();
    expect(document.getElementById('action-followup-close')).toBeNull();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '回访已办结' }));
  });

  it('says so when someone else closed it first (409)', async () => {
    serve(completedView(), () => ({ status: 409, body: errorBody('INVALID_STATE', '该回访已办结') }));
    await openCase();
    await waitFor(() => expect(document.getElementById('action-followup-close')).not.toBeNull());
    fireEvent.click(document.getElementById('action-followup-close') as HTMLElement);
    fireEvent.change(document.getElementById('followup-note') as HTMLTextAreaElement, { target: { value: '已回访' } });
    fireEvent.click(document.getElementById('followup-send') as HTMLElement);
    await waitFor(() => expect(text('followup-closed')).toBe('该回访已办结'));
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '该回访已办结' }));
    expect(document.getElementById('action-followup-close')).toBeNull();
  });

  it('does not look for a follow-up on a case nobody has rated', async () => {
    const calls = serve(completedView({ timeline: [] }), () => ({ status: 500 }));
    await openCase();
    expect(calls.map((c) => c.url)).toEqual([CASE_URL]);
    expect(document.getElementById('case-followup')).toBeNull();
  });

  it('shows nothing when the rated case has no open follow-up (a good rating)', async () => {
    const calls = staffServer((call) =>
      call.url === CASE_URL
        ? { status: 200, body: completedView() }
        : { status: 200, body: { items: [{ ...FOLLOWUP_ROW, id: 'another' }], total: 1 } },
    );
    await openCase();
    await waitFor(() => expect(calls.map((c) => c.url)).toContain(QUEUE_URL));
    await waitFor(() => expect(calls).toHaveLength(2));
    // Let the queue's answer be handled before looking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.getElementById('case-followup')).toBeNull();
  });
});
