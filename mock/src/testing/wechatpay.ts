import {
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { type WechatPaySettings } from '../wechatpay/settings';
import { buildTestApp } from './mock-app';

/** Helpers for the WeChat Pay simulator's tests: a merchant that signs like the real SDKs. */
export const MCHID = '1900000001';
export const PAY_APPID = 'wx_onetrip_dev';

export interface TestPayKeys {
  merchantPrivateKey: string;
  merchantPublicKey: string;
  merchantSerialNo: string;
  platformPrivateKey: string;
  platformPublicKey: string;
  platformKeyId: string;
  apiV3Key: string;
}

function pair(): { publicKey: string; privateKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

let cached: TestPayKeys | undefined;

/** One set per test file (RSA generation is slow). */
export function testPayKeys(): TestPayKeys {
  if (cached) return cached;
  const merchant = pair();
  const platform = pair();
  cached = {
    merchantPrivateKey: merchant.privateKey,
    merchantPublicKey: merchant.publicKey,
    merchantSerialNo: randomBytes(20).toString('hex').toUpperCase(),
    platformPrivateKey: platform.privateKey,
    platformPublicKey: platform.publicKey,
    platformKeyId: 'PUB_KEY_ID_0119000000012026112500000000000001',
    apiV3Key: randomBytes(16).toString('hex'),
  };
  return cached;
}

export function paySettings(overrides: Partial<WechatPaySettings> = {}): Partial<WechatPaySettings> {
  const k = testPayKeys();
  return {
    mchid: MCHID,
    appid: PAY_APPID,
    apiV3Key: k.apiV3Key,
    merchantPublicKey: k.merchantPublicKey,
    merchantSerialNo: k.merchantSerialNo,
    platformPrivateKey: k.platformPrivateKey,
    platformKeyId: k.platformKeyId,
    notifyBackoffMs: 5,
    notifyTimeoutMs: 2000,
    ...overrides,
  };
}

export function buildPayTestApp(overrides: Partial<WechatPaySettings> = {}): Promise<FastifyInstance> {
  return buildTestApp({ wechatPay: paySettings(overrides) });
}

export interface AuthParts {
  method: string;
  url: string;
  body?: string;
  timestamp?: number;
  nonce?: string;
  mchid?: string;
  serial?: string;
  privateKey?: string;
}

/** `WECHATPAY2-SHA256-RSA2048 …` over `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`. */
export function authorization(p: AuthParts): string {
  const k = testPayKeys();
  const timestamp = String(p.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = p.nonce ?? randomBytes(16).toString('hex');
  const message = `${p.method}\n${p.url}\n${timestamp}\n${nonce}\n${p.body ?? ''}\n`;
  const signature = sign('sha256', Buffer.from(message), createPrivateKey(p.privateKey ?? k.merchantPrivateKey));
  return (
    `WECHATPAY2-SHA256-RSA2048 mchid="${p.mchid ?? MCHID}",nonce_str="${nonce}",` +
    `signature="${signature.toString('base64')}",timestamp="${timestamp}",serial_no="${p.serial ?? k.merchantSerialNo}"`
  );
}

/** A correctly signed call, the way the BFF's client makes it. */
export function signedInject(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  auth: Partial<AuthParts> = {},
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return app.inject({
    method,
    url,
    headers: {
      authorization: authorization({ method, url, ...(payload === undefined ? {} : { body: payload }), ...auth }),
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      accept: 'application/json',
      ...headers,
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** Whether `Wechatpay-Signature` is the platform's over `timestamp\nnonce\nbody\n`. */
export function platformSignatureValid(headers: Record<string, unknown>, body: string): boolean {
  const get = (name: string) => String(headers[name] ?? headers[name.toLowerCase()] ?? '');
  const message = `${get('Wechatpay-Timestamp')}\n${get('Wechatpay-Nonce')}\n${body}\n`;
  const key = createPublicKey(testPayKeys().platformPublicKey);
  return verify('sha256', Buffer.from(message), key, Buffer.from(get('Wechatpay-Signature'), 'base64'));
}

export interface EncryptedResource {
  ciphertext: string;
  associated_data: string;
  nonce: string;
}

/** AES-256-GCM with the tag checked (`final()`), as the BFF must decrypt. */
export function decryptResource(resource: EncryptedResource, apiV3Key = testPayKeys().apiV3Key): unknown {
  const data = Buffer.from(resource.ciphertext, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key), Buffer.from(resource.nonce));
  decipher.setAAD(Buffer.from(resource.associated_data));
  decipher.setAuthTag(data.subarray(data.length - 16));
  const plain = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

let orderSeq = 0;

/** A unique out_trade_no and a valid jsapi body for it. */
export function jsapiBody(notifyUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  orderSeq += 1;
  return {
    appid: PAY_APPID,
    mchid: MCHID,
    description: '一次办-营业执照办理费',
    out_trade_no: `OT${Date.now()}${String(orderSeq).padStart(4, '0')}`,
    notify_url: notifyUrl,
    amount: { total: 1250, currency: 'CNY' },
    payer: { openid: 'openid_alice' },
    ...overrides,
  };
}

/** Places an order and returns its out_trade_no and prepay_id. */
export async function placeOrder(
  app: FastifyInstance,
  notifyUrl = 'https://bff.example.com/api/v1/payments/wechat/notify',
  overrides: Record<string, unknown> = {},
): Promise<{ outTradeNo: string; prepayId: string }> {
  const body = jsapiBody(notifyUrl, overrides);
  const res = await signedInject(app, 'POST', '/v3/pay/transactions/jsapi', body);
  if (res.statusCode !== 200) throw new Error(`jsapi failed: ${res.body}`);
  return { outTradeNo: String(body.out_trade_no), prepayId: res.json<{ prepay_id: string }>().prepay_id };
}
