import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  randomInt,
  type KeyObject,
} from 'node:crypto';

export const DEFAULT_MCHID = '1900000001';
export const DEFAULT_PAY_APPID = 'wx_onetrip_dev';
export const DEFAULT_MERCHANT_NAME = '一次办政务服务';

/**
 * One merchant in WeChat Pay's platform public-key mode (微信支付公钥):
 * the merchant signs requests with its private key (we hold the public key
 * and its serial), the platform signs answers and notifications with its
 * private key, named by a `PUB_KEY_ID_…` key id.
 */
export interface WechatPaySettings {
  mchid: string;
  appid: string;
  /** APIv3 key: exactly 32 bytes, encrypts notification resources (AES-256-GCM). */
  apiV3Key: string;
  merchantPublicKey: string;
  merchantSerialNo: string;
  platformPrivateKey: string;
  platformKeyId: string;
  merchantName: string;
  /** Notification deliveries per event (WeChat retries non-2xx answers). */
  notifyAttempts: number;
  /** Wait before retry n is n × this. */
  notifyBackoffMs: number;
  notifyTimeoutMs: number;
}

export interface WechatPayKeys {
  merchantPublic: KeyObject;
  platformPrivate: KeyObject;
}

type PemPair = { publicKey: string; privateKey: string };

function rsaPair(): PemPair {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

/** Throwaway keys, made once per process (RSA generation is slow, apps are built per test). */
const throwaway: { merchant?: PemPair; platform?: PemPair } = {};

function digits(count: number): string {
  return Array.from({ length: count }, () => String(randomInt(10))).join('');
}

export function newPlatformKeyId(mchid: string, now = new Date()): string {
  return `PUB_KEY_ID_01${mchid}${now.toISOString().slice(0, 10).replace(/-/g, '')}${digits(14)}`;
}

export function newMerchantSerialNo(): string {
  return randomBytes(20).toString('hex').toUpperCase();
}

export function newApiV3Key(): string {
  return randomBytes(16).toString('hex');
}

export interface ResolvedSettings {
  settings: WechatPaySettings;
  /** What had to be made up because it was not given (empty when all keys came from the caller). */
  generated: string[];
}

/**
 * Fills in what was not given. Missing keys are generated in memory, so the
 * simulator starts with no environment at all; with a throwaway merchant key
 * nobody can sign a request, so give the dev keys to use the `/v3` API.
 */
export function resolveWechatPaySettings(given: Partial<WechatPaySettings> = {}): ResolvedSettings {
  const generated: string[] = [];
  const mchid = given.mchid ?? DEFAULT_MCHID;
  let merchantPublicKey = given.merchantPublicKey;
  if (merchantPublicKey === undefined) {
    merchantPublicKey = (throwaway.merchant ??= rsaPair()).publicKey;
    generated.push('merchant key');
  }
  let platformPrivateKey = given.platformPrivateKey;
  if (platformPrivateKey === undefined) {
    platformPrivateKey = (throwaway.platform ??= rsaPair()).privateKey;
    generated.push('platform key');
  }
  let apiV3Key = given.apiV3Key;
  if (apiV3Key === undefined) {
    apiV3Key = newApiV3Key();
    generated.push('APIv3 key');
  }
  if (Buffer.byteLength(apiV3Key) !== 32) throw new Error('the WeChat Pay APIv3 key must be exactly 32 bytes');
  const settings: WechatPaySettings = {
    mchid,
    appid: given.appid ?? DEFAULT_PAY_APPID,
    apiV3Key,
    merchantPublicKey,
    merchantSerialNo: (given.merchantSerialNo ?? newMerchantSerialNo()).toUpperCase(),
    platformPrivateKey,
    platformKeyId: given.platformKeyId ?? newPlatformKeyId(mchid),
    merchantName: given.merchantName ?? DEFAULT_MERCHANT_NAME,
    notifyAttempts: given.notifyAttempts ?? 3,
    notifyBackoffMs: given.notifyBackoffMs ?? 250,
    notifyTimeoutMs: given.notifyTimeoutMs ?? 5000,
  };
  return { settings, generated };
}

export function loadKeys(settings: WechatPaySettings): WechatPayKeys {
  return {
    merchantPublic: createPublicKey(settings.merchantPublicKey),
    platformPrivate: createPrivateKey(settings.platformPrivateKey),
  };
}
