import Taro from '@/__mocks__/taro';
import {
  createApplication,
  createPayment,
  getProgress,
  listMyApplications,
  newIdempotencyKey,
  patchApplication,
  putMaterials,
  submitApplication,
  withdrawApplication,
} from '@/services/applications';
import { deleteUpload, uploadFile } from '@/services/uploads';
import { getAccessToken } from '@/services/session';
import { API, errorBody, fakeServer, loginAs, pair } from './helpers';

describe('applications client', () => {
  it('creates a case from an item or a chain', async () => {
    loginAs();
    const calls = fakeServer(() => ({ status: 201, body: { id: 'c1' } }));
    await createApplication({ items: ['LNYDZ'] });
    await createApplication({ chain: 'ESF' });
    expect(calls.map((c) => [c.method, c.url, c.data])).toEqual([
      ['POST', `${API}/applications`, { items: ['LNYDZ'] }],
      ['POST', `${API}/applications`, { chain: 'ESF' }],
    ]);
  });

  it('sends the version as If-Match on the writes that change a case', async () => {
    loginAs();
    const calls = fakeServer(() => ({ status: 200, body: {} }));
    await patchApplication('c1', 4, { data: { a: 1 } });
    await putMaterials('c1', 5, 'id_card', ['u1', 'u2']);
    expect(calls.map((c) => [c.method, c.url, c.header['If-Match'], c.data])).toEqual([
      ['PATCH', `${API}/applications/c1`, '4', { data: { a: 1 } }],
      ['PUT', `${API}/applications/c1/materials/id_card`, '5', { uploadIds: ['u1', 'u2'] }],
    ]);
  });

  it('sends the Idempotency-Key it is given on submit and payments', async () => {
    loginAs();
    const calls = fakeServer(() => ({ status: 200, body: {} }));
    await submitApplication('c1', 'key-0001');
    await createPayment('c1', 'key-0002');
    await withdrawApplication('c1');
    expect(calls.map((c) => [c.url, c.header['Idempotency-Key']])).toEqual([
      [`${API}/applications/c1/submit`, 'key-0001'],
      [`${API}/applications/c1/payments`, 'key-0002'],
      [`${API}/applications/c1/withdraw`, undefined],
    ]);
    // A bodiless POST still sends {} (an empty JSON body is a 400).
    expect(calls.every((c) => c.method === 'POST' && typeof c.data === 'object')).toBe(true);
  });

  it('makes keys the server accepts, a new one each time', () => {
    const keys = Array.from({ length: 50 }, newIdempotencyKey);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(new Set(keys).size).toBe(50);
  });

  it('lists my cases and looks progress up by number', async () => {
    loginAs();
    const calls = fakeServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    await listMyApplications({ page: 2 });
    await getProgress('ZW20261125000123', '8000');
    expect(calls.map((c) => c.url)).toEqual([
      `${API}/applications?scope=mine&page=2`,
      `${API}/progress?number=ZW20261125000123&phoneLast4=8000`,
    ]);
  });
});

describe('uploads client', () => {
  it('posts the file as part `file` with the token and reports progress', async () => {
    loginAs('access-5');
    const seen: number[] = [];
    Taro.uploadFile.mockImplementation(() => {
      let cb: (p: { progress: number }) => void = () => undefined;
      const task = Promise.resolve().then(() => {
        cb({ progress: 30 });
        cb({ progress: 100 });
        return {
          statusCode: 201,
          data: JSON.stringify({ id: 'u1', name: 'a.jpg', mime: 'image/jpeg', size: 1, sha256: 'x' }),
        };
      }) as Promise<unknown> & { onProgressUpdate?: unknown };
      task.onProgressUpdate = (f: typeof cb) => {
        cb = f;
      };
      return task;
    });
    const stored = await uploadFile({ path: 'wxfile://tmp/a.jpg', name: 'a.jpg' }, (p) => seen.push(p));
    expect(stored.id).toBe('u1');
    expect(seen).toEqual([30, 100]);
    expect(Taro.uploadFile).toHaveBeenCalledWith(
      expect.objectContaining({
        url: `${API}/uploads`,
        filePath: 'wxfile://tmp/a.jpg',
        name: 'file',
        header: { Authorization: 'Bearer access-5' },
      }),
    );
  });

  it('refreshes an expired token once and uploads again', async () => {
    loginAs('old', 'refresh-1');
    fakeServer(() => ({ status: 200, body: pair(2) }));
    Taro.uploadFile.mockImplementation((options: { header: Record<string, string> }) =>
      Promise.resolve(
        options.header.Authorization === 'Bearer access-2'
          ? { statusCode: 201, data: JSON.stringify({ id: 'u2' }) }
          : { statusCode: 401, data: JSON.stringify(errorBody('UNAUTHENTICATED', '请先登录')) },
      ),
    );
    await expect(uploadFile({ path: 'p', name: 'n.jpg' })).resolves.toMatchObject({ id: 'u2' });
    expect(Taro.uploadFile).toHaveBeenCalledTimes(2);
    expect(getAccessToken()).toBe('access-2');
  });

  it('turns a refusal into the server’s message', async () => {
    loginAs();
    Taro.uploadFile.mockImplementation(() =>
      Promise.resolve({ statusCode: 413, data: JSON.stringify(errorBody('PAYLOAD_TOO_LARGE', '文件不能超过 10 MB')) }),
    );
    await expect(uploadFile({ path: 'p', name: 'big.pdf' })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '文件不能超过 10 MB' }));
  });

  it('reports a failed transfer as a network error', async () => {
    loginAs();
    Taro.uploadFile.mockImplementation(() => Promise.reject({ errMsg: 'uploadFile:fail' }));
    await expect(uploadFile({ path: 'p', name: 'a.jpg' })).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('deletes an upload by id, silently', async () => {
    loginAs();
    const calls = fakeServer(() => ({ status: 409, body: errorBody('INVALID_STATE', '材料已被办件使用，不能删除') }));
    await expect(deleteUpload('u9')).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect(calls[0]).toMatchObject({ method: 'DELETE', url: `${API}/uploads/u9` });
    expect(Taro.showToast).not.toHaveBeenCalled();
  });
});
