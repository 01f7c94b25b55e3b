import { act, fireEvent, render, waitFor } from '@testing-library/react';
import AuthorizationsPage from '@/pages/authorizations/index';
import Taro from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs } from './helpers';
import { AUTH_ID, authorizationView } from './authorization-fixtures';

const OTHER = '65f0a1b2c3d4e5f60000eeee';

function server() {
  const state = {
    items: [
      authorizationView({ status: 'confirmed', caseNumber: 'ZW20261125000123' }),
      authorizationView({ id: OTHER, status: 'revoked', itemNames: ['80周岁以上高龄津贴申领'] }),
    ],
  };
  const calls = fakeServer((call) => {
    if (call.method === 'GET' && call.url.startsWith(`${API}/me/authorizations`)) {
      return { status: 200, body: { items: state.items, total: state.items.length } };
    }
    if (call.method === 'POST' && call.url === `${API}/authorizations/${AUTH_ID}/revoke`) {
      state.items = state.items.map((a) => (a.id === AUTH_ID ? { ...a, status: 'revoked' as const } : a));
      return { status: 200, body: state.items[0] };
    }
    return { status: 404, body: errorBody('NOT_FOUND', '未找到该授权') };
  });
  return { calls, state };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

describe('resident: 授权管理', () => {
  it('lists my authorizations with their state; only a live one can be revoked', async () => {
    loginAs();
    server();
    render(<AuthorizationsPage />);
    await waitFor(() => expect(document.getElementById('authorization-list')).not.toBeNull());
    expect(byId(`authorization-${AUTH_ID}`).textContent).toContain('李代办（大店镇东山村代办点）');
    expect(byId(`authorization-${AUTH_ID}`).textContent).toContain('ZW20261125000123');
    expect(byId(`authorization-${AUTH_ID}-status`).textContent).toBe('已确认');
    expect(byId(`authorization-${OTHER}-status`).textContent).toBe('已撤销');
    expect(document.getElementById(`revoke-${AUTH_ID}`)).not.toBeNull();
    expect(document.getElementById(`revoke-${OTHER}`)).toBeNull();
  });

  it('revokes after the confirm dialog (and not when it is cancelled)', async () => {
    loginAs();
    const { calls } = server();
    render(<AuthorizationsPage />);
    await waitFor(() => expect(document.getElementById(`revoke-${AUTH_ID}`)).not.toBeNull());

    Taro.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    fireEvent.click(byId(`revoke-${AUTH_ID}`));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect((Taro.showModal.mock.calls[0]?.[0] as { content: string }).content).toContain('李代办');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.click(byId(`revoke-${AUTH_ID}`));
    await waitFor(() => expect(byId(`authorization-${AUTH_ID}-status`).textContent).toBe('已撤销'));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([
      expect.objectContaining({ url: `${API}/authorizations/${AUTH_ID}/revoke`, data: {} }),
    ]);
    expect(document.getElementById(`revoke-${AUTH_ID}`)).toBeNull();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已撤销授权' }));
  });

  it('keeps the authorization when the server refuses the revoke and says why', async () => {
    loginAs();
    fakeServer((call) =>
      call.method === 'GET'
        ? { status: 200, body: { items: [authorizationView({ status: 'confirmed' })], total: 1 } }
        : { status: 409, body: errorBody('INVALID_STATE', '办件已受理，不能再撤销授权；如需终止请联系窗口工作人员') },
    );
    render(<AuthorizationsPage />);
    await waitFor(() => expect(document.getElementById(`revoke-${AUTH_ID}`)).not.toBeNull());
    fireEvent.click(byId(`revoke-${AUTH_ID}`));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '办件已受理，不能再撤销授权；如需终止请联系窗口工作人员' }),
      ),
    );
    expect(byId(`authorization-${AUTH_ID}-status`).textContent).toBe('已确认');
  });

  it('says there are none, and asks a guest to log in', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    const { unmount } = render(<AuthorizationsPage />);
    await waitFor(() => expect(document.getElementById('authorizations-empty')).not.toBeNull());
    unmount();
    Taro.removeStorageSync('onetrip.refreshToken');
    render(<AuthorizationsPage />);
    await act(() => Promise.resolve()); // let the (empty) load settle inside act
    expect(document.getElementById('authorizations-login')).not.toBeNull();
  });
});
