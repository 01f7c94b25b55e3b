// Development key material for WeChat Pay v3 (platform public-key mode):
// the merchant's key pair (the BFF signs requests, the simulator verifies)
// and the platform's (the simulator signs answers and notifications, the BFF
// verifies). Created once per checkout under .data/keys and reused, so the
// simulator and the BFF started by different scripts agree. Never for production.
import { generateKeyPairSync, randomBytes, randomInt } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILE_NAME = 'wechatpay-dev-keys.json';
const MCHID = '1900000001';
const APPID = 'wx_onetrip_dev';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function rsaPair() {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

function digits(count) {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(randomInt(10));
  return out;
}

/** `PUB_KEY_ID_01` + mchid + date + 14 digits, like the ids WeChat Pay hands out. */
function platformKeyId(mchid, now = new Date()) {
  const date = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `PUB_KEY_ID_01${mchid}${date}${digits(14)}`;
}

function generate() {
  const merchant = rsaPair();
  const platform = rsaPair();
  return {
    mchid: MCHID,
    appid: APPID,
    merchantSerialNo: randomBytes(20).toString('hex').toUpperCase(),
    merchantPrivateKey: merchant.privateKey,
    merchantPublicKey: merchant.publicKey,
    platformKeyId: platformKeyId(MCHID),
    platformPrivateKey: platform.privateKey,
    platformPublicKey: platform.publicKey,
    apiV3Key: Array.from(randomBytes(32), (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join(''),
  };
}

const FIELDS = [
  'mchid',
  'appid',
  'merchantSerialNo',
  'merchantPrivateKey',
  'merchantPublicKey',
  'platformKeyId',
  'platformPrivateKey',
  'platformPublicKey',
  'apiV3Key',
];

function read(file) {
  try {
    const keys = JSON.parse(readFileSync(file, 'utf8'));
    return FIELDS.every((f) => typeof keys[f] === 'string' && keys[f] !== '') ? keys : null;
  } catch {
    return null;
  }
}

/** Creates the file atomically (link fails if another process won the race). */
function createOnce(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  const keys = generate();
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(tmp, file);
    return keys;
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
    const existing = read(file);
    if (existing) return existing;
    // A broken file from an older run: replace it.
    writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
    return keys;
  } finally {
    unlinkSync(tmp);
  }
}

/**
 * @param {string} dir where `wechatpay-dev-keys.json` lives (e.g. `<ROOT>/.data/keys`)
 * @returns {{mockEnv: Record<string, string>, bffEnv: Record<string, string>}}
 */
export function devWechatPayKeys(dir) {
  const file = path.join(dir, FILE_NAME);
  const keys = read(file) ?? createOnce(file);
  return {
    mockEnv: {
      WECHATPAY_MCHID: keys.mchid,
      WECHATPAY_APPID: keys.appid,
      WECHATPAY_APIV3_KEY: keys.apiV3Key,
      WECHATPAY_MERCHANT_PUBLIC_KEY: keys.merchantPublicKey,
      WECHATPAY_MERCHANT_SERIAL_NO: keys.merchantSerialNo,
      WECHATPAY_PLATFORM_PRIVATE_KEY: keys.platformPrivateKey,
      WECHATPAY_PLATFORM_KEY_ID: keys.platformKeyId,
    },
    bffEnv: {
      WECHATPAY_MCHID: keys.mchid,
      WECHATPAY_APPID: keys.appid,
      WECHATPAY_SERIAL_NO: keys.merchantSerialNo,
      WECHATPAY_PRIVATE_KEY: keys.merchantPrivateKey,
      // wechatpay-node-v3 insists on a non-empty `publicKey`; with serial_no given it is never read.
      WECHATPAY_PUBLIC_KEY: keys.merchantPublicKey,
      WECHATPAY_APIV3_KEY: keys.apiV3Key,
      WECHATPAY_PLATFORM_KEY_ID: keys.platformKeyId,
      WECHATPAY_PLATFORM_PUBLIC_KEY: keys.platformPublicKey,
    },
  };
}
