import { randomBytes } from 'node:crypto';
import { type FastifyServerOptions } from 'fastify';
import { buildApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';

/** `mongodb://host:port/?opts` + name → `mongodb://host:port/name?opts` */
export function withDatabase(baseUri: string, name: string): string {
  const url = new URL(baseUri);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The WeChat Pay keys global-setup put in process.env (the simulator holds the other halves). */
function wechatPayEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => e[0].startsWith('WECHATPAY_') && e[1] !== undefined,
    ),
  );
}

export type MockCall = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

/** Calls the simulators' own API (`/__mock/...`, or a provider route) as a test drives them: JSON in, JSON out. */
export function mockCaller(mockBase: string): MockCall {
  return async (method, path, body) => {
    const res = await fetch(`${mockBase}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  };
}

export interface TestApp {
  app: App;
  mockBase: string;
  /** the simulators, see mockCaller */
  mock: MockCall;
  close(): Promise<void>;
}

/**
 * Builds the real app on a fresh database of the shared test server, talking
 * to the simulators started by global-setup. Call close() in afterAll.
 */
export async function buildTestApp(
  env: Record<string, string> = {},
  opts: { logger?: FastifyServerOptions['logger'] } = {},
): Promise<TestApp> {
  const baseUri = process.env.ONETRIP_TEST_MONGODB_URI;
  const mockBase = process.env.ONETRIP_TEST_MOCK_BASE;
  if (!baseUri || !mockBase) throw new Error('the jest global setup did not start the database and simulators');
  const config = loadConfig({
    ...wechatPayEnv(),
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    MONGODB_URI: withDatabase(baseUri, `onetrip_t_${randomBytes(5).toString('hex')}`),
    WECHAT_API_BASE: mockBase,
    WECHATPAY_API_BASE: mockBase,
    SMS_API_BASE: mockBase,
    EXPRESS_API_BASE: mockBase,
    REALNAME_API_BASE: mockBase,
    ONETRIP_ADMIN_OPENIDS: 'openid_admin',
    // No background order queries in tests unless a test asks for them.
    WECHATPAY_RECONCILE_INTERVAL_MS: '0',
    // Nor a background outbox worker: tests run it with runOutboxOnce(app).
    NOTIFY_WORKER_INTERVAL_MS: '0',
    // Nor the deemed-acceptance job: tests call acceptOverdue(app, now).
    DEEMED_ACCEPTANCE_INTERVAL_MS: '0',
    // Nor housekeeping: tests call sweepOnce(app, now).
    HOUSEKEEPING_INTERVAL_MS: '0',
    // Nor the hall's appointment reminders: tests call runRemindersOnce(app).
    HALL_REMINDER_INTERVAL_MS: '0',
    GAP_REMINDER_INTERVAL_MS: '0',
    // Nor 效能监察's daily summary: tests call sendDailySummaries(app, now).
    SUPERVISION_SUMMARY_INTERVAL_MS: '0',
    ...env,
  });
  // Silent unless a test listens to the log (e.g. to prove a secret never reaches it).
  const app = await buildApp(config, { logger: opts.logger ?? false });
  await app.ready();
  return {
    app,
    mockBase,
    mock: mockCaller(mockBase),
    close: async () => {
      await app.db.dropDatabase().catch(() => undefined);
      await app.close();
    },
  };
}
