import { fireEvent, render, waitFor } from '@testing-library/react';
import AuthorizationConfirmPage from '@/pages/authorization/index';
import Taro, { setRouterParams, storageSnapshot } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from './helpers';
import { AUTH_ID, authorizationView, verifiedMe } from './authorization-fixtures';

const base = `${API}/authorizations/${AUTH_ID}`;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const byId = (id: string) => document.getElementById(id) as HTMLElement;

/** GET /me and the authorization; confirm and revoke change its status as the BFF would. */
function server(options: { me?: unknown; get?: (call: FakeCall) => { status: number; body?: unknown } } = {}) {
  const state = { view: authorizationView() };
  const calls = fakeServer((call) => {
    if (call.url === `${API}/me`) return { status: 200, body: options.me ?? verifiedMe };
    if (call.method === 'GET' && call.url === base) return options.get?.(call) ?? { status: 200, body: state.view };
    if (call.method === 'POST' && call.url === `${base}/confirm`) {
      state.view = { ...state.view, status: 'confirmed', confirmedAt: '2026-11-25T02:00:00.000Z' };
      return { status: 200, body: state.view };
    }
    if (call.method === 'POST' && call.url === `${base}/revoke`) {
      state.view = { ...state.view, status: 'revoked', revokedAt: '2026-11-25T02:00:00.000Z' };
      return { status: 200, body: state.view };
    }
    return { status: 404, body: errorBody('NOT_FOUND', '未找到该授权') };
  });
  return { calls, state };
}

function open() {
  setRouterParams({ id: AUTH_ID });
  render(<AuthorizationConfirmPage />);
}

describe('resident: confirming an agent authorization', () => {
  it('shows who asks, for whom and for what, and confirms', async () => {
    loginAs();
    const { calls } = server();
    open();
    await waitFor(() => expect(document.getElementById('authorization-confirm')).not.toBeNull());
    expect(text('authorization-agent')).toBe('李代办（大店镇东山村代办点）');
    expect(text('authorization-applicant')).toContain('110***********002X');
    expect(text('authorization-items')).toBe('老年优待证办理');
    expect(text('authorization-status')).toBe('待居民确认');
    fireEvent.click(byId('authorization-confirm'));
    await waitFor(() => expect(document.getElementById('authorization-result')).not.toBeNull());
    expect(text('authorization-result')).toContain('您已确认授权');
    expect(text('authorization-status')).toBe('已确认');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: `${base}/confirm`, data: {} });
  });

  it('不同意 asks first, then revokes', async () => {
    loginAs();
    const { calls } = server();
    open();
    await waitFor(() => expect(document.getElementById('authorization-decline')).not.toBeNull());
    Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    fireEvent.click(byId('authorization-decline'));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(byId('authorization-decline'));
    await waitFor(() => expect(text('authorization-result')).toContain('授权已撤销'));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([`${base}/revoke`]);
  });

  it('says the authorization is not theirs when the API answers 404', async () => {
    loginAs();
    server({ get: () => ({ status: 404, body: errorBody('NOT_FOUND', '未找到该授权') }) });
    open();
    await waitFor(() => expect(document.getElementById('authorization-not-mine')).not.toBeNull());
    expect(text('authorization-not-mine')).toContain('该授权不属于您');
    expect(document.getElementById('authorization-confirm')).toBeNull();
  });

  it('shows an authorization already answered without the buttons', async () => {
    loginAs();
    server({
      get: () => ({
        status: 200,
        body: authorizationView({ status: 'revoked', revokedAt: '2026-11-25T03:00:00.000Z' }),
      }),
    });
    open();
    await waitFor(() => expect(document.getElementById('authorization-result')).not.toBeNull());
    expect(text('authorization-result')).toContain('授权已撤销');
    expect(document.getElementById('authorization-confirm')).toBeNull();
    fireEvent.click(byId('authorization-manage'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/authorizations/index' });
  });

  it('shows the state the server has when someone answered first (409)', async () => {
    loginAs();
    const { state } = server();
    open();
    await waitFor(() => expect(document.getElementById('authorization-confirm')).not.toBeNull());
    // revoked meanwhile (say, from 授权管理 on another phone): confirm is refused
    state.view = authorizationView({ status: 'revoked' });
    Taro.request.mockImplementationOnce(async () => ({
      statusCode: 409,
      data: errorBody('INVALID_STATE', '申请人已撤销代办授权，该办件不能再由代办员提交'),
      header: {},
    }));
    fireEvent.click(byId('authorization-confirm'));
    await waitFor(() => expect(text('authorization-result')).toContain('授权已撤销'));
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '申请人已撤销代办授权，该办件不能再由代办员提交' }),
    );
  });

  it('asks a guest to log in and come back here', async () => {
    const { calls } = server();
    open();
    await waitFor(() => expect(document.getElementById('authorization-login')).not.toBeNull());
    expect(calls).toHaveLength(0);
    fireEvent.click(document.querySelector('#authorization-login-button') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/login/index?redirect=${encodeURIComponent(`/pages/authorization/index?id=${AUTH_ID}`)}`,
    });
  });

  it('sends an unverified resident to 我的 and remembers the authorization', async () => {
    loginAs();
    const { calls } = server({ me: { id: 'u1', roles: ['resident'], profile: null } });
    open();
    await waitFor(() => expect(document.getElementById('authorization-verify')).not.toBeNull());
    expect(calls.some((c) => c.url === base)).toBe(false);
    fireEvent.click(document.querySelector('#authorization-verify-button') as HTMLElement);
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' }));
    expect(storageSnapshot().get('onetrip.pendingAuthorization')).toBe(AUTH_ID);
  });
});
