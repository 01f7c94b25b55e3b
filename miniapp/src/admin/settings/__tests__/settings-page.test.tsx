import { fireEvent, render, waitFor } from '@testing-library/react';
import { type AdminConfig, type CentreContact } from '@onetrip/shared';
import AdminSettingsPage from '@/admin/settings/index';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const typeInto = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });

const CONFIG: AdminConfig = {
  departments: [],
  courierCompanies: [],
  stations: [],
  separateAcceptanceFromApproval: true,
};
const CENTRE: CentreContact = { name: '莒南县政务服务中心', address: '莒南县人民路 1 号', phone: '0539-7211234' };

function server(centre: CentreContact | null, save?: { status: number; body?: unknown }) {
  return fakeServer((call: FakeCall) => {
    if (call.url === `${API}/admin/config`) return { status: 200, body: CONFIG };
    if (call.url === `${API}/admin/config/centre` && call.method === 'GET')
      return centre ? { status: 200, body: centre } : { status: 404, body: errorBody('NOT_FOUND', '未设置') };
    if (call.url === `${API}/admin/config/centre`) return save ?? { status: 200, body: call.data };
    if (call.url === `${API}/admin/config/hall`) return { status: 200, body: call.data };
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

async function open() {
  loginAs();
  render(<AdminSettingsPage />);
  await waitFor(() => expect(byId('centre-name')).toBeTruthy());
  await waitFor(() => expect(byId('separation-switch')).toBeTruthy());
}

describe('中心设置', () => {
  it('a centre never set opens empty and saves what is typed, trimmed', async () => {
    const calls = server(null);
    await open();
    expect(byId('centre-name').value).toBe('');
    typeInto('centre-name', ' 莒南县政务服务中心 ');
    typeInto('centre-address', '莒南县人民路 1 号');
    typeInto('centre-phone', '0539-7211234');
    fireEvent.click(byId('centre-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.data).toEqual(CENTRE);
  });

  it('shows the server’s refusal under the field it names', async () => {
    server(CENTRE, {
      status: 400,
      body: errorBody('VALIDATION_FAILED', '提交的内容不符合要求', [{ path: 'phone', message: '电话号码格式不正确' }]),
    });
    await open();
    expect(byId('centre-phone').value).toBe('0539-7211234');
    fireEvent.click(byId('centre-save'));
    await waitFor(() => expect(text('centre-phone-error')).toBe('电话号码格式不正确'));
  });

  it('turns 受审分离 off with PUT /admin/config/hall', async () => {
    const calls = server(CENTRE);
    await open();
    expect(byId('separation-switch').checked).toBe(true);
    fireEvent.click(byId('separation-switch'));
    await waitFor(() => expect(calls.some((c) => c.url === `${API}/admin/config/hall`)).toBe(true));
    expect(calls.find((c) => c.url === `${API}/admin/config/hall`)?.data).toEqual({
      separateAcceptanceFromApproval: false,
    });
  });
});
