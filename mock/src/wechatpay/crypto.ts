import { createCipheriv, randomBytes, randomInt, sign, verify, type KeyObject } from 'node:crypto';

/**
 * The cryptography of WeChat Pay API v3: SHA256withRSA signatures (PKCS#1
 * v1.5, base64) over newline-terminated lines, and AEAD_AES_256_GCM for
 * notification resources.
 */
export const AUTH_SCHEME = 'WECHATPAY2-SHA256-RSA2048';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function nonceStr(length = 32): string {
  return Array.from({ length }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
}

export function randomDigits(length: number): string {
  return Array.from({ length }, () => String(randomInt(10))).join('');
}

/** Lines joined and each ended by `\n`, as every v3 signature message is built. */
export function signatureMessage(...lines: string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

export function rsaSign(message: string, privateKey: KeyObject): string {
  return sign('sha256', Buffer.from(message), privateKey).toString('base64');
}

export function rsaVerify(message: string, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify('sha256', Buffer.from(message), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** base64(ciphertext || 16-byte tag), the `resource.ciphertext` of a notification. */
export function aesGcmEncrypt(plaintext: string, apiV3Key: string, nonce: string, associatedData: string): string {
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key), Buffer.from(nonce));
  cipher.setAAD(Buffer.from(associatedData));
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([encrypted, cipher.getAuthTag()]).toString('base64');
}

export interface AuthorizationParams {
  mchid: string;
  nonce_str: string;
  signature: string;
  timestamp: string;
  serial_no: string;
}

/** `WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",…` in any order; null when malformed. */
export function parseAuthorization(header: string | undefined): AuthorizationParams | null {
  if (typeof header !== 'string' || !header.startsWith(`${AUTH_SCHEME} `)) return null;
  const params = new Map<string, string>();
  for (const m of header.slice(AUTH_SCHEME.length + 1).matchAll(/\s*([a-z_]+)="([^"]*)"\s*(?:,|$)/g)) {
    params.set(m[1] ?? '', m[2] ?? '');
  }
  const get = (name: keyof AuthorizationParams): string => params.get(name) ?? '';
  const parsed = {
    mchid: get('mchid'),
    nonce_str: get('nonce_str'),
    signature: get('signature'),
    timestamp: get('timestamp'),
    serial_no: get('serial_no'),
  };
  return Object.values(parsed).every((v) => v !== '') ? parsed : null;
}

/** Headers WeChat Pay puts on its answers and notifications, signed over `timestamp\nnonce\nbody\n`. */
export function platformSignedHeaders(
  body: string,
  key: KeyObject,
  keyId: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const nonce = nonceStr();
  return {
    'Wechatpay-Timestamp': String(timestamp),
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Serial': keyId,
    'Wechatpay-Signature': rsaSign(signatureMessage(String(timestamp), nonce, body), key),
    'Wechatpay-Signature-Type': AUTH_SCHEME,
  };
}

export function requestId(): string {
  return randomBytes(16).toString('hex').toUpperCase();
}

/** RFC 3339 in China time, as WeChat Pay writes times: `2026-11-25T10:34:56+08:00`. */
export function chinaTime(date: Date = new Date()): string {
  return `${new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
