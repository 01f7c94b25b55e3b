import { loadConfig } from '../../config';
import { buildTestApp } from '../../testing/mock-app';
import { testPayKeys } from '../../testing/wechatpay';
import { DEFAULT_MCHID, resolveWechatPaySettings } from '../settings';

describe('WeChat Pay settings', () => {
  it('takes keys from the environment, PEM newlines written as \\n included', () => {
    const k = testPayKeys();
    const config = loadConfig({
      WECHATPAY_APIV3_KEY: k.apiV3Key,
      WECHATPAY_MERCHANT_PUBLIC_KEY: k.merchantPublicKey.replace(/\n/g, '\\n'),
      WECHATPAY_MERCHANT_SERIAL_NO: k.merchantSerialNo,
      WECHATPAY_PLATFORM_PRIVATE_KEY: k.platformPrivateKey,
      WECHATPAY_PLATFORM_KEY_ID: k.platformKeyId,
      WECHATPAY_NOTIFY_BACKOFF_MS: '20',
    });
    expect(config.wechatPay).toEqual({
      mchid: DEFAULT_MCHID,
      appid: 'wx_onetrip_dev',
      apiV3Key: k.apiV3Key,
      merchantPublicKey: k.merchantPublicKey,
      merchantSerialNo: k.merchantSerialNo,
      platformPrivateKey: k.platformPrivateKey,
      platformKeyId: k.platformKeyId,
      notifyBackoffMs: 20,
    });
    expect(resolveWechatPaySettings(config.wechatPay).generated).toEqual([]);
  });

  it('treats empty variables as unset and generates what is missing', () => {
    const config = loadConfig({ WECHATPAY_MERCHANT_PUBLIC_KEY: '', WECHATPAY_APIV3_KEY: '' });
    const { settings, generated } = resolveWechatPaySettings(config.wechatPay);
    expect(generated).toEqual(['merchant key', 'platform key', 'APIv3 key']);
    expect(Buffer.byteLength(settings.apiV3Key)).toBe(32);
    expect(settings.merchantSerialNo).toMatch(/^[0-9A-F]{40}$/);
    expect(settings.platformKeyId).toMatch(/^PUB_KEY_ID_011900000001\d{22}$/);
  });

  it.each([
    ['an APIv3 key that is not 32 bytes', { WECHATPAY_APIV3_KEY: 'short' }],
    ['a key id without PUB_KEY_ID_', { WECHATPAY_PLATFORM_KEY_ID: 'ABC123' }],
    ['a public key that is not PEM', { WECHATPAY_MERCHANT_PUBLIC_KEY: 'abc' }],
    ['a non-numeric mchid', { WECHATPAY_MCHID: 'merchant' }],
  ])('refuses %s', (_label, env) => {
    expect(() => loadConfig(env)).toThrow();
  });

  it('an app built with no WeChat Pay settings still answers', async () => {
    const app = await buildTestApp();
    const res = await app.inject({ method: 'GET', url: '/v3/pay/transactions/out-trade-no/OT123456?mchid=1900000001' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['wechatpay-serial']).toMatch(/^PUB_KEY_ID_/);
    await app.close();
  });
});
