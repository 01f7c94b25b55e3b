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
  /**
   * A mini-program code (小程序码, getwxacodeunlimit) opening `page` with `scene`. Outcomes: the PNG
   * bytes; `{ok: false, errcode}` when WeChat refuses; UpstreamUnavailableError when unreachable.
   */
  miniProgramCode(input: { scene: string; page: string }): Promise<MiniProgramCodeOutcome>;
}

export type MiniProgramCodeOutcome = { ok: true; png: Buffer } | { ok: false; errcode: number };

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
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
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

  /** Calls `ask` with the cached token; once more with a fresh one when WeChat says the token is no longer good. */
  async function withToken<T>(ask: (token: string) => Promise<Outcome<T>>): Promise<Outcome<T>> {
    const outcome = await ask(await accessToken());
    if (outcome.ok || !TOKEN_ERRCODES.has(outcome.errcode)) return outcome;
    cached = null;
    return ask(await accessToken());
  }

  /** getwxacodeunlimit answers the PNG itself, or a JSON errcode with HTTP 200. */
  async function fetchCode(token: string, body: unknown): Promise<Outcome<Buffer>> {
    let bytes: Buffer;
    try {
      const res = await fetch(url('/wxa/getwxacodeunlimit', { access_token: token }), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      bytes = Buffer.from(await res.arrayBuffer());
    } catch (err) {
      log.warn({ action: 'wechat.call', api: 'wxacode', reason: (err as Error).message }, 'wechat unreachable');
      throw new UpstreamUnavailableError(BUSY_MESSAGE);
    }
    if (bytes.subarray(0, 8).equals(PNG_MAGIC)) return { ok: true, value: bytes };
    let json: unknown = null;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      // neither a PNG nor JSON: handled below as an unexpected answer
    }
    const error = WxError.safeParse(json);
    if (error.success && error.data.errcode !== 0) return { ok: false, errcode: error.data.errcode };
    log.warn({ action: 'wechat.call', api: 'wxacode' }, 'wechat answered an unexpected shape');
    throw new UpstreamUnavailableError(BUSY_MESSAGE);
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
      const outcome = await withToken((token) =>
        call('phone', url('/wxa/business/getuserphonenumber', { access_token: token }), Phone, { code }),
      );
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
      const outcome = await withToken((token) =>
        call('subscribe', url('/cgi-bin/message/subscribe/send', { access_token: token }), Sent, body),
      );
      return outcome.ok ? { ok: true, msgid: outcome.value.msgid } : { ok: false, errcode: outcome.errcode };
    },
    async miniProgramCode({ scene, page }) {
      // check_path off: the page exists in every release; env_version follows the build that is live.
      const body = { scene, page, check_path: false, env_version: 'develop' };
      const outcome = await withToken((token) => fetchCode(token, body));
      return outcome.ok ? { ok: true, png: outcome.value } : { ok: false, errcode: outcome.errcode };
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
