import { type FastifyInstance } from 'fastify';
import { SmsSendError } from '../../plugins/app/sms';
import { WECHAT_NOT_SUBSCRIBED } from '../../plugins/app/wechat';
import { rateLinkUrl, type ApplicationRecord, type OutboxEntry } from '../applications';
import { helpLinesOf } from './help-lines';
import { HELP_KINDS, smsMessage, wechatMessage } from './messages';
import { recipientOf } from './recipient';

/** WeChat cannot deliver to this user (43101 not subscribed, 40003 openid not of this app): send a text instead. */
const USE_SMS = new Set([WECHAT_NOT_SUBSCRIBED, 40003]);

export type Delivery =
  | { ok: true; channel: 'wechat' | 'sms' }
  /** `retryable: false` — trying again cannot help (no phone, a number the provider refuses) */
  | { ok: false; error: string; retryable: boolean };

/**
 * One try at telling the applicant: a subscription message to the owner's
 * mini-program openid; an SMS to the applicant's phone when there is none or
 * WeChat answers 43101 (not subscribed) or 40003 (not an openid of the
 * mini-program). Any other WeChat refusal (busy, -1) is retried later rather
 * than answered with a text. An entry marked `sms` (an agent's case) goes by
 * SMS straight away. Both carry `entry.id`.
 */
export async function deliver(app: FastifyInstance, record: ApplicationRecord, entry: OutboxEntry): Promise<Delivery> {
  const { number } = record;
  if (!number) return { ok: false, error: 'the case has no number', retryable: false };
  const numbered = { ...record, number };
  // A code or rating token travels encrypted in the case document; in plain text only in this call.
  const codeEnc = entry.extra?.codeEnc;
  const rateTokenEnc = entry.extra?.rateTokenEnc;
  const message = {
    ...entry,
    extra: {
      ...entry.extra,
      ...(codeEnc ? { code: app.pii.decrypt(codeEnc) } : {}),
      ...(rateTokenEnc ? { rateLink: rateLinkUrl(app.config.PUBLIC_H5_URL, app.pii.decrypt(rateTokenEnc)) } : {}),
    },
  };
  const to = await recipientOf(app, record);
  const help = HELP_KINDS.has(entry.kind) ? await helpLinesOf(app) : undefined;
  if (to.openid && !entry.extra?.sms) {
    try {
      const sent = await app.wechat.sendSubscribeMessage(wechatMessage(message, numbered, to.openid, app.config, help));
      if (sent.ok) return { ok: true, channel: 'wechat' };
      if (!USE_SMS.has(sent.errcode)) {
        return { ok: false, error: `wechat errcode ${sent.errcode}`, retryable: true };
      }
    } catch {
      return { ok: false, error: 'wechat unreachable', retryable: true };
    }
  }
  const phone = to.phone();
  if (!phone) {
    return { ok: false, error: to.openid ? 'not subscribed and no phone' : 'no openid and no phone', retryable: false };
  }
  try {
    await app.sms.send(smsMessage(message, numbered, phone, help));
    return { ok: true, channel: 'sms' };
  } catch (err) {
    if (err instanceof SmsSendError) return { ok: false, error: `sms ${err.code}`, retryable: err.retryable };
    throw err;
  }
}
