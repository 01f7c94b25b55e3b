import path from 'node:path';
import { z } from 'zod';

/** Development defaults of secrets; refused in production (see loadConfig). */
const DEV_SECRETS = {
  JWT_SECRET: 'dev-only-jwt-secret-change-me-0123456789',
  DATA_ENCRYPTION_KEY: '00'.repeat(31) + '01',
  DATA_HASH_KEY: '00'.repeat(31) + '02',
  WECHAT_APP_SECRET: 'dev_secret',
  SMS_API_KEY: 'dev_sms_key',
  REALNAME_API_KEY: 'dev_realname_key',
  EXPRESS_API_KEY: 'dev_express_key',
} as const;
const hexKey = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex characters (32 bytes)');
const url = z.string().url();
/** Unset when absent or empty (an empty line in a .env file means "not given"). */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
/** A PEM that may arrive on one line with literal `\n` (as .env files and CI secrets often carry it). */
const pem = z
  .string()
  .transform((s) => s.replace(/\\n/g, '\n').trim())
  .refine((s) => /^-----BEGIN [A-Z ]+-----\n[\s\S]+\n-----END [A-Z ]+-----$/.test(s), 'must be a PEM');
/** The WeChat Pay key material: all of it or (outside production) none, then payments answer 503. */
export const WECHATPAY_KEY_VARS = [
  'WECHATPAY_SERIAL_NO',
  'WECHATPAY_PRIVATE_KEY',
  'WECHATPAY_PUBLIC_KEY',
  'WECHATPAY_APIV3_KEY',
  'WECHATPAY_PLATFORM_KEY_ID',
  'WECHATPAY_PLATFORM_PUBLIC_KEY',
] as const;

/**
 * The BFF's whole configuration, parsed once from the environment.
 * No other file reads process.env. Secrets have development defaults that a
 * production start refuses, so a forgotten secret fails loudly.
 */
export const ConfigSchema = z.object({
  /**
   * Unset (or empty) means production, the safe default: a server started without it refuses the
   * published development secrets. The dev and test scripts set `development` / `test` themselves.
   */
  NODE_ENV: unsetIfEmpty(z.enum(['development', 'test', 'production'])),
  BFF_HOST: z.string().default('127.0.0.1'),
  BFF_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// URI'),
  /** HS256 key for access and refresh tokens (secret). */
  JWT_SECRET: z.string().min(32).default(DEV_SECRETS.JWT_SECRET),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(900).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  /** AES-256-GCM key for ID and phone numbers at rest (secret). */
  DATA_ENCRYPTION_KEY: hexKey.default(DEV_SECRETS.DATA_ENCRYPTION_KEY),
  /** HMAC-SHA256 key for the look-up hash beside encrypted values (secret). */
  DATA_HASH_KEY: hexKey.default(DEV_SECRETS.DATA_HASH_KEY),
  WECHAT_API_BASE: url.default('http://127.0.0.1:3001'),
  WECHAT_APP_ID: z.string().default('wx_onetrip_dev'),
  WECHAT_APP_SECRET: z.string().default(DEV_SECRETS.WECHAT_APP_SECRET),
  WECHATPAY_API_BASE: url.default('http://127.0.0.1:3001'),
  WECHATPAY_MCHID: z
    .string()
    .regex(/^\d{6,32}$/)
    .default('1900000001'),
  WECHATPAY_APPID: z.string().min(1).default('wx_onetrip_dev'),
  /** merchant certificate serial, upper-case hex, compared exactly by WeChat Pay */
  WECHATPAY_SERIAL_NO: unsetIfEmpty(z.string().regex(/^[0-9A-F]{8,64}$/, 'must be upper-case hex')),
  /** merchant private key, PKCS#8 PEM (secret) */
  WECHATPAY_PRIVATE_KEY: unsetIfEmpty(pem),
  /** merchant public key PEM (the library insists on one) */
  WECHATPAY_PUBLIC_KEY: unsetIfEmpty(pem),
  /** APIv3 key: decrypts notifications (secret) */
  WECHATPAY_APIV3_KEY: unsetIfEmpty(z.string().refine((s) => Buffer.byteLength(s) === 32, 'must be exactly 32 bytes')),
  /** the platform public-key id (`PUB_KEY_ID_…`): the only Wechatpay-Serial accepted */
  WECHATPAY_PLATFORM_KEY_ID: unsetIfEmpty(z.string().regex(/^[A-Za-z0-9_]{8,64}$/)),
  /** SPKI PEM that verifies notifications */
  WECHATPAY_PLATFORM_PUBLIC_KEY: unsetIfEmpty(pem),
  /** where WeChat Pay posts notifications; default: this BFF on 127.0.0.1 (dev and test) */
  WECHATPAY_NOTIFY_URL: unsetIfEmpty(url),
  /** the background order query of unpaid payments: how often (ms; 0 = off)… */
  WECHATPAY_RECONCILE_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /** …and how old an unpaid order must be before it is asked about (the notification normally comes first) */
  WECHATPAY_RECONCILE_MIN_AGE_MS: z.coerce.number().int().min(0).default(120_000),
  SMS_API_BASE: url.default('http://127.0.0.1:3001'),
  SMS_API_KEY: z.string().default(DEV_SECRETS.SMS_API_KEY),
  EXPRESS_API_BASE: url.default('http://127.0.0.1:3001'),
  /** `x-api-key` of the express platform; it also keys the platform's callback signatures (secret). */
  EXPRESS_API_KEY: z.string().min(1).default(DEV_SECRETS.EXPRESS_API_KEY),
  /**
   * The courier company that carries certificates (政务快递), as the express platform and the admin's
   * courier accounts (`courierCompany`) spell it: its couriers see the shipments.
   */
  EXPRESS_COMPANY: z.string().trim().min(1).max(40).default('中国邮政EMS'),
  /** The sender printed on every waybill: the service centre. */
  EXPRESS_SENDER_NAME: z.string().trim().min(1).max(30).default('县政务服务中心'),
  EXPRESS_SENDER_PHONE: z
    .string()
    .regex(/^1[3-9][0-9]{9}$/, 'must be a mainland mobile number')
    .default('13800000000'),
  EXPRESS_SENDER_ADDRESS: z.string().trim().min(1).max(200).default('县政务服务中心一楼出证窗口'),
  /** Subscription-message templates (mini-program 订阅消息), one per kind of message; dev defaults for the simulator. */
  WECHAT_TEMPLATE_CASE_STATUS: z.string().min(1).default('tpl_case_status'),
  WECHAT_TEMPLATE_PICKUP_CODE: z.string().min(1).default('tpl_pickup_code'),
  WECHAT_TEMPLATE_RECEIPT_CODE: z.string().min(1).default('tpl_receipt_code'),
  WECHAT_TEMPLATE_APPOINTMENT: z.string().min(1).default('tpl_appointment'),
  /** 效能监察's morning summary to each department's heads (a chase uses the case-status template). */
  WECHAT_TEMPLATE_DAILY_SUMMARY: z.string().min(1).default('tpl_daily_summary'),
  /** The notification outbox worker: how often it looks for due messages (ms; 0 = off)… */
  NOTIFY_WORKER_INTERVAL_MS: z.coerce.number().int().min(0).default(5_000),
  /** …how many sends it tries before a message is `failed`, the first retry delay (doubling each time)… */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  NOTIFY_BACKOFF_MS: z.coerce.number().int().min(0).default(30_000),
  /** …and how long a message claimed as `sending` by a worker that died stays untouched before it is sent again. */
  NOTIFY_SEND_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(120_000),
  /** The §32 deemed-acceptance job: how often it looks for cases left in `submitted` too long (ms; 0 = off). */
  DEEMED_ACCEPTANCE_INTERVAL_MS: z.coerce.number().int().min(0).default(600_000),
  /** Housekeeping (old idempotency keys, leases left by crashed writers): how often it runs (ms; 0 = off). */
  HOUSEKEEPING_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
  /** The hall's appointment reminders (the day before): how often the job looks for tomorrow's appointments (ms; 0 = off). */
  HALL_REMINDER_INTERVAL_MS: z.coerce.number().int().min(0).default(600_000),
  /** 容缺补交提醒: how often the job looks for gaps due today or tomorrow (ms; 0 = off). */
  GAP_REMINDER_INTERVAL_MS: z.coerce.number().int().min(0).default(600_000),
  /**
   * 效能监察's daily summary to the departments' heads: how often the job looks whether this working day's has
   * gone out (ms; 0 = off), and the Beijing hour from which it goes (each working-day morning).
   */
  SUPERVISION_SUMMARY_INTERVAL_MS: z.coerce.number().int().min(0).default(600_000),
  SUPERVISION_SUMMARY_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  REALNAME_API_BASE: url.default('http://127.0.0.1:3001'),
  REALNAME_API_KEY: z.string().default(DEV_SECRETS.REALNAME_API_KEY),
  /** Openids that get the admin role when they log in (comma separated). */
  ONETRIP_ADMIN_OPENIDS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  /**
   * Where the BFF is reached from outside (scheme + host, no path): the counter's texted receipt links
   * point to `${PUBLIC_API_URL}/api/v1/receipts/<token>`. Default: this machine's `BFF_PORT`.
   */
  PUBLIC_API_URL: unsetIfEmpty(url),
  /** Where the H5 app is published; QR codes point to `${PUBLIC_H5_URL}/q/<token>`. */
  PUBLIC_H5_URL: url.default('http://127.0.0.1:10086'),
  /** Browser origins allowed to call the API (comma separated). */
  CORS_ORIGINS: z
    .string()
    .default('http://127.0.0.1:10086,http://localhost:10086')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  /**
   * Proxies whose X-Forwarded-For is believed (proxy-addr syntax: `loopback`, IPs, CIDRs; comma separated). Unset:
   * none — the peer's own address counts, so no client picks the address its rate limits are counted by.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  /** Request headers must arrive within this (ms), else 408 and the connection closed. */
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(500).default(15_000),
  /** A request body other than an upload must arrive within this after its headers (ms): 256 KB at 105 kbit/s. */
  BODY_TIMEOUT_MS: z.coerce.number().int().min(500).default(20_000),
  /** A whole request must arrive within this (ms), an upload's 10 MB included: 280 kbit/s of uplink. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(300_000),
  /**
   * Redis that keeps the rate-limit counters of every BFF copy (`redis://[:password@]host:port[/db]`, `rediss://` for
   * TLS; secret when it holds a password). Unset: each copy counts on its own.
   */
  REDIS_URL: unsetIfEmpty(z.string().regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')),
  /** Per-IP limit on /auth/* per minute. */
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  /**
   * Uploaded files (content-addressed); never inside a served folder. Default `<repo>/.data/uploads`. Several BFF
   * copies share one folder on a shared filesystem (lib/storage/README.md).
   */
  UPLOAD_DIR: z
    .string()
    .min(1)
    .default(path.resolve(__dirname, '../../.data/uploads'))
    .transform((dir) => path.resolve(dir)),
  /** Largest accepted upload in bytes (10 MiB). */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  /**
   * Upload quota of one person (bytes): stored per Beijing day (200 MiB: some twenty cases' worth of scans) and in
   * total (1 GiB). Staff and agents, who upload for many people, get `UPLOAD_QUOTA_WORKER_DAY_BYTES` a day (2 GiB)
   * and no total: what they upload is the cases' record.
   */
  UPLOAD_QUOTA_DAY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(200 * 1024 * 1024),
  UPLOAD_QUOTA_TOTAL_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024 * 1024),
  UPLOAD_QUOTA_WORKER_DAY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024 * 1024),
  /** Uploads no case uses are removed by housekeeping once older than this (ms; default a day). */
  UPLOAD_UNATTACHED_TTL_MS: z.coerce.number().int().min(60_000).default(86_400_000),
});

type NodeEnv = 'development' | 'test' | 'production';
export type Config = Omit<z.infer<typeof ConfigSchema>, 'NODE_ENV'> & {
  NODE_ENV: NodeEnv;
  WECHATPAY_NOTIFY_URL: string;
  PUBLIC_API_URL: string;
};

export class ConfigError extends Error {}

/** Parses the environment; a bad value is one readable sentence, not a stack. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const data = { ...parsed.data, NODE_ENV: parsed.data.NODE_ENV ?? ('production' as NodeEnv) };
  const payKeysMissing = WECHATPAY_KEY_VARS.filter((key) => data[key] === undefined);
  if (data.NODE_ENV === 'production') {
    const unset = Object.entries(DEV_SECRETS).filter(([key, dev]) => data[key as keyof typeof DEV_SECRETS] === dev);
    const missing = [
      ...unset.map(([key]) => key),
      ...payKeysMissing,
      ...(data.WECHATPAY_NOTIFY_URL?.startsWith('https://') ? [] : ['an https WECHATPAY_NOTIFY_URL']),
    ];
    if (missing.length && parsed.data.NODE_ENV === undefined)
      throw new ConfigError(
        `NODE_ENV is not set, so this is a production start: set ${missing.join(', ')} ` +
          '(or NODE_ENV=development for a local run on the development defaults)',
      );
    if (missing.length) throw new ConfigError(`set ${missing.join(', ')} in production`);
  } else if (payKeysMissing.length > 0 && payKeysMissing.length < WECHATPAY_KEY_VARS.length) {
    // Half a key set is a mistake, not a choice to run without payments.
    throw new ConfigError(
      `invalid configuration: set ${payKeysMissing.join(', ')} too, or none of the WeChat Pay keys`,
    );
  }
  return {
    ...data,
    WECHATPAY_NOTIFY_URL:
      data.WECHATPAY_NOTIFY_URL ?? `http://127.0.0.1:${data.BFF_PORT}/api/v1/payments/wechat/notify`,
    PUBLIC_API_URL: data.PUBLIC_API_URL ?? `http://127.0.0.1:${data.BFF_PORT}`,
  };
}
