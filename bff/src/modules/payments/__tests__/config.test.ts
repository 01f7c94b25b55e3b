import { ConfigError, loadConfig } from '../../../config';

const KEY_VARS = ['SERIAL_NO', 'PRIVATE_KEY', 'PUBLIC_KEY', 'APIV3_KEY', 'PLATFORM_KEY_ID', 'PLATFORM_PUBLIC_KEY'].map(
  (k) => `WECHATPAY_${k}`,
);
/** The development keys global-setup put in process.env. */
const devKeys = () => Object.fromEntries(KEY_VARS.map((k) => [k, process.env[k] ?? '']));
const base = { NODE_ENV: 'test', MONGODB_URI: 'mongodb://127.0.0.1:1/x' };

describe('WECHATPAY_* configuration', () => {
  it('reads one-line PEMs with literal \\n and defaults the notify URL to this BFF', () => {
    const keys = devKeys();
    const oneLine = (keys.WECHATPAY_PRIVATE_KEY ?? '').trim().replaceAll('\n', '\\n');
    const config = loadConfig({ ...base, ...keys, WECHATPAY_PRIVATE_KEY: oneLine, BFF_PORT: '4123' });
    expect(config.WECHATPAY_PRIVATE_KEY).toBe(keys.WECHATPAY_PRIVATE_KEY?.trim());
    expect(config.WECHATPAY_NOTIFY_URL).toBe('http://127.0.0.1:4123/api/v1/payments/wechat/notify');
  });

  it('starts without any WeChat Pay key outside production', () => {
    const config = loadConfig(base);
    expect(config.WECHATPAY_PRIVATE_KEY).toBeUndefined();
  });

  it('refuses an APIv3 key that is not exactly 32 bytes', () => {
    expect(() => loadConfig({ ...base, ...devKeys(), WECHATPAY_APIV3_KEY: 'x'.repeat(31) })).toThrow(
      /WECHATPAY_APIV3_KEY/,
    );
  });

  it('refuses half a key set', () => {
    expect(() => loadConfig({ ...base, ...devKeys(), WECHATPAY_PLATFORM_PUBLIC_KEY: '' })).toThrow(
      /WECHATPAY_PLATFORM_PUBLIC_KEY/,
    );
  });

  it('requires the keys and an https notify URL in production', () => {
    const prod = { ...base, NODE_ENV: 'production' };
    expect(() => loadConfig(prod)).toThrow(ConfigError);
    expect(() => loadConfig(prod)).toThrow(/WECHATPAY_SERIAL_NO/);
    expect(() => loadConfig({ ...prod, ...devKeys() })).toThrow(/https WECHATPAY_NOTIFY_URL/);
  });
});
