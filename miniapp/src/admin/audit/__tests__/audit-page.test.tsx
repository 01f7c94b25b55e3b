import { fireEvent, render, waitFor } from '@testing-library/react';
import { type AuditEntryView } from '@onetrip/shared';
import AdminAuditPage from '@/admin/audit/index';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const typeInto = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });

const ENTRY: AuditEntryView = {
  at: '2026-11-25T06:05:09.000Z',
  actor: { userId: '65a000000000000000000009', role: 'admin', name: '李管理' },
  action: 'user.roles',
  target: '65a000000000000000000001',
  targetName: '王建国',
};
const WANG = {
  id: '65a000000000000000000001',
  name: '王建国',
  phoneMasked: '138****5678',
  roles: ['resident'],
  version: 1,
};

function server(total = 1) {
  return fakeServer((call: FakeCall) => {
    if (call.url.startsWith(`${API}/admin/audit`)) return { status: 200, body: { items: [ENTRY], total } };
    if (call.url.startsWith(`${API}/admin/users?`))
      return { status: 200, body: { items: [WANG], total: 1, capped: false } };
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

async function open() {
  loginAs('access-5');
  render(<AdminAuditPage />);
  await waitFor(() => expect(byId('audit-row-0')).toBeTruthy());
}

describe('审计日志', () => {
  it('lists the latest entries in words: the action in Chinese, the people by name', async () => {
    const calls = server();
    await open();
    expect(calls[0]?.url).toBe(`${API}/admin/audit?page=1&pageSize=20`);
    expect(text('audit-row-0')).toBe('2026-11-25 14:05:09修改人员角色李管理（管理员）对象 王建国');
  });

  it('filters by a person found through the people search, an action and days — never a typed id', async () => {
    const calls = server();
    await open();
    typeInto('audit-actor-search', '王建国');
    fireEvent.click(byId('audit-actor-find'));
    await waitFor(() => expect(byId(`audit-actor-option-${WANG.id}`)).toBeTruthy());
    fireEvent.click(byId(`audit-actor-option-${WANG.id}`));
    expect(text('audit-actor')).toBe('王建国 138****5678');
    const actions = byId('audit-action').querySelector('input.picker-mock') as HTMLElement;
    fireEvent.change(actions, { target: { value: '1' } });
    fireEvent.change(byId('audit-from').querySelector('input.picker-mock') as HTMLElement, {
      target: { value: '2026-11-01' },
    });
    typeInto('audit-case', 'ZW20261125000042');
    fireEvent.click(byId('audit-search'));
    await waitFor(() => expect(calls).toHaveLength(3));
    const query = new URL(calls[2]?.url ?? '').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      caseNumber: 'ZW20261125000042',
      actor: WANG.id,
      action: 'user.search',
      from: '2026-11-01T00:00:00+08:00',
      page: '1',
      pageSize: '20',
    });
  });

  it('refuses a case it cannot read, without asking the server', async () => {
    const calls = server();
    await open();
    typeInto('audit-case', '张三的件');
    fireEvent.click(byId('audit-search'));
    expect(text('audit-case-error')).toContain('请输入办件编号');
    expect(calls).toHaveLength(1);
  });

  it('exports the filtered entries as a CSV with the token, saved under a dated name, and says when it is capped', async () => {
    server(12_345);
    await open();
    expect(text('audit-export-note')).toContain('导出最多包含最新的 10,000 条');
    const csv = new Blob(['\uFEFF时间'], { type: 'text/csv' });
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => csv }));
    Object.assign(globalThis, { fetch: fetchMock });
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.href} ${this.download}`);
    });
    fireEvent.click(byId('audit-export'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/^blob:csv 审计日志-\d{8}-\d{4}\.csv$/);
    expect(fetchMock).toHaveBeenCalledWith(`${API}/admin/audit?format=csv`, {
      headers: { Authorization: 'Bearer access-5' },
    });
  });
});
