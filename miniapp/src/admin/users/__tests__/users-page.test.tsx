import { fireEvent, render, waitFor } from '@testing-library/react';
import { type AdminConfig, type UserSearchItem } from '@onetrip/shared';
import AdminUsersPage from '@/admin/users/index';
import Taro from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const typeInto = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });
const pick = (id: string, index: number) =>
  fireEvent.change(byId(id).querySelector('input.picker-mock') as HTMLElement, { target: { value: String(index) } });

const CONFIG: AdminConfig = {
  departments: ['县民政局', '县人社局'],
  courierCompanies: ['中国邮政EMS', '顺丰速运'],
  stations: [
    { town: '大店镇', village: '东山村' },
    { town: '板泉镇', village: '板泉村' },
  ],
  separateAcceptanceFromApproval: true,
};

const WANG: UserSearchItem = {
  id: '65a000000000000000000001',
  name: '王建国',
  phoneMasked: '138****5678',
  idNumberMasked: '371***********0014',
  roles: ['resident'],
  version: 3,
};

type Answer = { status: number; body?: unknown };

function server(answers: { roles?: Answer; stations?: Answer; search?: UserSearchItem[] } = {}) {
  return fakeServer((call: FakeCall): Answer => {
    if (call.url === `${API}/admin/config`) return { status: 200, body: CONFIG };
    if (call.url.startsWith(`${API}/admin/users?`)) {
      const items = answers.search ?? [WANG];
      return { status: 200, body: { items, total: items.length, capped: false } };
    }
    if (call.url === `${API}/admin/users/${WANG.id}/roles`) return answers.roles ?? { status: 200, body: {} };
    if (call.url === `${API}/admin/config/stations`) return answers.stations ?? { status: 200, body: call.data };
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

async function open() {
  loginAs();
  render(<AdminUsersPage />);
  await waitFor(() => expect(byId('stations-section')).toBeTruthy());
}

async function findWang(query = '138****5678') {
  typeInto('user-search', query);
  fireEvent.click(byId('user-search-submit'));
  await waitFor(() => expect(byId(`user-row-${WANG.id}`)).toBeTruthy());
}

describe('人员与角色', () => {
  it('finds a person by the masked phone, shows numbers masked, and saves an agent with the station from the list', async () => {
    const calls = server();
    await open();
    await findWang();
    expect(calls.find((c) => c.url.startsWith(`${API}/admin/users?`))?.url).toBe(
      `${API}/admin/users?q=${encodeURIComponent('138****5678')}&page=1&pageSize=20`,
    );
    expect(text(`user-row-${WANG.id}`)).toContain('138****5678 · 371***********0014');

    fireEvent.click(byId(`user-row-${WANG.id}`));
    await waitFor(() => expect(byId('role-editor')).toBeTruthy());
    fireEvent.click(byId('role-agent'));
    pick('role-station', 1);
    fireEvent.click(byId('role-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT') as FakeCall;
    expect(put.url).toBe(`${API}/admin/users/${WANG.id}/roles`);
    expect(put.header['If-Match']).toBe('3');
    expect(put.data).toEqual({ roles: ['resident', 'agent'], station: { town: '板泉镇', village: '板泉村' } });
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '角色已保存', icon: 'success' }));
    // The search is read again, so the row shows the roles of now.
    expect(calls.filter((c) => c.url.startsWith(`${API}/admin/users?`))).toHaveLength(2);
  });

  it('asks for what a role needs before sending, and shows the server’s problem next to its field', async () => {
    const calls = server({
      roles: {
        status: 400,
        body: errorBody('VALIDATION_FAILED', '部门负责人须为部门窗口人员', [
          { in: 'body', path: 'departmentHead', message: '部门负责人须为部门窗口人员' },
        ]),
      },
    });
    await open();
    await findWang();
    fireEvent.click(byId(`user-row-${WANG.id}`));
    await waitFor(() => expect(byId('role-editor')).toBeTruthy());
    fireEvent.click(byId('role-staff'));
    fireEvent.click(byId('role-save'));
    expect(text('role-department-error')).toBe('请选择所属部门');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    pick('role-department', 0);
    fireEvent.click(byId('role-head'));
    fireEvent.click(byId('role-save'));
    await waitFor(() => expect(text('role-head-error')).toBe('部门负责人须为部门窗口人员'));
    expect(calls.find((c) => c.method === 'PUT')?.data).toEqual({
      roles: ['resident', 'staff'],
      staffKind: 'department',
      department: '县民政局',
      departmentHead: true,
    });
  });

  it('reloads the person when another admin changed them meanwhile', async () => {
    const calls = server({ roles: { status: 409, body: errorBody('VERSION_CONFLICT', '版本冲突') } });
    await open();
    await findWang();
    fireEvent.click(byId(`user-row-${WANG.id}`));
    await waitFor(() => expect(byId('role-admin')).toBeTruthy());
    fireEvent.click(byId('role-admin'));
    fireEvent.click(byId('role-save'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '该人员的角色刚被其他管理员修改，已重新载入' }),
      ),
    );
    expect(calls.filter((c) => c.url.startsWith(`${API}/admin/users?`))).toHaveLength(2);
  });

  it('says a query it cannot search, and that a search by a full number is audited', async () => {
    const calls = server();
    await open();
    typeInto('user-search', '138-1234');
    fireEvent.click(byId('user-search-submit'));
    expect(text('user-search-error')).toContain('请输入姓名、手机号');
    typeInto('user-search', '13812345678');
    expect(document.body.textContent).toContain('按手机号或身份证号查找会记入审计日志');
    expect(calls.some((c) => c.url.includes('/admin/users?'))).toBe(false);
  });

  it('keeps the station list: adds one, refuses a duplicate, saves the whole list and shows why the server refused', async () => {
    const calls = server({
      stations: {
        status: 400,
        body: errorBody('VALIDATION_FAILED', '大店镇东山村还有代办员，请先调整其代办员的站点再移除', [
          { in: 'body', path: 'stations', message: '大店镇东山村还有代办员，请先调整其代办员的站点再移除' },
        ]),
      },
    });
    await open();
    expect(byId('stations-save').hasAttribute('disabled')).toBe(true);
    typeInto('station-town', '大店镇');
    typeInto('station-village', '东山村');
    fireEvent.click(byId('station-add'));
    expect(text('stations-error')).toBe('大店镇东山村已在名单中');
    typeInto('station-village', '西山村');
    fireEvent.click(byId('station-add'));
    fireEvent.click(byId('station-remove-0'));
    fireEvent.click(byId('stations-save'));
    await waitFor(() => expect(text('stations-error')).toContain('还有代办员'));
    expect(calls.find((c) => c.url === `${API}/admin/config/stations`)?.data).toEqual({
      stations: [
        { town: '板泉镇', village: '板泉村' },
        { town: '大店镇', village: '西山村' },
      ],
    });
  });
});
