import Taro from '@/__mocks__/taro';
import { type Role } from '@onetrip/shared';
import { getMe } from '@/services/auth';
import { request } from '@/services/request';
import { getActiveRole, getSessionUser, saveSession, setActiveRole } from '@/services/session';
import { errorBody, fakeServer, pair } from './helpers';

/** Signed in holding `roles`, acting as `active`; the server will answer a refresh with `now`. */
function signedIn(roles: Role[], active: Role) {
  saveSession({ ...pair(1), user: { ...pair(1).user, roles } });
  setActiveRole(active);
}
const refreshed = (roles: Role[]) => ({ status: 200, body: { ...pair(2), user: { ...pair(2).user, roles } } });
const forbidden = { status: 403, body: errorBody('FORBIDDEN', '您没有权限进行此操作') };

describe('request after the admin changed the roles (issue 13)', () => {
  it('reloads the roles on a 403 and retries once when they changed: a newly granted role works', async () => {
    signedIn(['resident'], 'resident');
    const calls = fakeServer((call) => {
      if (call.url.endsWith('/auth/refresh')) return refreshed(['resident', 'agent']);
      return call.header.Authorization === 'Bearer access-2' ? { status: 200, body: { items: [] } } : forbidden;
    });
    await expect(request('/applications?scope=agent')).resolves.toEqual({ items: [] });
    expect(getSessionUser()?.roles).toEqual(['resident', 'agent']);
    expect(calls.filter((c) => c.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('a removed role: acts as a resident again, says so and opens 我的', async () => {
    signedIn(['resident', 'agent'], 'agent');
    fakeServer((call) => (call.url.endsWith('/auth/refresh') ? refreshed(['resident']) : forbidden));
    await expect(request('/applications?scope=agent')).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(getActiveRole()).toBe('resident');
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: expect.stringContaining('身份已变更') }),
    );
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
  });

  it('roles unchanged: the 403 is shown as it is, after one refresh and no retry', async () => {
    signedIn(['resident'], 'resident');
    const calls = fakeServer((call) => (call.url.endsWith('/auth/refresh') ? refreshed(['resident']) : forbidden));
    await expect(request('/staff/applications')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(calls.filter((c) => !c.url.endsWith('/auth/refresh'))).toHaveLength(1);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '您没有权限进行此操作' }));
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });
});

describe('GET /me keeps the stored roles current (issue 13)', () => {
  it('stores the roles of now, so pages reading the session see a grant without a new login', async () => {
    signedIn(['resident'], 'resident');
    fakeServer(() => ({ status: 200, body: { id: 'u1', roles: ['resident', 'agent'], profile: null } }));
    await getMe();
    expect(getSessionUser()?.roles).toEqual(['resident', 'agent']);
  });

  it('and leaves a role that is gone', async () => {
    signedIn(['resident', 'agent'], 'agent');
    fakeServer(() => ({ status: 200, body: { id: 'u1', roles: ['resident'], profile: null } }));
    await getMe();
    expect(getSessionUser()?.roles).toEqual(['resident']);
    expect(getActiveRole()).toBe('resident');
  });
});
