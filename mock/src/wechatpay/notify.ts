import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { aesGcmEncrypt, chinaTime, nonceStr, platformSignedHeaders, rsaSign, signatureMessage } from './crypto';
import { type PayContext } from './context';
import { transactionOf, type NotificationRecord, type PayOrder } from './orders';

/**
 * Broken notifications a BFF must refuse, each wrong in exactly one way:
 * - `signature`: signed, but not over this body;
 * - `amount`: the plaintext says another amount (correctly encrypted and signed);
 * - `timestamp-old`: correctly signed six minutes ago;
 * - `serial`: names a platform key id the merchant does not have;
 * - `signtest`: a `WECHATPAY/SIGNTEST/` probe signature.
 */
export const TAMPERS = ['signature', 'amount', 'timestamp-old', 'serial', 'signtest'] as const;
export type Tamper = (typeof TAMPERS)[number];

export interface Notification {
  id: string;
  /** The exact body string sent (the signature covers these bytes). */
  body: string;
  headers: Record<string, string>;
}

export interface NotificationOptions {
  tamper?: Tamper | undefined;
  /** Pretty-printed JSON, still correctly signed: catches receivers that re-serialise. */
  pretty?: boolean | undefined;
}

/** A key id that is well formed but not the platform's. */
function otherKeyId(keyId: string): string {
  const last = keyId.slice(-1);
  return `${keyId.slice(0, -1)}${last === '9' ? '8' : '9'}`;
}

/** TRANSACTION.SUCCESS for a paid order, as WeChat Pay posts it to `notify_url`. */
export function buildNotification(pay: PayContext, order: PayOrder, opts: NotificationOptions = {}): Notification {
  const { settings, keys } = pay;
  const transaction = transactionOf(order, settings.mchid);
  if (opts.tamper === 'amount') {
    const total = order.input.amount.total + 1;
    transaction.amount = { total, payer_total: total, currency: 'CNY', payer_currency: 'CNY' };
  }
  const nonce = nonceStr(12);
  const id = randomUUID();
  const event = {
    id,
    create_time: chinaTime(),
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: {
      original_type: 'transaction',
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext: aesGcmEncrypt(JSON.stringify(transaction), settings.apiV3Key, nonce, 'transaction'),
      associated_data: 'transaction',
      nonce,
    },
  };
  const body = opts.pretty ? JSON.stringify(event, null, 2) : JSON.stringify(event);
  const now = Math.floor(Date.now() / 1000);
  const headers = platformSignedHeaders(
    body,
    keys.platformPrivate,
    settings.platformKeyId,
    opts.tamper === 'timestamp-old' ? now - 360 : now,
  );
  const signed = signatureMessage(headers['Wechatpay-Timestamp'] ?? '', headers['Wechatpay-Nonce'] ?? '', body);
  if (opts.tamper === 'signature') headers['Wechatpay-Signature'] = rsaSign(`${signed}tampered`, keys.platformPrivate);
  if (opts.tamper === 'signtest') {
    headers['Wechatpay-Signature'] = `WECHATPAY/SIGNTEST/${randomBytes(256).toString('base64')}`;
  }
  if (opts.tamper === 'serial') headers['Wechatpay-Serial'] = otherKeyId(settings.platformKeyId);
  return { id, body, headers: { ...headers, 'Content-Type': 'application/json', 'User-Agent': 'Mozilla/4.0' } };
}

export interface DeliveryResult {
  /** HTTP status of the last attempt; null when the URL could not be reached. */
  notified: number | null;
  attempts: number;
}

/**
 * POSTs the notification, retrying (after n × backoff) while the receiver
 * answers non-2xx or cannot be reached, as WeChat Pay retries.
 */
export async function deliver(
  pay: PayContext,
  url: string,
  n: Notification,
  attempts: number,
): Promise<DeliveryResult> {
  let notified: number | null = null;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    if (attempt > 1) await delay(pay.settings.notifyBackoffMs * (attempt - 1));
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: n.headers,
        body: n.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(pay.settings.notifyTimeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      notified = res.status;
      if (res.ok) return { notified, attempts: attempt };
    } catch {
      notified = null;
    }
  }
  return { notified, attempts };
}

/** Builds, sends and records a notification for a paid order. */
export async function notifyOrder(
  pay: PayContext,
  order: PayOrder,
  opts: NotificationOptions & { attempts?: number | undefined } = {},
): Promise<DeliveryResult> {
  const notification = buildNotification(pay, order, opts);
  const at = new Date().toISOString();
  const result = await deliver(pay, order.input.notify_url, notification, opts.attempts ?? pay.settings.notifyAttempts);
  const record: NotificationRecord = {
    id: notification.id,
    at,
    tamper: opts.tamper ?? null,
    status: result.notified,
    attempts: result.attempts,
  };
  order.notifications.push(record);
  return result;
}
