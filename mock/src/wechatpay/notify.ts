import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { aesGcmEncrypt, chinaTime, nonceStr, platformSignedHeaders, rsaSign, signatureMessage } from './crypto';
import { type PayContext } from './context';
import { refundNoticeOf, transactionOf, type NotificationRecord, type PayOrder, type RefundRecord } from './orders';

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

/** What one kind of event says and encrypts (the envelope and the signing are shared). */
interface EventContent {
  eventType: 'TRANSACTION.SUCCESS' | 'REFUND.SUCCESS';
  summary: string;
  /** `original_type` and the associated data of the encrypted resource. */
  originalType: 'transaction' | 'refund';
  plaintext: Record<string, unknown>;
}

/** Encrypts, wraps and signs an event as WeChat Pay posts it to `notify_url`, tampered if asked. */
function buildEvent(pay: PayContext, content: EventContent, opts: NotificationOptions): Notification {
  const { settings, keys } = pay;
  const nonce = nonceStr(12);
  const id = randomUUID();
  const event = {
    id,
    create_time: chinaTime(),
    resource_type: 'encrypt-resource',
    event_type: content.eventType,
    summary: content.summary,
    resource: {
      original_type: content.originalType,
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext: aesGcmEncrypt(JSON.stringify(content.plaintext), settings.apiV3Key, nonce, content.originalType),
      associated_data: content.originalType,
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

/** TRANSACTION.SUCCESS for a paid order. */
export function buildNotification(pay: PayContext, order: PayOrder, opts: NotificationOptions = {}): Notification {
  const transaction = transactionOf(order, pay.settings.mchid);
  if (opts.tamper === 'amount') {
    const total = order.input.amount.total + 1;
    transaction.amount = { total, payer_total: total, currency: 'CNY', payer_currency: 'CNY' };
  }
  const content: EventContent = {
    eventType: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    originalType: 'transaction',
    plaintext: transaction,
  };
  return buildEvent(pay, content, opts);
}

/** REFUND.SUCCESS for a refund; `amount` tampering says one fen more was refunded. */
export function buildRefundNotification(
  pay: PayContext,
  order: PayOrder,
  refund: RefundRecord,
  opts: NotificationOptions = {},
): Notification {
  const plaintext = refundNoticeOf(order, refund, pay.settings.mchid);
  if (opts.tamper === 'amount') {
    const more = refund.refund + 1;
    plaintext.amount = { ...(plaintext.amount as object), refund: more, payer_refund: more };
  }
  const content: EventContent = { eventType: 'REFUND.SUCCESS', summary: '退款成功', originalType: 'refund', plaintext };
  return buildEvent(pay, content, opts);
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

export type SendOptions = NotificationOptions & { attempts?: number | undefined };

/** Delivers a notification and records the outcome in `log`. */
async function send(
  pay: PayContext,
  url: string,
  notification: Notification,
  opts: SendOptions,
  log: NotificationRecord[],
): Promise<DeliveryResult> {
  const at = new Date().toISOString();
  const result = await deliver(pay, url, notification, opts.attempts ?? pay.settings.notifyAttempts);
  log.push({
    id: notification.id,
    at,
    tamper: opts.tamper ?? null,
    status: result.notified,
    attempts: result.attempts,
  });
  return result;
}

/** Builds, sends and records a notification for a paid order. */
export function notifyOrder(pay: PayContext, order: PayOrder, opts: SendOptions = {}): Promise<DeliveryResult> {
  return send(pay, order.input.notify_url, buildNotification(pay, order, opts), opts, order.notifications);
}

/** Builds, sends and records a refund's notification (the refund must have a `notify_url`). */
export function notifyRefund(
  pay: PayContext,
  order: PayOrder,
  refund: RefundRecord & { notify_url: string },
  opts: SendOptions = {},
): Promise<DeliveryResult> {
  const notification = buildRefundNotification(pay, order, refund, opts);
  return send(pay, refund.notify_url, notification, opts, refund.notifications);
}
