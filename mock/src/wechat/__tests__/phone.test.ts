import { type FastifyInstance } from 'fastify';
import { APP_ID, armScenario, buildTestApp, issueToken } from '../../testing/mock-app';

describe('POST /wxa/business/getuserphonenumber', () => {
  let app: FastifyInstance;
  let token: string;
  beforeEach(async () => {
    app = await buildTestApp();
    token = await issueToken(app);
  });
  afterEach(() => app.close());

  const ask = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/wxa/business/getuserphonenumber',
      query: { access_token: token },
      payload: payload as object,
      headers,
    });

  it('turns phone_<11 digits> into that number', async () => {
    const before = Math.floor(Date.now() / 1000);
    const res = await ask({ code: 'phone_13912345678' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: '13912345678',
        purePhoneNumber: '13912345678',
        countryCode: '86',
        watermark: { timestamp: expect.any(Number), appid: APP_ID },
      },
    });
    expect(body.phone_info.watermark.timestamp).toBeGreaterThanOrEqual(before);
  });

  it('lets a test reuse the same code', async () => {
    expect((await ask({ code: 'phone_13800138000' })).json().errcode).toBe(0);
    expect((await ask({ code: 'phone_13800138000' })).json().errcode).toBe(0);
  });

  it.each(['phone_1380013800', 'phone_138001380001', 'phone_1380013800a', 'test_alice', '13800138000'])(
    'answers 40029 for %j',
    async (code) => {
      expect((await ask({ code })).json()).toEqual({ errcode: 40029, errmsg: 'invalid code' });
    },
  );

  it('answers 41008 without a code and 47001 for a code that is not text', async () => {
    expect((await ask({})).json().errcode).toBe(41008);
    expect((await ask({ code: 13800138000 })).json().errcode).toBe(47001);
  });

  it('acts out invalid-code and wechat-busy, by header and armed', async () => {
    expect((await ask({ code: 'phone_13800138000' }, { 'x-mock-scenario': 'invalid-code' })).json().errcode).toBe(
      40029,
    );
    expect((await ask({ code: 'phone_13800138000' }, { 'x-mock-scenario': 'wechat-busy' })).json().errcode).toBe(-1);
    await armScenario(app, { name: 'wechat-busy', path: '/wxa/business/' });
    expect((await ask({ code: 'phone_13800138000' })).json().errcode).toBe(-1);
    expect((await ask({ code: 'phone_13800138000' })).json().errcode).toBe(0);
  });
});
