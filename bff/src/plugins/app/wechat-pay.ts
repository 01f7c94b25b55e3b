import { createDecipheriv } from 'node:crypto';
import fp from 'fastify-plugin';
import { type FastifyBaseLogger } from 'fastify';
import Pay from 'wechatpay-node-v3'; // `export =`: needs esModuleInterop
import { PayRequest } from 'wechatpay-node-v3/dist/lib/pay-request';
import { z } from 'zod';
import { type Config, WECHATPAY_KEY_VARS } from '../../config';
import { UpstreamUnavailableError } from '../../lib/app-error';
import { PayRefund, PayTransaction, WechatPayRefused, type WechatPayClient } from './wechat-pay.types';

export * from './wechat-pay.types';

const WECHATPAY_HOST = 'https://api.mch.weixin.qq.com';
const TIMEOUT_MS = 10_000;
const BUSY_MESSAGE = '微信支付繁忙，请稍后再试';
const DISABLED_MESSAGE = '支付暂不可用';
/** WeChat Pay refusals a caller can act on; any other failure is "unavailable" (503). */
const ACTIONABLE = new Set(['ORDERPAID', 'ORDER_CLOSED', 'ORDER_NOT_EXIST', 'INVALID_REQUEST', 'RESOURCE_NOT_EXISTS']);

type Output = Awaited<ReturnType<PayRequest['post']>>;

const Jsapi = z.object({
  package: z.string().startsWith('prepay_id='),
  timeStamp: z.string(),
  nonceStr: z.string(),
  signType: z.string(),
  paySign: z.string(),
});
const PayError = z.object({ code: z.string() });

declare module 'fastify' {
  interface FastifyInstance {
    wechatPay: WechatPayClient;
  }
}

/** superagent has no timeout of its own: a call that hangs counts as unreachable (status 0). */
function withTimeout(call: Promise<Output>): Promise<Output> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Output>((resolve) => {
    timer = setTimeout(() => resolve({ status: 0, error: 'timeout' }), TIMEOUT_MS);
  });
  return Promise.race([call, late]).finally(() => clearTimeout(timer));
}

/** The library's own superagent client (same `{status, data | error}` shape), sent to WECHATPAY_API_BASE. */
class BaseUrlPayRequest extends PayRequest {
  constructor(private readonly base: string) {
    super();
  }
  private rewrite(url: string): string {
    return url.startsWith(WECHATPAY_HOST) ? `${this.base}${url.slice(WECHATPAY_HOST.length)}` : url;
  }
  // Signing happened on the path before these are called, so only the host changes.
  override post(url: string, params: Record<string, unknown>, headers: Record<string, unknown>) {
    return withTimeout(super.post(this.rewrite(url), params, headers));
  }
  override get(url: string, headers: Record<string, unknown>) {
    return withTimeout(super.get(this.rewrite(url), headers));
  }
  override upload(url: string, params: Record<string, unknown>, headers: Record<string, unknown>) {
    return withTimeout(super.upload(this.rewrite(url), params, headers));
  }
}

/** `Pay.certificates` (serial → PEM) is a protected static cache; a subclass may seed it. */
class PayLibrary extends Pay {
  static trustPlatformKey(keyId: string, publicKeyPem: string): void {
    Pay.certificates[keyId] = publicKeyPem;
  }
}

type Keys = Record<(typeof WECHATPAY_KEY_VARS)[number], string>;

/** The key set, when configured: the configuration guarantees all of it or none. */
const keysOf = (c: Config): Keys | null => (WECHATPAY_KEY_VARS.every((k) => c[k]) ? (c as Config & Keys) : null);

function disabledClient(c: Config): WechatPayClient {
  const off = () => Promise.reject(new UpstreamUnavailableError(DISABLED_MESSAGE));
  return {
    available: false,
    mchid: c.WECHATPAY_MCHID,
    appid: c.WECHATPAY_APPID,
    platformKeyId: '',
    jsapi: off,
    query: off,
    close: off,
    refund: off,
    queryRefund: off,
    verifySign: off,
    decrypt: () => {
      throw new UpstreamUnavailableError(DISABLED_MESSAGE);
    },
  };
}

function createClient(c: Config, keys: Keys, log: FastifyBaseLogger): WechatPayClient {
  const pay = new PayLibrary({
    appid: c.WECHATPAY_APPID,
    mchid: c.WECHATPAY_MCHID,
    serial_no: keys.WECHATPAY_SERIAL_NO, // compared exactly by WeChat Pay: pass it as given
    publicKey: Buffer.from(keys.WECHATPAY_PUBLIC_KEY),
    privateKey: Buffer.from(keys.WECHATPAY_PRIVATE_KEY),
    key: keys.WECHATPAY_APIV3_KEY,
  });
  pay.createHttp(new BaseUrlPayRequest(c.WECHATPAY_API_BASE));
  PayLibrary.trustPlatformKey(keys.WECHATPAY_PLATFORM_KEY_ID, keys.WECHATPAY_PLATFORM_PUBLIC_KEY);
  const apiV3Key = Buffer.from(keys.WECHATPAY_APIV3_KEY);

  /** One call: the library never throws on HTTP errors, so the status decides; anything unexpected is a 503. */
  async function call<T>(api: string, run: () => Promise<Output>, ok: (out: Output) => T | null): Promise<T> {
    let out: Output;
    try {
      out = await run();
    } catch (err) {
      log.warn({ action: 'wechatpay.call', api, reason: (err as Error).message }, 'wechat pay call failed');
      throw new UpstreamUnavailableError(BUSY_MESSAGE);
    }
    const status = out.status ?? 0;
    const value = status >= 200 && status < 300 ? ok(out) : null;
    if (value !== null) return value;
    const code = parseCode(out.error);
    if (status >= 400 && status < 500 && code && ACTIONABLE.has(code)) throw new WechatPayRefused(code, status);
    log.warn({ action: 'wechatpay.call', api, status, code }, 'wechat pay refused or failed');
    throw new UpstreamUnavailableError(BUSY_MESSAGE);
  }

  return {
    available: true,
    mchid: c.WECHATPAY_MCHID,
    appid: c.WECHATPAY_APPID,
    platformKeyId: keys.WECHATPAY_PLATFORM_KEY_ID,
    jsapi: (o) =>
      call(
        'jsapi',
        () =>
          pay.transactions_jsapi({
            description: o.description,
            out_trade_no: o.outTradeNo,
            notify_url: c.WECHATPAY_NOTIFY_URL,
            amount: { total: o.amount },
            payer: { openid: o.openid },
          }),
        (out) => {
          const data = Jsapi.safeParse(out.data);
          if (!data.success) return null;
          const { timeStamp, nonceStr, signType, paySign } = data.data;
          const requestPayment = { timeStamp, nonceStr, package: data.data.package, signType, paySign };
          return { prepayId: data.data.package.slice('prepay_id='.length), requestPayment };
        },
      ),
    query: (outTradeNo) =>
      call(
        'query',
        () => pay.query({ out_trade_no: outTradeNo }),
        (out) => PayTransaction.safeParse(out.data).data ?? null,
      ),
    close: (outTradeNo) =>
      call(
        'close',
        () => pay.close(outTradeNo),
        () => undefined,
      ),
    refund: (r) =>
      call(
        'refund',
        () =>
          pay.refunds({
            out_trade_no: r.outTradeNo,
            out_refund_no: r.outRefundNo,
            reason: r.reason,
            notify_url: refundNotifyUrlOf(c.WECHATPAY_NOTIFY_URL),
            amount: { refund: r.amount, total: r.amount, currency: 'CNY' },
          }),
        (out) => PayRefund.safeParse(out.data).data ?? null,
      ),
    queryRefund: (outRefundNo) =>
      call(
        'refund-query',
        () => pay.find_refunds(outRefundNo),
        (out) => PayRefund.safeParse(out.data).data ?? null,
      ).catch((err: unknown) => {
        if (err instanceof WechatPayRefused && err.code === 'RESOURCE_NOT_EXISTS') return null;
        throw err;
      }),
    // An unknown serial would make the library download certificates: callers check it first, and a throw is a no.
    verifySign: (params) => pay.verifySign(params).catch(() => false),
    decrypt({ ciphertext, nonce, associated_data }) {
      const bytes = Buffer.from(ciphertext, 'base64');
      if (bytes.length <= 16) throw new Error('ciphertext too short');
      const decipher = createDecipheriv('aes-256-gcm', apiV3Key, Buffer.from(nonce));
      decipher.setAAD(Buffer.from(associated_data ?? ''));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
    },
  };
}

/** The refund notification route sits beside the payment one: `…/notify` → `…/refund-notify`. */
export function refundNotifyUrlOf(notifyUrl: string): string {
  return notifyUrl.replace(/\/notify$/, '/refund-notify');
}

function parseCode(error: unknown): string | undefined {
  try {
    return typeof error === 'string' ? PayError.safeParse(JSON.parse(error)).data?.code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The WeChat Pay API v3 client (wechatpay-node-v3), pointed at `WECHATPAY_API_BASE`,
 * trusting only `WECHATPAY_PLATFORM_KEY_ID`. Without keys (dev/test only; production
 * refuses to start) it is a stand-in whose every call answers 503 支付暂不可用.
 */
export default fp(
  async (app) => {
    const keys = keysOf(app.config);
    if (!keys) app.log.warn({ action: 'wechatpay.config' }, 'WeChat Pay keys not set: payments are unavailable');
    app.decorate('wechatPay', keys ? createClient(app.config, keys, app.log) : disabledClient(app.config));
  },
  { name: 'wechat-pay', dependencies: ['services'] },
);
