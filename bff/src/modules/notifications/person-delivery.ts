import { type FastifyInstance } from 'fastify';
import { SmsSendError, type SmsMessage } from '../../plugins/app/sms';
import { WECHAT_NOT_SUBSCRIBED, type SubscribeMessage } from '../../plugins/app/wechat';

/** WeChat cannot deliver to this person (43101 not subscribed, 40003 not an openid of the app): a text instead. */
const USE_SMS = new Set([WECHAT_NOT_SUBSCRIBED, 40003]);

/** A message in both forms. */
export interface PersonDelivery {
  wechat: (openid: string) => SubscribeMessage;
  sms: (phone: string) => SmsMessage;
}

export type PersonOutcome = { ok: true; channel: 'wechat' | 'sms' } | { ok: false; error: string; retryable: boolean };

/** How a user record reaches its person: the mini-program openid, the verified phone (encrypted). */
export interface PersonContact {
  weappOpenid?: string | null;
  profile?: { phoneEnc?: string | null } | null;
}

/**
 * One try at reaching a person by their user record (staff, or a resident outside a case's outbox — a
 * complaint's answer): a subscription message to their mini-program openid; a text to their verified phone
 * (decrypted in memory only) when they have none or WeChat answers 43101 / 40003. Any other WeChat refusal
 * is retried later, not texted. No way to reach them: failed, not retryable.
 */
export async function deliverToPerson(
  app: FastifyInstance,
  contact: PersonContact | null,
  message: PersonDelivery,
): Promise<PersonOutcome> {
  const openid = contact?.weappOpenid;
  if (openid) {
    try {
      const sent = await app.wechat.sendSubscribeMessage(message.wechat(openid));
      if (sent.ok) return { ok: true, channel: 'wechat' };
      if (!USE_SMS.has(sent.errcode)) return { ok: false, error: `wechat errcode ${sent.errcode}`, retryable: true };
    } catch {
      return { ok: false, error: 'wechat unreachable', retryable: true };
    }
  }
  const phoneEnc = contact?.profile?.phoneEnc;
  if (!phoneEnc)
    return { ok: false, error: openid ? 'not subscribed and no phone' : 'no openid and no phone', retryable: false };
  try {
    await app.sms.send(message.sms(app.pii.decrypt(phoneEnc)));
    return { ok: true, channel: 'sms' };
  } catch (err) {
    if (err instanceof SmsSendError) return { ok: false, error: `sms ${err.code}`, retryable: err.retryable };
    throw err;
  }
}
