import fp from 'fastify-plugin';
import { z } from 'zod';

/** The templates our SMS provider has approved (their texts live with the provider). */
export const SMS_TEMPLATES = [
  'case_submitted',
  'agent_case_submitted',
  'case_status',
  'pickup_code',
  'receipt_code',
  'case_completed_rate',
  'counter_receipt',
  'counter_notice',
  'generic',
] as const;
export type SmsTemplate = (typeof SMS_TEMPLATES)[number];

export interface SmsMessage {
  /** mainland mobile number, 11 digits; never logged */
  phone: string;
  template: SmsTemplate;
  /** the template's placeholders, plus `ref` (our idempotency reference, recorded by the provider) */
  params: Record<string, string>;
}

export interface SmsClient {
  /** Sends one text. Outcomes: `{messageId}`; SmsSendError when refused or unreachable. */
  send(message: SmsMessage): Promise<{ messageId: string }>;
}

/** The provider did not take the text. `retryable`: a later try may succeed (5xx, 429, timeout, network). */
export class SmsSendError extends Error {
  constructor(
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(`sms provider refused the text (${code})`);
    this.name = 'SmsSendError';
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    sms: SmsClient;
  }
}

const Accepted = z.object({ code: z.literal('OK'), messageId: z.string().min(1), requestId: z.string().optional() });
const Refused = z.object({ code: z.string(), requestId: z.string().optional() });
const TIMEOUT_MS = 5_000;

/**
 * The SMS provider (`POST /sms/v1/send`, `Authorization: Bearer SMS_API_KEY`),
 * pointed at `SMS_API_BASE`. The phone number is in the request only: log
 * lines carry the template, the provider's code and requestId.
 */
export default fp(
  async (app) => {
    const { SMS_API_BASE, SMS_API_KEY } = app.config;
    const endpoint = new URL('/sms/v1/send', SMS_API_BASE);
    app.decorate('sms', {
      async send({ phone, template, params }) {
        let res: Response;
        let json: unknown;
        try {
          res = await fetch(endpoint, {
            method: 'POST',
            headers: { authorization: `Bearer ${SMS_API_KEY}`, 'content-type': 'application/json' },
            body: JSON.stringify({ phone, template, params }),
            signal: AbortSignal.timeout(TIMEOUT_MS),
          });
          json = await res.json().catch(() => null);
        } catch (err) {
          app.log.warn({ action: 'sms.send', template, reason: (err as Error).message }, 'sms provider unreachable');
          throw new SmsSendError('Unreachable', true);
        }
        const accepted = res.ok ? Accepted.safeParse(json) : null;
        if (accepted?.success) {
          app.log.info({ action: 'sms.send', template, requestId: accepted.data.requestId }, 'sms sent');
          return { messageId: accepted.data.messageId };
        }
        const refused = Refused.safeParse(json);
        const code = refused.success ? refused.data.code : `HTTP${res.status}`;
        const retryable = res.status >= 500 || res.status === 429 || res.ok;
        app.log.warn(
          { action: 'sms.send', template, status: res.status, code, requestId: refused.data?.requestId },
          'sms provider refused the text',
        );
        throw new SmsSendError(code, retryable);
      },
    } satisfies SmsClient);
  },
  { name: 'sms', dependencies: ['services'] },
);
