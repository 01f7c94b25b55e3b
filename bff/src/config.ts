import { z } from 'zod';

/** Development defaults of secrets; refused in production (see loadConfig). */
const DEV_SECRETS = {
  JWT_SECRET: 'dev-only-jwt-secret-change-me-0123456789',
  DATA_ENCRYPTION_KEY: '00'.repeat(31) + '01',
  DATA_HASH_KEY: '00'.repeat(31) + '02',
  WECHAT_APP_SECRET: 'dev_secret',
  SMS_API_KEY: 'dev_sms_key',
  REALNAME_API_KEY: 'dev_realname_key',
} as const;
const hexKey = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex characters (32 bytes)');
const url = z.string().url();

/**
 * The BFF's whole configuration, parsed once from the environment.
 * No other file reads process.env. Secrets have development defaults that a
 * production start refuses, so a forgotten secret fails loudly.
 */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
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
  SMS_API_BASE: url.default('http://127.0.0.1:3001'),
  SMS_API_KEY: z.string().default(DEV_SECRETS.SMS_API_KEY),
  EXPRESS_API_BASE: url.default('http://127.0.0.1:3001'),
  REALNAME_API_BASE: url.default('http://127.0.0.1:3001'),
  REALNAME_API_KEY: z.string().default(DEV_SECRETS.REALNAME_API_KEY),
  /** Openids that get the admin role when they log in (comma separated). */
  ONETRIP_ADMIN_OPENIDS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)),
  /** Where the H5 app is published; QR codes point to `${PUBLIC_H5_URL}/q/<token>`. */
  PUBLIC_H5_URL: url.default('http://127.0.0.1:10086'),
  /** Browser origins allowed to call the API (comma separated). */
  CORS_ORIGINS: z
    .string()
    .default('http://127.0.0.1:10086,http://localhost:10086')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)),
  /** Proxies whose X-Forwarded-For is believed (proxy-addr syntax: `loopback`, IPs, CIDRs); others cannot fake their address. */
  TRUST_PROXY: z.string().default('loopback'),
  /** Per-IP limit on /auth/* per minute. */
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad value is one readable sentence, not a stack. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  if (parsed.data.NODE_ENV === 'production') {
    const unset = Object.entries(DEV_SECRETS).filter(([key, dev]) => parsed.data[key as keyof typeof DEV_SECRETS] === dev);
    if (unset.length) throw new ConfigError(`set ${unset.map(([key]) => key).join(', ')} in production`);
  }
  return parsed.data;
}
