import { generateKeyPairSync } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import {
  MCHID,
  authorization,
  buildPayTestApp,
  jsapiBody,
  placeOrder,
  platformSignatureValid,
  signedInject,
  testPayKeys,
} from '../../testing/wechatpay';
import { parseAuthorization } from '../crypto';

const NOTIFY = 'https://bff.example.com/notify';
const JSAPI = '/v3/pay/transactions/jsapi';

describe('WeChat Pay v3 request signatures', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildPayTestApp();
  });
  afterAll(() => app.close());

  const postWith = (auth: Parameters<typeof signedInject>[4], body = jsapiBody(NOTIFY)) =>
    signedInject(app, 'POST', JSAPI, body, auth);

  const expectSignError = (res: { statusCode: number; json: () => unknown }) => {
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'SIGN_ERROR', message: expect.any(String) });
  };

  it('accepts a correctly signed request', async () => {
    const res = await postWith({});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ prepay_id: expect.stringMatching(/^wx\d{14}[0-9a-f]{20}$/) });
  });

  it('refuses a request without Authorization', async () => {
    const res = await app.inject({ method: 'POST', url: JSAPI, payload: jsapiBody(NOTIFY) });
    expectSignError(res);
  });

  it.each([
    ['a wrong scheme', (h: string) => h.replace('WECHATPAY2-SHA256-RSA2048', 'Bearer')],
    ['a missing nonce', (h: string) => h.replace(/nonce_str="[^"]*",/, '')],
  ])('refuses an Authorization header with %s', async (_label, mangle) => {
    const body = JSON.stringify(jsapiBody(NOTIFY));
    const header = mangle(authorization({ method: 'POST', url: JSAPI, body }));
    const res = await app.inject({
      method: 'POST',
      url: JSAPI,
      payload: body,
      headers: { authorization: header, 'content-type': 'application/json' },
    });
    expectSignError(res);
  });

  it('refuses a signature made with another private key', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    expectSignError(await postWith({ privateKey: other.toString() }));
  });

  it('refuses a signature over a different body', async () => {
    const body = jsapiBody(NOTIFY);
    const signedFor = JSON.stringify({ ...body, amount: { total: 1 } });
    const res = await app.inject({
      method: 'POST',
      url: JSAPI,
      payload: JSON.stringify(body),
      headers: {
        authorization: authorization({ method: 'POST', url: JSAPI, body: signedFor }),
        'content-type': 'application/json',
      },
    });
    expectSignError(res);
  });

  it('refuses the same body re-serialised with spaces (the signature covers the bytes)', async () => {
    const body = jsapiBody(NOTIFY);
    const res = await app.inject({
      method: 'POST',
      url: JSAPI,
      payload: JSON.stringify(body, null, 2),
      headers: {
        authorization: authorization({ method: 'POST', url: JSAPI, body: JSON.stringify(body) }),
        'content-type': 'application/json',
      },
    });
    expectSignError(res);
  });

  it('refuses a wrong merchant serial, including a lower-case one', async () => {
    expectSignError(await postWith({ serial: '1234567890ABCDEF1234567890ABCDEF12345678' }));
    expectSignError(await postWith({ serial: testPayKeys().merchantSerialNo.toLowerCase() }));
  });

  it('refuses a timestamp more than five minutes off, either way', async () => {
    // Each timestamp is taken just before its request and kept well clear of
    // the 300 s edge, so a slow machine (seconds between lines) cannot move it.
    const now = () => Math.floor(Date.now() / 1000);
    expectSignError(await postWith({ timestamp: now() - 330 }));
    expectSignError(await postWith({ timestamp: now() + 330 }));
    expect((await postWith({ timestamp: now() - 270 })).statusCode).toBe(200);
    expect((await postWith({ timestamp: now() + 270 })).statusCode).toBe(200);
  });

  it('refuses another merchant id', async () => {
    expectSignError(await postWith({ mchid: '1900000002' }));
  });

  it('signs the path with its query string', async () => {
    const { outTradeNo } = await placeOrder(app);
    const url = `/v3/pay/transactions/out-trade-no/${outTradeNo}?mchid=${MCHID}`;
    expect((await signedInject(app, 'GET', url)).statusCode).toBe(200);
    const header = authorization({ method: 'GET', url: `/v3/pay/transactions/out-trade-no/${outTradeNo}` });
    const res = await app.inject({ method: 'GET', url, headers: { authorization: header } });
    expectSignError(res);
  });

  it('parses Authorization parameters in any order', () => {
    expect(
      parseAuthorization(
        'WECHATPAY2-SHA256-RSA2048 serial_no="AB",timestamp="1",signature="c2ln",nonce_str="n",mchid="1"',
      ),
    ).toEqual({ mchid: '1', nonce_str: 'n', signature: 'c2ln', timestamp: '1', serial_no: 'AB' });
    expect(parseAuthorization('WECHATPAY2-SHA256-RSA2048 mchid="1"')).toBeNull();
  });
});

describe('WeChat Pay v3 answer signatures', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildPayTestApp();
  });
  afterAll(() => app.close());

  const expectSigned = (res: { headers: Record<string, unknown>; body: string }) => {
    expect(res.headers['wechatpay-serial']).toBe(testPayKeys().platformKeyId);
    expect(res.headers['wechatpay-nonce']).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(Math.abs(Number(res.headers['wechatpay-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
    expect(res.headers['request-id']).toMatch(/^[0-9A-F]{32}$/);
    expect(platformSignatureValid(res.headers, res.body)).toBe(true);
    expect(platformSignatureValid(res.headers, `${res.body} `)).toBe(false);
  };

  it('signs successful answers, error answers and empty 204 answers', async () => {
    const { outTradeNo } = await placeOrder(app);
    expectSigned(await signedInject(app, 'POST', JSAPI, jsapiBody(NOTIFY)));
    expectSigned(await signedInject(app, 'GET', `/v3/pay/transactions/out-trade-no/nope123?mchid=${MCHID}`));
    expectSigned(await app.inject({ method: 'POST', url: JSAPI, payload: {} }));
    const closed = await signedInject(app, 'POST', `/v3/pay/transactions/out-trade-no/${outTradeNo}/close`, {
      mchid: MCHID,
    });
    expect(closed.statusCode).toBe(204);
    expect(closed.body).toBe('');
    expectSigned(closed);
  });
});
