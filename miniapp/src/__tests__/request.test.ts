import Taro from '@/__mocks__/taro';
import { ApiError } from '@/services/api-error';
import { request } from '@/services/request';
import { getAccessToken, getRefreshToken } from '@/services/session';
import { API, errorBody, fakeServer, loginAs, pair } from './helpers';

describe('request', () => {
  it('calls the API base with the bearer token and returns the body', async () => {
    loginAs('access-1');
    const calls = fakeServer(() => ({ status: 200, body: { id: 'u1' } }));
    await expect(request('/me')).resolves.toEqual({ id: 'u1' });
    expect(calls[0]?.url).toBe(`${API}/me`);
    expect(calls[0]?.header.Authorization).toBe('Bearer access-1');
  });

  it('sends no Authorization header when logged out', async () => {
    const calls = fakeServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    await request('/items');
    expect(calls[0]?.header.Authorization).toBeUndefined();
  });

  it('refreshes once for concurrent 401s, then retries each call with the new token', async () => {
    loginAs('old', 'refresh-1');
    const calls = fakeServer(async (call) => {
      if (call.url.endsWith('/auth/refresh')) {
        await new Promise((r) => setTimeout(r, 5));
        return { status: 200, body: pair(2) };
      }
      return call.header.Authorization === 'Bearer access-2'
        ? { status: 200, body: { url: call.url } }
        : { status: 401, body: errorBody('UNAUTHENTICATED', '请先登录') };
    });

    const [a, b] = await Promise.all([request('/me'), request('/me/addresses')]);

    expect(a).toEqual({ url: `${API}/me` });
    expect(b).toEqual({ url: `${API}/me/addresses` });
    const refreshes = calls.filter((c) => c.url.endsWith('/auth/refresh'));
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.data).toEqual({ refreshToken: 'refresh-1' });
    expect(getAccessToken()).toBe('access-2');
    expect(getRefreshToken()).toBe('refresh-2');
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('clears the session and opens the login page when the refresh fails', async () => {
    loginAs('old', 'reused');
    fakeServer(() => ({ status: 401, body: errorBody('UNAUTHENTICATED', '请先登录') }));

    const error = await request('/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('UNAUTHENTICATED');
    expect(getAccessToken()).toBe('');
    expect(getRefreshToken()).toBe('');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' });
  });

  it('turns the error body into an ApiError and shows its message', async () => {
    fakeServer(() => ({ status: 404, body: errorBody('NOT_FOUND', '未找到该事项') }));
    const error = (await request('/items/NOPE').catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404, message: '未找到该事项' });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '未找到该事项', icon: 'none' }));
  });

  it('keeps the details of a 422', async () => {
    const details = [{ materialCode: 'id_card', reason: 'missing' }];
    fakeServer(() => ({ status: 422, body: errorBody('INCOMPLETE', '申请材料或信息不完整', details) }));
    await expect(request('/applications/x/submit', { method: 'POST', body: {} })).rejects.toMatchObject({
      code: 'INCOMPLETE',
      details,
    });
  });

  it('does not toast when the caller opts out', async () => {
    fakeServer(() => ({ status: 409, body: errorBody('VERSION_CONFLICT', '内容已被更新') }));
    await expect(request('/x', { silent: true })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  it('reports an unreachable server as a NETWORK error with a friendly message', async () => {
    Taro.request.mockImplementation(() => Promise.reject(new Error('request:fail')));
    const error = (await request('/items').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('NETWORK');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: error.message }));
  });

  it('never trusts a body without the contract shape (e.g. a proxy error page)', async () => {
    fakeServer(() => ({ status: 502, body: '<html>Bad Gateway</html>' }));
    await expect(request('/items', { silent: true })).rejects.toMatchObject({ code: 'UNKNOWN', status: 502 });
  });
});
