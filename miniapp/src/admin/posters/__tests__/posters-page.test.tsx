import { fireEvent, render, waitFor } from '@testing-library/react';
import { type QrListItem } from '@onetrip/shared';
import AdminPostersPage from '@/admin/posters/index';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const typeInto = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });

const ITEMS = [
  { code: 'LNYDZ', name: '老年人优待证办理', department: '县民政局', trips: 1, promisedDays: 2, fee: { amount: 0 } },
];
const GROUPS = [
  {
    code: 'zonghe',
    name: '综合受理区',
    hall: '县政务服务中心一楼',
    prefix: 'A',
    items: ['LNYDZ'],
    windows: ['A01', 'A03'],
    hours: '工作日',
    phone: '0539-7211999',
    capacity: 2,
    version: 1,
  },
];
const CODE: QrListItem = {
  token: 'tok_listed1',
  kind: 'item',
  target: 'LNYDZ',
  title: '老年人优待证办理',
  url: 'http://h5/q/tok_listed1',
  createdAt: '2026-11-25T06:05:00.000Z',
};
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function server(created: { wxacode?: string } = { wxacode: PNG }) {
  return fakeServer((call: FakeCall) => {
    if (call.url.startsWith(`${API}/items`)) return { status: 200, body: { items: ITEMS, total: 1 } };
    if (call.url.startsWith(`${API}/chains`)) return { status: 200, body: { items: [], total: 0 } };
    if (call.url === `${API}/hall/groups`) return { status: 200, body: { items: GROUPS } };
    if (call.url.startsWith(`${API}/admin/qrcodes?`)) return { status: 200, body: { items: [CODE], total: 1 } };
    if (call.url === `${API}/admin/qrcodes` && call.method === 'POST')
      return { status: 201, body: { token: 'tok_new', url: 'http://h5/q/tok_new', png: PNG, ...created } };
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

async function open() {
  loginAs('access-9');
  render(<AdminPostersPage />);
  await waitFor(() => expect(byId('poster-target-LNYDZ')).toBeTruthy());
}

describe('二维码海报', () => {
  it('makes the code of an item chosen from the list and shows its QR, mini-program code and link', async () => {
    const calls = server();
    await open();
    await waitFor(() => expect(byId(`poster-row-${CODE.token}`)).toBeTruthy());
    expect(text(`poster-row-${CODE.token}`)).toContain('2026-11-25 14:05');
    expect(byId('poster-create').hasAttribute('disabled')).toBe(true);
    fireEvent.click(byId('poster-target-LNYDZ'));
    expect(text('poster-chosen')).toBe('已选：老年人优待证办理');
    fireEvent.click(byId('poster-create'));
    await waitFor(() => expect(byId('poster-result')).toBeTruthy());
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ kind: 'item', target: 'LNYDZ' });
    expect(byId('poster-png').getAttribute('src')).toBe(PNG);
    expect(byId('poster-wxacode').getAttribute('src')).toBe(PNG);
    expect(text('poster-url')).toBe('http://h5/q/tok_new');
    // The list is read again with the new code.
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith(`${API}/admin/qrcodes?`))).toHaveLength(2));
  });

  it('offers a window group and each of its windows from the hall configuration, searchable', async () => {
    const calls = server({});
    await open();
    fireEvent.click(byId('poster-kind-window'));
    await waitFor(() => expect(byId('poster-target-zonghe:A03')).toBeTruthy());
    expect(byId('poster-target-zonghe')).toBeTruthy();
    typeInto('poster-target-search', 'A03');
    await waitFor(() => expect(document.getElementById('poster-target-zonghe:A01')).toBeNull());
    fireEvent.click(byId('poster-target-zonghe:A03'));
    fireEvent.click(byId('poster-create'));
    await waitFor(() => expect(byId('poster-result')).toBeTruthy());
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ kind: 'window', target: 'zonghe:A03' });
    expect(text('poster-wxacode-missing')).toContain('小程序码暂时无法生成');
  });

  it('downloads the poster with the token, never as a plain link', async () => {
    server();
    await open();
    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => pdf }));
    const opened = jest.fn(() => ({}) as Window);
    Object.assign(globalThis, { fetch: fetchMock });
    window.open = opened;
    URL.createObjectURL = jest.fn(() => 'blob:poster');
    URL.revokeObjectURL = jest.fn();
    await waitFor(() => expect(byId(`poster-row-download-${CODE.token}`)).toBeTruthy());
    fireEvent.click(byId(`poster-row-download-${CODE.token}`));
    await waitFor(() => expect(opened).toHaveBeenCalledWith('blob:poster', '_blank'));
    expect(fetchMock).toHaveBeenCalledWith(`${API}/admin/qrcodes/${CODE.token}/poster.pdf`, {
      headers: { Authorization: 'Bearer access-9' },
    });
  });
});
