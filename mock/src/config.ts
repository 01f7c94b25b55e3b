import { z } from 'zod';
import { DEFAULT_MCHID, DEFAULT_PAY_APPID, type WechatPaySettings } from './wechatpay/settings';

export const DEFAULT_APP_ID = 'wx_onetrip_dev';
export const DEFAULT_APP_SECRET = 'dev_secret';

/** Unset and empty are the same; `\n` written as two characters (a .env habit) becomes a newline. */
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());
const optionalPem = z.preprocess(
  (v) => (v === '' ? undefined : typeof v === 'string' ? v.replace(/\\n/g, '\n') : v),
  z.string().includes('-----BEGIN ').optional(),
);

/**
 * The simulators' settings, read from the environment once (in server.ts).
 * The defaults are the development credentials the BFF's dev config uses,
 * so `pnpm dev` works with no environment at all.
 */
const MockEnv = z.object({
  MOCK_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  MOCK_HOST: z.string().min(1).default('127.0.0.1'),
  MOCK_LOG: z.enum(['true', 'false', '1', '0']).default('false'),
  WECHAT_APP_ID: z.string().min(1).default(DEFAULT_APP_ID),
  WECHAT_APP_SECRET: z.string().min(1).default(DEFAULT_APP_SECRET),
  WECHATPAY_MCHID: z
    .string()
    .regex(/^\d{1,32}$/)
    .default(DEFAULT_MCHID),
  WECHATPAY_APPID: z.string().min(1).max(32).default(DEFAULT_PAY_APPID),
  WECHATPAY_APIV3_KEY: optionalText.refine((v) => v === undefined || Buffer.byteLength(v) === 32, {
    message: 'must be exactly 32 bytes',
  }),
  WECHATPAY_MERCHANT_PUBLIC_KEY: optionalPem,
  WECHATPAY_MERCHANT_SERIAL_NO: optionalText.refine((v) => v === undefined || /^[0-9A-Fa-f]{1,40}$/.test(v), {
    message: 'must be hexadecimal',
  }),
  WECHATPAY_PLATFORM_PRIVATE_KEY: optionalPem,
  WECHATPAY_PLATFORM_KEY_ID: optionalText.refine((v) => v === undefined || /^PUB_KEY_ID_\d+$/.test(v), {
    message: 'must look like PUB_KEY_ID_<digits>',
  }),
  WECHATPAY_NOTIFY_BACKOFF_MS: z.coerce.number().int().min(0).max(60_000).default(250),
});

export interface MockConfig {
  port: number;
  host: string;
  logger: boolean;
  appId: string;
  appSecret: string;
  /** Only what the environment gave; the rest is defaulted (keys generated) by the simulator. */
  wechatPay: Partial<WechatPaySettings>;
}

export function loadConfig(env: NodeJS.ProcessEnv): MockConfig {
  const parsed = MockEnv.parse(env);
  const wechatPay: Partial<WechatPaySettings> = {
    mchid: parsed.WECHATPAY_MCHID,
    appid: parsed.WECHATPAY_APPID,
    notifyBackoffMs: parsed.WECHATPAY_NOTIFY_BACKOFF_MS,
  };
  if (parsed.WECHATPAY_APIV3_KEY !== undefined) wechatPay.apiV3Key = parsed.WECHATPAY_APIV3_KEY;
  if (parsed.WECHATPAY_MERCHANT_PUBLIC_KEY !== undefined)
    wechatPay.merchantPublicKey = parsed.WECHATPAY_MERCHANT_PUBLIC_KEY;
  if (parsed.WECHATPAY_MERCHANT_SERIAL_NO !== undefined)
    wechatPay.merchantSerialNo = parsed.WECHATPAY_MERCHANT_SERIAL_NO;
  if (parsed.WECHATPAY_PLATFORM_PRIVATE_KEY !== undefined)
    wechatPay.platformPrivateKey = parsed.WECHATPAY_PLATFORM_PRIVATE_KEY;
  if (parsed.WECHATPAY_PLATFORM_KEY_ID !== undefined) wechatPay.platformKeyId = parsed.WECHATPAY_PLATFORM_KEY_ID;
  return {
    port: parsed.MOCK_PORT,
    host: parsed.MOCK_HOST,
    logger: parsed.MOCK_LOG === 'true' || parsed.MOCK_LOG === '1',
    appId: parsed.WECHAT_APP_ID,
    appSecret: parsed.WECHAT_APP_SECRET,
    wechatPay,
  };
}
