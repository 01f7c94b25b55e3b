import fp from 'fastify-plugin';
import { type FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { UpstreamUnavailableError } from '../../lib/app-error';
import { type SubscribeMessage, type SubscribeOutcome } from './wechat.types';

export * from './wechat.types';

/** WeChat refused a code the user brought (unknown, used, expired, missing): the user's problem. */
export class WechatCodeRejected extends Error {
  constructor(readonly errcode: number) {
    super(`wechat refused the code (errcode ${errcode})`);
    this.name = 'WechatCodeRejected';
  }
}

export interface WechatIdentity {
  openid: string;
  unionid?: string;
  /** mini-program login only; never leaves the server */
  sessionKey?: string;
}

export interface WechatClient {
  /** Mini-program `wx.login` code → identity (code2Session). */
  code2Session(code: string): Promise<WechatIdentity>;
  /** H5 web OAuth code → identity. */
  oauthIdentity(code: string): Promise<WechatIdentity>;
  /** getPhoneNumber button code → the number: 11 digits in the mainland, else `+<country><number>`. */
  phoneNumber(code: string): Promise<string>;
  /**
   * A subscription message (订阅消息). Outcomes: `{ok: true, msgid}`; `{ok: false, errcode}` when WeChat
   * refuses it (43101: the user has not subscribed; -1: busy); UpstreamUnavailableError when unreachable.
   */
  sendSubscribeMessage(message: SubscribeMessage): Promise<SubscribeOutcome>;
}

declare module 'fastify' {
  interface FastifyInstance {
    wechat: WechatClient;
  }
}

/** Errcodes that mean "this code is no good"; any other errcode is WeChat's or our trouble. */
const CODE_ERRCODES = new Set([40029, 40163, 41008, 40226]);
/** Errcodes that mean our cached access token is no longer accepted. */
const TOKEN_ERRCODES = new Set([40001, 42001]);
const TIMEOUT_MS = 5_000;
const BUSY_MESSAGE = '微信服务繁忙，请稍后再试';

const WxError = z.object({ errcode: z.number().int(), errmsg: z.string().optional() });
const Session = z.object({
  openid: z.string().min(1),
  unionid: z.string().min(1).optional(),
  session_key: z.string().optional(),
});
const OAuthToken = z.object({ openid: z.string().min(1), unionid: z.string().min(1).optional() });
const AccessToken = z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() });
const Sent = z.object({ errcode: z.literal(0), msgid: z.number() });
const Phone = z.object({
  errcode: z.literal(0),
  phone_info: z.object({ purePhoneNumber: z.string(), countryCode: z.string() }),
});

interface Options {
  apiBase: string;
  appId: string;
  appSecret: string;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; errcode: number };

function createWechatClient(opts: Options, log: FastifyBaseLogger): WechatClient {
  const url = (path: string, query: Record<string, string>) => {
    const u = new URL(path, opts.apiBase);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u;
  };

  /** One call. WeChat answers errors as HTTP 200 + errcode; anything else unexpected is "unavailable". */
  async function call<T>(api: string, target: URL, shape: z.ZodType<T>, body?: unknown): Promise<Outcome<T>> {
    let json: unknown;
    try {
      const res = await fetch(target, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      json = await res.json();
    } catch (err) {
      log.warn({ action: 'wechat.call', api, reason: (err as Error).message }, 'wechat unreachable');
      throw new UpstreamUnavailableError(BUSY_MESSAGE);
    }
    const error = WxError.safeParse(json);
    if (error.success && error.data.errcode !== 0) return { ok: false, errcode: error.data.errcode };
    const parsed = shape.safeParse(json);
    if (parsed.success) return { ok: true, value: parsed.data };
    log.warn({ action: 'wechat.call', api }, 'wechat answered an unexpected shape');
    throw new UpstreamUnavailableError(BUSY_MESSAGE);
  }

  /** Code errors are the user's; every other errcode (-1 busy, 45011 limit, bad secret) is ours or WeChat's. */
  function unwrap<T>(api: string, outcome: Outcome<T>): T {
    if (outcome.ok) return outcome.value;
    if (CODE_ERRCODES.has(outcome.errcode)) throw new WechatCodeRejected(outcome.errcode);
    log.warn({ action: 'wechat.call', api, errcode: outcome.errcode }, 'wechat refused the call');
    throw new UpstreamUnavailableError(BUSY_MESSAGE);
  }

  // The server access token is cached until five minutes before it expires; one fetch at a time.
  let cached: { token: string; until: number } | null = null;
  let pending: Promise<string> | null = null;
  async function accessToken(): Promise<string> {
    if (cached && cached.until > Date.now()) return cached.token;
    pending ??= (async () => {
      const q = { grant_type: 'client_credential', appid: opts.appId, secret: opts.appSecret };
      const got = unwrap('token', await call('token', url('/cgi-bin/token', q), AccessToken));
      cached = { token: got.access_token, until: Date.now() + Math.max(got.expires_in - 300, 60) * 1000 };
      return got.access_token;
    })().finally(() => {
      pending = null;
    });
    return pending;
  }

  const codeQuery = (key: string, code: string) => ({
    appid: opts.appId,
    secret: opts.appSecret,
    [key]: code,
    grant_type: 'authorization_code',
  });

  return {
    async code2Session(code) {
      const s = unwrap(
        'jscode2session',
        await call('jscode2session', url('/sns/jscode2session', codeQuery('js_code', code)), Session),
      );
      return { openid: s.openid, unionid: s.unionid, sessionKey: s.session_key };
    },
    async oauthIdentity(code) {
      const t = unwrap(
        'oauth2',
        await call('oauth2', url('/sns/oauth2/access_token', codeQuery('code', code)), OAuthToken),
      );
      return { openid: t.openid, unionid: t.unionid };
    },
    async phoneNumber(code) {
      const ask = async () =>
        call('phone', url('/wxa/business/getuserphonenumber', { access_token: await accessToken() }), Phone, { code });
      let outcome = await ask();
      if (!outcome.ok && TOKEN_ERRCODES.has(outcome.errcode)) {
        cached = null;
        outcome = await ask();
      }
      const info = unwrap('phone', outcome).phone_info;
      // Outside the mainland the number keeps its country code (and then fails our mainland-only check).
      return info.countryCode === '86' ? info.purePhoneNumber : `+${info.countryCode}${info.purePhoneNumber}`;
    },
    async sendSubscribeMessage({ touser, templateId, page, data }) {
      const body = {
        touser,
        template_id: templateId,
        ...(page ? { page } : {}),
        data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, { value }])),
      };
      const send = async () =>
        call('subscribe', url('/cgi-bin/message/subscribe/send', { access_token: await accessToken() }), Sent, body);
      let outcome = await send();
      if (!outcome.ok && TOKEN_ERRCODES.has(outcome.errcode)) {
        cached = null;
        outcome = await send();
      }
      return outcome.ok ? { ok: true, msgid: outcome.value.msgid } : { ok: false, errcode: outcome.errcode };
    },
  };
}

/** The WeChat API client (mini-program login, web OAuth, phone number, subscription messages), pointed at `WECHAT_API_BASE`. */
export default fp(
  async (app) => {
    const { WECHAT_API_BASE, WECHAT_APP_ID, WECHAT_APP_SECRET } = app.config;
    app.decorate(
      'wechat',
      createWechatClient({ apiBase: WECHAT_API_BASE, appId: WECHAT_APP_ID, appSecret: WECHAT_APP_SECRET }, app.log),
    );
  },
  { name: 'wechat', dependencies: ['services'] },
);
