import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ChainPage from '@/pages/chain/index';
import GuidePage from '@/pages/guide/index';
import { pendingApplication } from '@/features/apply';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs } from './helpers';

const guide = {
  code: 'LNYDZ',
  name: '老年优待证办理',
  department: '民政局',
  kind: '公共服务',
  legalBasis: '法',
  conditions: [],
  materials: [],
  form: { fields: [] },
  process: ['在线申请'],
  legalDays: 20,
  promisedDays: 5,
  fee: { amount: 0 },
  delivery: { window: true, express: true, expressFee: 0 },
  windows: [],
  trips: 0,
};
const chain = {
  code: 'ESF',
  name: '二手房交易',
  leadDepartment: '不动产登记中心',
  items: [],
  materials: [],
  form: { fields: [] },
  promisedDays: 5,
  trips: 1,
};
const verified = {
  id: 'u1',
  roles: ['resident'],
  profile: { name: '张三', idNumberMasked: 'x', phoneMasked: 'y', verified: true },
};

function server(me: unknown, create: { status: number; body?: unknown } = { status: 201, body: { id: 'case-1' } }) {
  return fakeServer((call) => {
    if (call.url.endsWith('/items/LNYDZ')) return { status: 200, body: guide };
    if (call.url.endsWith('/chains/ESF')) return { status: 200, body: chain };
    if (call.url.endsWith('/me')) return { status: 200, body: me };
    if (call.url === `${API}/applications` && call.method === 'POST') return create;
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

async function applyFromGuide() {
  setRouterParams({ code: 'LNYDZ' });
  render(<GuidePage />);
  fireEvent.click(await screen.findByRole('button', { name: '在线申请' }));
}

describe('在线申请', () => {
  it('creates a case for the item and opens its form', async () => {
    loginAs();
    const calls = server(verified);
    await applyFromGuide();
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/apply/form/index?id=case-1' }));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ items: ['LNYDZ'] });
  });

  it('creates one case for a whole chain', async () => {
    loginAs();
    const calls = server(verified);
    setRouterParams({ code: 'ESF' });
    render(<ChainPage />);
    fireEvent.click(await screen.findByRole('button', { name: '一次申请全部事项' }));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/apply/form/index?id=case-1' }));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({ chain: 'ESF' });
  });

  it('sends a resident without a verified profile to 我的, remembering what they wanted', async () => {
    loginAs();
    const calls = server({ id: 'u1', roles: ['resident'], profile: null });
    await applyFromGuide();
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' }));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '请先完成实名认证' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(pendingApplication()).toEqual({ kind: 'item', code: 'LNYDZ' });
  });

  it('follows the server when it says verification is needed', async () => {
    loginAs();
    server(verified, { status: 409, body: errorBody('INVALID_STATE', '请先完成实名认证') });
    await applyFromGuide();
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' }));
  });

  it('sends a logged-out resident to login, coming back to the guide', async () => {
    server(verified);
    await applyFromGuide();
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: `/pages/login/index?redirect=${encodeURIComponent('/pages/guide/index?code=LNYDZ')}`,
      }),
    );
  });
});
