import { createVerify } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import Pay from 'wechatpay-node-v3';
import { PayRequest } from 'wechatpay-node-v3/dist/lib/pay-request';
import { startReceiver, type Receiver } from '../../testing/receiver';
import { MCHID, PAY_APPID, buildPayTestApp, testPayKeys } from '../../testing/wechatpay';

/**
 * The BFF's client, wired exactly as README.md tells it to be: the real
 * wechatpay-node-v3 (2.2.1), its HTTP seam pointed at the simulator.
 */
const WECHATPAY_HOST = 'https://api.mch.weixin.qq.com';

class SimulatorRequest extends PayRequest {
  constructor(private readonly base: string) {
    super();
  }
  private rewrite(url: string): string {
    return url.startsWith(WECHATPAY_HOST) ? `${this.base}${url.slice(WECHATPAY_HOST.length)}` : url;
  }
  override post(url: string, params: Record<string, unknown>, headers: Record<string, unknown>) {
    return super.post(this.rewrite(url), params, headers);
  }
  override get(url: string, headers: Record<string, unknown>) {
    return super.get(this.rewrite(url), headers);
  }
  override upload(url: string, params: Record<string, unknown>, headers: Record<string, unknown>) {
    return super.upload(this.rewrite(url), params, headers);
  }
}

/** `Pay.certificates` is a protected static cache (serial → PEM); a subclass may seed it. */
class SimulatorPay extends Pay {
  static trustPlatformKey(keyId: string, publicKeyPem: string): void {
    Pay.certificates[keyId] = publicKeyPem;
  }
}

describe('wechatpay-node-v3 against the simulator', () => {
  let app: FastifyInstance;
  let receiver: Receiver;
  let pay: SimulatorPay;
  const keys = testPayKeys();

  beforeAll(async () => {
    app = await buildPayTestApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    receiver = await startReceiver();
    pay = new SimulatorPay({
      appid: PAY_APPID,
      mchid: MCHID,
      serial_no: keys.merchantSerialNo,
      publicKey: Buffer.from(keys.merchantPublicKey),
      privateKey: Buffer.from(keys.merchantPrivateKey),
      key: keys.apiV3Key,
    });
    pay.createHttp(new SimulatorRequest(`http://127.0.0.1:${port}`));
    SimulatorPay.trustPlatformKey(keys.platformKeyId, keys.platformPublicKey);
  });
  afterAll(async () => {
    await receiver.close();
    await app.close();
  });

  const jsapi = (outTradeNo: string) =>
    pay.transactions_jsapi({
      description: '一次办-营业执照办理费',
      out_trade_no: outTradeNo,
      notify_url: `${receiver.base}/api/v1/payments/wechat/notify`,
      amount: { total: 1250 },
      payer: { openid: 'openid_alice' },
    });

  it('transactions_jsapi returns the wx.requestPayment parameters, paySign verifiable', async () => {
    const res = await jsapi('OTLIB000001');
    expect(res.status).toBe(200);
    const data = res.data;
    expect(data).toEqual({
      appId: PAY_APPID,
      timeStamp: expect.stringMatching(/^\d{10}$/),
      nonceStr: expect.any(String),
      package: expect.stringMatching(/^prepay_id=wx\d{14}[0-9a-f]{20}$/),
      signType: 'RSA',
      paySign: expect.any(String),
    });
    const message = `${data.appId}\n${data.timeStamp}\n${data.nonceStr}\n${data.package}\n`;
    expect(createVerify('RSA-SHA256').update(message).verify(keys.merchantPublicKey, data.paySign, 'base64')).toBe(
      true,
    );
  });

  it('query, close and refunds work; errors come back as {status, error}', async () => {
    await jsapi('OTLIB000002');
    const query = await pay.query({ out_trade_no: 'OTLIB000002' });
    expect(query.status).toBe(200);
    expect(query.data).toEqual(expect.objectContaining({ out_trade_no: 'OTLIB000002', trade_state: 'NOTPAY' }));
    expect((await pay.close('OTLIB000002')).status).toBe(204);
    expect((await pay.query({ out_trade_no: 'OTLIB000002' })).data.trade_state).toBe('CLOSED');

    const missing = await pay.query({ out_trade_no: 'OTLIB_missing' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.error)).toEqual({ code: 'ORDER_NOT_EXIST', message: expect.any(String) });

    await jsapi('OTLIB000003');
    await app.inject({ method: 'POST', url: '/__mock/wechatpay/pay/OTLIB000003', payload: { notify: false } });
    const refund = await pay.refunds({
      out_trade_no: 'OTLIB000003',
      out_refund_no: 'RFLIB000003',
      amount: { refund: 1250, total: 1250, currency: 'CNY' },
    });
    expect(refund.status).toBe(200);
    expect(refund.data).toEqual(expect.objectContaining({ status: 'SUCCESS', out_refund_no: 'RFLIB000003' }));
  });

  it('verifySign accepts the simulator notification and refuses a tampered one', async () => {
    await jsapi('OTLIB000004');
    const paid = await app.inject({ method: 'POST', url: '/__mock/wechatpay/pay/OTLIB000004', payload: {} });
    expect(paid.json()).toEqual({ paid: true, notified: 200, attempts: 1 });
    await app.inject({ method: 'POST', url: '/__mock/wechatpay/notify/OTLIB000004', payload: { tamper: 'signature' } });
    const [genuine, tampered] = receiver.received.slice(-2);
    if (!genuine || !tampered) throw new Error('no notifications');
    const verify = (r: typeof genuine) =>
      pay.verifySign({
        timestamp: String(r.headers['wechatpay-timestamp']),
        nonce: String(r.headers['wechatpay-nonce']),
        serial: String(r.headers['wechatpay-serial']),
        signature: String(r.headers['wechatpay-signature']),
        body: r.body,
      });
    await expect(verify(genuine)).resolves.toBe(true);
    await expect(verify(tampered)).resolves.toBe(false);
    const { resource } = JSON.parse(genuine.body);
    const tx = pay.decipher_gcm<{ out_trade_no: string; trade_state: string }>(
      resource.ciphertext,
      resource.associated_data,
      resource.nonce,
    );
    expect(tx).toEqual(expect.objectContaining({ out_trade_no: 'OTLIB000004', trade_state: 'SUCCESS' }));
  });
});
