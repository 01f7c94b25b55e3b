import { z } from 'zod';

export const DEFAULT_APP_ID = 'wx_onetrip_dev';
export const DEFAULT_APP_SECRET = 'dev_secret';

/**
 * The simulators' settings, read from the environment once (in server.ts).
 * The defaults are the development credentials the BFF's dev config uses,
 * so `pnpm dev` works with no environment at all.
 */
const MockEnv = z.object({
  MOCK_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  MOCK_HOST: z.string().min(1).default('127.0.0.1'),
  MOCK_LOG: z.enum(['true', 'false', '1', '0']).default('false'),
  WECHAT_APP_ID: z.string().min(1).default(DEFAULT_APP_ID),
  WECHAT_APP_SECRET: z.string().min(1).default(DEFAULT_APP_SECRET),
});

export interface MockConfig {
  port: number;
  host: string;
  logger: boolean;
  appId: string;
  appSecret: string;
}

export function loadConfig(env: NodeJS.ProcessEnv): MockConfig {
  const parsed = MockEnv.parse(env);
  return {
    port: parsed.MOCK_PORT,
    host: parsed.MOCK_HOST,
    logger: parsed.MOCK_LOG === 'true' || parsed.MOCK_LOG === '1',
    appId: parsed.WECHAT_APP_ID,
    appSecret: parsed.WECHAT_APP_SECRET,
  };
}
