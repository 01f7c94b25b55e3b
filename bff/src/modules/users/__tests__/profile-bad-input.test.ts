import { Types } from 'mongoose';
import { idCheckChar } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { wechatLogin } from '../../../../test/helpers/login-as';

const withCheck = (first17: string) => first17 + idCheckChar(first17);
const ID = withCheck('11010519491231002');
const good = { name: '张三', idNumber: ID, phoneCode: 'phone_13812345678' };

let t: TestApp;
let token: string;
let userId: string;
beforeAll(async () => {
  t = await buildTestApp();
  const pair = await wechatLogin(t.app, 'prober');
  token = pair.accessToken;
  userId = pair.user.id;
});
afterAll(async () => {
  await t.close();
});

const put = (payload: string, contentType = 'application/json') =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/me/profile',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    payload,
  });
const body = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });

/** The refusal, and the user's record untouched. */
async function expectRefused(res: Awaited<ReturnType<typeof put>>, status: number, code: string, path?: string) {
  expect(res.statusCode).toBe(status);
  expect(res.json().error.code).toBe(code);
  if (path) expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  const user = await t.app.db.collection('users').findOne({ _id: new Types.ObjectId(userId) });
  expect(user?.profile).toBeUndefined();
  expect(user?.version).toBe(0);
}

describe('PUT /me/profile refuses bad input with a 4xx', () => {
  it('an ID number with a wrong check digit', async () =>
    expectRefused(
      await put(body({ idNumber: ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0') })),
      400,
      'VALIDATION_FAILED',
      'idNumber',
    ));
  it('an ID number with an impossible birth date (1999-02-30)', async () =>
    expectRefused(await put(body({ idNumber: withCheck('11010519990230123') })), 400, 'VALIDATION_FAILED', 'idNumber'));
  it('an ID number born in the future', async () =>
    expectRefused(await put(body({ idNumber: withCheck('11010521990101123') })), 400, 'VALIDATION_FAILED', 'idNumber'));
  it('an ID number in full-width digits', async () =>
    expectRefused(
      await put(body({ idNumber: '１１０１０５１９４９１２３１００２' + ID.slice(-1) })),
      400,
      'VALIDATION_FAILED',
      'idNumber',
    ));
  it('an ID number of 17 characters', async () =>
    expectRefused(await put(body({ idNumber: ID.slice(0, 17) })), 400, 'VALIDATION_FAILED', 'idNumber'));
  it('an ID number of 19 characters', async () =>
    expectRefused(await put(body({ idNumber: `${ID}1` })), 400, 'VALIDATION_FAILED', 'idNumber'));
  it('an ID number of an unknown region (99)', async () =>
    expectRefused(await put(body({ idNumber: withCheck('99010519491231002') })), 400, 'VALIDATION_FAILED', 'idNumber'));
  it('an ID number given as a number', async () =>
    expectRefused(await put(body({ idNumber: 110105194912310020 })), 400, 'VALIDATION_FAILED', 'idNumber'));
  it('an ID number as an operator object', async () =>
    expectRefused(await put(body({ idNumber: { $ne: null } })), 400, 'VALIDATION_FAILED', 'idNumber'));
  it('a name of 10k characters', async () =>
    expectRefused(await put(body({ name: '张'.repeat(10_000) })), 400, 'VALIDATION_FAILED', 'name'));
  it('a one-character name', async () =>
    expectRefused(await put(body({ name: '张' })), 400, 'VALIDATION_FAILED', 'name'));
  it('a name with markup', async () =>
    expectRefused(await put(body({ name: '<script>' })), 400, 'VALIDATION_FAILED', 'name'));
  it('a name given as an array', async () =>
    expectRefused(await put(body({ name: ['张三'] })), 400, 'VALIDATION_FAILED', 'name'));
  it('a missing phoneCode', async () =>
    expectRefused(await put(JSON.stringify({ name: '张三', idNumber: ID })), 400, 'VALIDATION_FAILED', 'phoneCode'));
  it('a phoneCode of 10k characters', async () =>
    expectRefused(await put(body({ phoneCode: 'p'.repeat(10_000) })), 400, 'VALIDATION_FAILED', 'phoneCode'));
  it('a plain phone number instead of a phoneCode with odd characters', async () =>
    expectRefused(await put(body({ phoneCode: '+86 138 1234 5678' })), 400, 'VALIDATION_FAILED', 'phoneCode'));
  it('a smuggled verified flag', async () =>
    expectRefused(await put(body({ verified: true })), 400, 'VALIDATION_FAILED'));
  it('a smuggled encrypted field', async () =>
    expectRefused(await put(body({ idNumberHash: 'x' })), 400, 'VALIDATION_FAILED'));
  it('__proto__ in the body', async () =>
    expectRefused(await put(`{"__proto__": {"verified": true}, ${body({}).slice(1)}`), 400, 'VALIDATION_FAILED'));
  it('constructor.prototype in the body', async () =>
    expectRefused(
      await put(`{"constructor": {"prototype": {"verified": true}}, ${body({}).slice(1)}`),
      400,
      'VALIDATION_FAILED',
    ));
  it('malformed JSON', async () => expectRefused(await put('{"name": "张三",'), 400, 'VALIDATION_FAILED'));
  it('an empty body', async () => expectRefused(await put(''), 400, 'VALIDATION_FAILED'));
  it('a form-encoded body', async () =>
    expectRefused(await put('name=x', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE'));

  it('no token, even with a valid body', async () => {
    const res = await t.app.inject({ method: 'PUT', url: '/api/v1/me/profile', payload: good });
    await expectRefused(res, 401, 'UNAUTHENTICATED');
  });
});
