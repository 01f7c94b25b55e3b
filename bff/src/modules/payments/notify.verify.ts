import { type IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { PayRefund, PayTransaction, type WechatPayClient } from '../../plugins/app/wechat-pay';

/** The most a `Wechatpay-Timestamp` may differ from our clock (the library has no window of its own). */
export const TIMESTAMP_WINDOW_S = 300;
const SIGNTEST_PREFIX = 'WECHATPAY/SIGNTEST/';

/**
 * A notification refused before anything was changed: 401 for who sent it, 400
 * for what it says. Not an AppError: the notify route answers it in WeChat's
 * `{code: 'FAIL', message}` shape, not the contract's `ErrorBody`.
 */
export class NotifyRejected extends Error {
  constructor(
    readonly status: 400 | 401,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'NotifyRejected';
  }
}

const SignedHeaders = z.object({
  'wechatpay-timestamp': z.string().regex(/^\d{1,12}$/),
  'wechatpay-nonce': z.string().min(1).max(64),
  'wechatpay-serial': z.string().min(1).max(128),
  'wechatpay-signature': z.string().min(1).max(2048),
});

const Envelope = z.object({
  id: z.string(),
  event_type: z.string(),
  resource: z.object({
    algorithm: z.literal('AEAD_AES_256_GCM'),
    ciphertext: z.string().min(1),
    nonce: z.string().min(1),
    associated_data: z.string().optional(),
  }),
});

export interface VerifiedNotification {
  id: string;
  transaction: PayTransaction;
}

const unsigned = (reason: string) => new NotifyRejected(401, reason);
const malformed = (reason: string) => new NotifyRejected(400, reason);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Checks a WeChat Pay notification on its exact bytes, in this order:
 * headers present; `Wechatpay-Serial` is our platform key id (before
 * `verifySign`, which would download certificates for an unknown serial);
 * no `WECHATPAY/SIGNTEST/` probe; timestamp within ±300 s (replays); the
 * platform signature over `TIMESTAMP\nNONCE\nRAW_BODY\n`; then the resource is
 * decrypted with Node's AES-256-GCM, tag and associated data checked (the
 * library's `decipher_gcm` checks neither). Outcomes: the event id and the
 * transaction; NotifyRejected 401 (signature, serial, timestamp) or 400
 * (malformed body or resource, wrong event type).
 */
export async function verifyNotification(
  pay: WechatPayClient,
  headers: IncomingHttpHeaders,
  rawBody: string,
  now = Date.now(),
): Promise<VerifiedNotification> {
  const { id, plaintext } = await verifySignedEvent(pay, headers, rawBody, 'TRANSACTION.SUCCESS', now);
  const transaction = PayTransaction.safeParse(parseJson(plaintext));
  if (!transaction.success) throw malformed('malformed transaction');
  return { id, transaction: transaction.data };
}

/** The same checks for a REFUND.SUCCESS notification; its resource is the refund. */
export async function verifyRefundNotification(
  pay: WechatPayClient,
  headers: IncomingHttpHeaders,
  rawBody: string,
  now = Date.now(),
): Promise<{ id: string; refund: PayRefund }> {
  const { id, plaintext } = await verifySignedEvent(pay, headers, rawBody, 'REFUND.SUCCESS', now);
  const refund = PayRefund.safeParse(parseJson(plaintext));
  if (!refund.success) throw malformed('malformed refund');
  return { id, refund: refund.data };
}

/** Signature, serial, timestamp, event type and decryption of one notification (see above). */
async function verifySignedEvent(
  pay: WechatPayClient,
  headers: IncomingHttpHeaders,
  rawBody: string,
  eventType: 'TRANSACTION.SUCCESS' | 'REFUND.SUCCESS',
  now: number,
): Promise<{ id: string; plaintext: string }> {
  const signed = SignedHeaders.safeParse(headers);
  if (!signed.success) throw unsigned('missing or malformed Wechatpay-* headers');
  const h = signed.data;
  if (h['wechatpay-serial'] !== pay.platformKeyId) throw unsigned('unknown Wechatpay-Serial');
  if (h['wechatpay-signature'].startsWith(SIGNTEST_PREFIX)) throw unsigned('signature probe refused');
  if (Math.abs(now / 1000 - Number(h['wechatpay-timestamp'])) > TIMESTAMP_WINDOW_S)
    throw unsigned('timestamp out of window');
  const verified = await pay.verifySign({
    timestamp: h['wechatpay-timestamp'],
    nonce: h['wechatpay-nonce'],
    serial: h['wechatpay-serial'],
    signature: h['wechatpay-signature'],
    body: rawBody,
  });
  if (!verified) throw unsigned('bad signature');

  const envelope = Envelope.safeParse(parseJson(rawBody));
  if (!envelope.success) throw malformed('malformed notification');
  if (envelope.data.event_type !== eventType) throw malformed('unsupported event_type');
  let plaintext: string;
  try {
    plaintext = pay.decrypt(envelope.data.resource);
  } catch {
    throw malformed('resource does not decrypt');
  }
  return { id: envelope.data.id, plaintext };
}
