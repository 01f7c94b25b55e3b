import { fireEvent, render, waitFor } from '@testing-library/react';
import { type StaffApplicationView } from '@onetrip/shared';
import StaffQueuePage from '@/staff/queue/index';
import StaffCasePage from '@/staff/case/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { caseView, CASE_ID } from '@/__tests__/case-fixtures';
import { API, errorBody, loginAs } from '@/__tests__/helpers';
import { staffServer } from './staff-fixtures';

const ROWS = [
  {
    id: 'r1',
    number: 'ZW20261125000003',
    status: 'submitted',
    itemNames: ['不动产转移登记', '契税申报'],
    applicantName: '王*英',
    submittedAt: '2026-11-20T02:00:00.000Z',
    dueAt: '2026-11-24T09:00:00.000Z',
    light: 'red',
    paused: false,
  },
  {
    id: 'r2',
    number: 'ZW20261125000001',
    status: 'submitted',
    itemNames: ['老年优待证办理'],
    applicantName: '李*',
    submittedAt: '2026-11-21T02:00:00.000Z',
    dueAt: '2026-11-26T09:00:00.000Z',
    light: 'yellow',
    paused: false,
  },
  {
    id: 'r3',
    number: 'ZW20261125000002',
    status: 'submitted',
    itemNames: ['老年优待证办理'],
    applicantName: '张*三',
    submittedAt: '2026-11-22T02:00:00.000Z',
    dueAt: '2026-12-01T09:00:00.000Z',
    light: 'green',
    paused: false,
  },
];

function staffView(over: Partial<StaffApplicationView> = {}): StaffApplicationView {
  const { pickupCode: _omit, ...base } = caseView({ status: 'submitted', number: 'ZW20261125000003' });
  return {
    ...base,
    number: 'ZW20261125000003',
    submittedAt: '2026-11-20T02:00:00.000Z',
    acceptance: { dueAt: '2026-11-27T09:00:00.000Z', light: 'green', paused: false },
    gaps: [],
    leadDepartment: '民政局',
    department: '民政局',
    acceptedByMe: false,
    mayDecide: true,
    applicant: { name: '张三丰', idNumberMasked: '1101**********1234', phoneMasked: '138****0000' },
    ...over,
  };
}

describe('staff queue', () => {
  it('shows the stage tabs and the rows in the order the API gives, each with its light', async () => {
    loginAs();
    const calls = staffServer(() => ({ status: 200, body: { items: ROWS, total: 3 } }));
    render(<StaffQueuePage />);
    await waitFor(() => expect(document.getElementById('queue-row-r1')).not.toBeNull());
    expect(calls[0]?.url).toBe(`${API}/staff/applications?stage=acceptance&pageSize=50`);
    for (const stage of ['acceptance', 'approval', 'issuance', 'followup']) {
      expect(document.getElementById(`stage-${stage}`)).not.toBeNull();
    }
    const ids = Array.from(document.querySelectorAll('[id^="queue-row-"]')).map((el) => el.id);
    expect(ids).toEqual(['queue-row-r1', 'queue-row-r2', 'queue-row-r3']);
    expect(document.getElementById('light-r1')?.className).toContain('light-dot--red');
    expect(document.getElementById('light-r2')?.className).toContain('light-dot--yellow');
    expect(document.getElementById('light-r3')?.className).toContain('light-dot--green');
    const first = document.getElementById('queue-row-r1') as HTMLElement;
    expect(first.textContent).toContain('ZW20261125000003');
    expect(first.textContent).toContain('不动产转移登记、契税申报');
    expect(first.textContent).toContain('王*英');
    expect(first.textContent).toContain('2026-11-24');
    fireEvent.click(first);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/case/index?id=r1' });
  });

  it('loads another stage when its tab is tapped', async () => {
    loginAs();
    const calls = staffServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    render(<StaffQueuePage />);
    await waitFor(() => expect(document.getElementById('queue-empty')).not.toBeNull());
    fireEvent.click(document.getElementById('stage-approval') as HTMLElement);
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.url).toBe(`${API}/staff/applications?stage=approval&pageSize=50`);
  });

  it('does not show the rows of the tab just left while the new tab loads', async () => {
    loginAs();
    let release: (() => void) | undefined;
    staffServer((call) =>
      call.url.includes('stage=acceptance')
        ? { status: 200, body: { items: ROWS, total: 3 } }
        : new Promise((resolve) => {
            release = () => resolve({ status: 200, body: { items: [], total: 0 } });
          }),
    );
    render(<StaffQueuePage />);
    await waitFor(() => expect(document.getElementById('queue-row-r1')).not.toBeNull());
    fireEvent.click(document.getElementById('stage-issuance') as HTMLElement);
    expect(document.getElementById('queue-row-r1')).toBeNull();
    expect(document.querySelector('.loading')).not.toBeNull();
    await waitFor(() => expect(release).toBeDefined());
    release?.();
    await waitFor(() => expect(document.getElementById('queue-empty')?.textContent).toContain('暂无待出证的办件'));
  });
});

describe('staff case: one-time notice', () => {
  it('builds the notice from the problems added, with a preview, and sends it with If-Match', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    const calls = staffServer((call) =>
      call.method === 'POST'
        ? { status: 200, body: staffView({ status: 'supplement_required', version: 4 }) }
        : { status: 200, body: staffView() },
    );
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('action-supplement')).not.toBeNull());
    expect(document.getElementById('case-applicant')?.textContent).toContain('张*丰');
    fireEvent.click(document.getElementById('action-supplement') as HTMLElement);
    expect(document.getElementById('supplement-dialog')).not.toBeNull();
    expect((document.getElementById('supplement-send') as HTMLButtonElement).disabled).toBe(true);

    const reason = () => document.getElementById('supplement-reason') as HTMLInputElement;
    fireEvent.click(document.getElementById('target-material-id_card') as HTMLElement);
    fireEvent.change(reason(), { target: { value: '身份证照片不清晰' } });
    fireEvent.click(document.getElementById('supplement-add') as HTMLElement);
    fireEvent.click(document.getElementById('target-field-companyName') as HTMLElement);
    fireEvent.change(reason(), { target: { value: '单位名称与营业执照不一致' } });
    fireEvent.click(document.getElementById('supplement-add') as HTMLElement);

    const preview = document.getElementById('supplement-preview')?.textContent ?? '';
    expect(preview).toContain('申请人将看到');
    expect(preview).toContain('材料：居民身份证 — 身份证照片不清晰');
    expect(preview).toContain('信息：单位名称 — 单位名称与营业执照不一致');

    fireEvent.click(document.getElementById('supplement-send') as HTMLElement);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe(`${API}/staff/applications/${CASE_ID}/supplement`);
    expect(post?.header['If-Match']).toBe('3');
    expect(post?.data).toEqual({
      problems: [
        { materialCode: 'id_card', reason: '身份证照片不清晰' },
        { field: 'companyName', reason: '单位名称与营业执照不一致' },
      ],
    });
    await waitFor(() => expect(document.getElementById('supplement-dialog')).toBeNull());
    expect(document.getElementById('case-status')?.textContent).toBe('待补正');
  });

  it('reloads the case with a toast when the version is stale (409)', async () => {
    loginAs();
    setRouterParams({ id: CASE_ID });
    let gets = 0;
    staffServer((call) => {
      if (call.method === 'POST') return { status: 409, body: errorBody('VERSION_CONFLICT', '版本冲突') };
      gets += 1;
      return { status: 200, body: staffView({ version: 2 + gets }) };
    });
    render(<StaffCasePage />);
    await waitFor(() => expect(document.getElementById('action-accept')).not.toBeNull());
    fireEvent.click(document.getElementById('action-accept') as HTMLElement);
    fireEvent.click(document.getElementById('accept-send') as HTMLElement);
    await waitFor(() => expect(gets).toBe(2));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '办件已被更新，已为您刷新' })),
    );
  });
});
