import { Types } from 'mongoose';
import { type AddressView } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { ADDRESS_LIMIT } from '../addresses.service';

const HOME = {
  name: '张三',
  phone: '13812345678',
  region: ['浙江省', '杭州市', '西湖区'],
  detail: '文三路 100 号 1 单元 101',
  postcode: '310012',
};

let t: TestApp;
let alice: LoggedIn;
let bob: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp();
  [alice, bob] = await Promise.all([loginAs(t.app, 'addr_alice'), loginAs(t.app, 'addr_bob')]);
});
afterAll(async () => {
  await t.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (who: LoggedIn, method: Method, path = '', payload?: unknown) =>
  t.app.inject({
    method,
    url: `/api/v1/me/addresses${path}`,
    headers: who.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const addressesOf = (who: LoggedIn) =>
  t.app.db
    .collection('addresses')
    .find({ userId: new Types.ObjectId(who.userId) })
    .toArray();
const defaultOf = async (who: LoggedIn) =>
  (
    await t.app.db.collection('users').findOne({ _id: new Types.ObjectId(who.userId) })
  )?.defaultAddressId?.toHexString();

describe('/me/addresses', () => {
  let home: AddressView;

  it('adds an address (201), phone masked in the answer and encrypted at rest; the first becomes the default', async () => {
    const res = await call(alice, 'POST', '', HOME);
    expect(res.statusCode).toBe(201);
    home = res.json();
    expect(home).toEqual({
      id: expect.any(String),
      name: '张三',
      phoneMasked: '138****5678',
      region: HOME.region,
      detail: HOME.detail,
      postcode: '310012',
      isDefault: true,
    });
    expect(res.body).not.toContain(HOME.phone);
    const [stored] = await addressesOf(alice);
    expect(JSON.stringify(stored)).not.toContain(HOME.phone);
    expect(t.app.pii.decrypt(stored?.phoneEnc)).toBe(HOME.phone);
    expect(await defaultOf(alice)).toBe(home.id);
  });

  it('lists the user’s addresses, default first, masked', async () => {
    const office = (
      await call(alice, 'POST', '', { ...HOME, detail: '学院路 1 号', postcode: undefined })
    ).json<AddressView>();
    expect(office.isDefault).toBe(false);
    const res = await call(alice, 'GET');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((a: AddressView) => [a.id, a.isDefault])).toEqual([
      [home.id, true],
      [office.id, false],
    ]);
    expect(res.body).not.toContain(HOME.phone);
  });

  it('moves the default: exactly one default per user', async () => {
    const third = (
      await call(alice, 'POST', '', { ...HOME, detail: '天目山路 8 号', isDefault: true })
    ).json<AddressView>();
    expect(third.isDefault).toBe(true);
    const list = (await call(alice, 'GET')).json().items as AddressView[];
    expect(list.filter((a) => a.isDefault).map((a) => a.id)).toEqual([third.id]);
    expect(await defaultOf(alice)).toBe(third.id);
  });

  it('replaces an address with PUT, dropping a postcode that is no longer given', async () => {
    const res = await call(alice, 'PUT', `/${home.id}`, {
      ...HOME,
      phone: '13900001111',
      postcode: undefined,
      isDefault: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: home.id, phoneMasked: '139****1111', isDefault: true });
    expect(res.json().postcode).toBeUndefined();
    const stored = (await addressesOf(alice)).find((a) => a._id.toHexString() === home.id);
    expect(stored?.postcode).toBeUndefined();
    expect(t.app.pii.decrypt(stored?.phoneEnc)).toBe('13900001111');
    expect(await defaultOf(alice)).toBe(home.id);
  });

  it('answers 404 to another user’s address, for PUT and DELETE alike, and leaves it alone', async () => {
    const put = await call(bob, 'PUT', `/${home.id}`, { ...HOME, detail: '被改掉的地址' });
    expect(put.statusCode).toBe(404);
    expect(put.json().error.code).toBe('NOT_FOUND');
    const del = await call(bob, 'DELETE', `/${home.id}`);
    expect(del.statusCode).toBe(404);
    expect(del.json().error.code).toBe('NOT_FOUND');
    expect((await addressesOf(alice)).find((a) => a._id.toHexString() === home.id)?.detail).toBe(HOME.detail);
    expect((await call(bob, 'GET')).json()).toEqual({ items: [] });
  });

  it('deletes an address (204); deleting the default leaves none', async () => {
    const res = await call(alice, 'DELETE', `/${home.id}`);
    expect(res.statusCode).toBe(204);
    expect((await addressesOf(alice)).map((a) => a._id.toHexString())).not.toContain(home.id);
    expect(await defaultOf(alice)).toBeUndefined();
    expect((await call(alice, 'DELETE', `/${home.id}`)).statusCode).toBe(404);
  });

  it(`refuses the ${ADDRESS_LIMIT + 1}st address with 409 INVALID_STATE`, async () => {
    const carol = await loginAs(t.app, 'addr_carol');
    for (let i = 0; i < ADDRESS_LIMIT; i += 1)
      expect((await call(carol, 'POST', '', { ...HOME, detail: `幸福路 ${i} 号` })).statusCode).toBe(201);
    const res = await call(carol, 'POST', '', HOME);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_STATE');
    expect(await addressesOf(carol)).toHaveLength(ADDRESS_LIMIT);
  });
});

describe('/me/addresses refuses bad input with a 4xx', () => {
  const expectRefused = async (res: Awaited<ReturnType<typeof call>>, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(await addressesOf(bob)).toHaveLength(0);
  };

  it('an unknown address id', async () =>
    expectRefused(await call(bob, 'PUT', `/${new Types.ObjectId().toHexString()}`, HOME), 404, 'NOT_FOUND'));
  it('a malformed address id', async () =>
    expectRefused(await call(bob, 'PUT', '/not-an-id', HOME), 400, 'VALIDATION_FAILED'));
  it('an operator in the address id', async () =>
    expectRefused(await call(bob, 'DELETE', '/%7B%22%24ne%22%3A1%7D'), 400, 'VALIDATION_FAILED'));
  it('a region of two parts', async () =>
    expectRefused(await call(bob, 'POST', '', { ...HOME, region: ['浙江省', '杭州市'] }), 400, 'VALIDATION_FAILED'));
  it('a region of four parts', async () =>
    expectRefused(
      await call(bob, 'POST', '', { ...HOME, region: [...HOME.region, '某街道'] }),
      400,
      'VALIDATION_FAILED',
    ));
  it('a bad phone number', async () =>
    expectRefused(await call(bob, 'POST', '', { ...HOME, phone: '12345' }), 400, 'VALIDATION_FAILED'));
  it('a phone number as a number', async () =>
    expectRefused(await call(bob, 'POST', '', { ...HOME, phone: 13812345678 }), 400, 'VALIDATION_FAILED'));
  it('a bad postcode', async () =>
    expectRefused(await call(bob, 'POST', '', { ...HOME, postcode: '31001' }), 400, 'VALIDATION_FAILED'));
  it('a detail with control characters', async () =>
    expectRefused(await call(bob, 'POST', '', { ...HOME, detail: '文三路\u0000100号' }), 400, 'VALIDATION_FAILED'));
  it('a detail of 10k characters', async () =>
    expectRefused(await call(bob, 'POST', '', { ...HOME, detail: '路'.repeat(10_000) }), 400, 'VALIDATION_FAILED'));
  it('a smuggled userId', async () =>
    expectRefused(await call(bob, 'POST', '', { ...HOME, userId: alice.userId }), 400, 'VALIDATION_FAILED'));
  it('a missing body', async () => expectRefused(await call(bob, 'POST'), 400, 'VALIDATION_FAILED'));
  it('__proto__ in the body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/addresses',
      headers: { ...bob.headers, 'content-type': 'application/json' },
      payload: `{"__proto__": {"isDefault": true}, ${JSON.stringify(HOME).slice(1)}`,
    });
    await expectRefused(res, 400, 'VALIDATION_FAILED');
  });
  it('no token', async () =>
    expectRefused(await t.app.inject({ method: 'GET', url: '/api/v1/me/addresses' }), 401, 'UNAUTHENTICATED'));
});
