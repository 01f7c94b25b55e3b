import { type FastifyInstance } from 'fastify';
import { buildMockApp, type MockAppOptions } from '../app';

/** Helpers for the simulators' own tests (kept out of __tests__ so jest does not run them). */
export const APP_ID = 'wx_onetrip_dev';
export const APP_SECRET = 'dev_secret';

/** A ready app; `slow` waits only 50 ms unless a test asks otherwise. */
export async function buildTestApp(opts: MockAppOptions = {}): Promise<FastifyInstance> {
  const app = buildMockApp({ slowMs: 50, ...opts });
  await app.ready();
  return app;
}

/** An access token the way the BFF gets one. */
export async function issueToken(app: FastifyInstance): Promise<string> {
  const res = await app.inject({
    method: 'GET',
    url: '/cgi-bin/token',
    query: { grant_type: 'client_credential', appid: APP_ID, secret: APP_SECRET },
  });
  const body = res.json<{ access_token?: string }>();
  if (!body.access_token) throw new Error(`no token: ${res.body}`);
  return body.access_token;
}

export async function armScenario(
  app: FastifyInstance,
  scenario: { name: string; times?: number; path?: string; match?: string },
): Promise<void> {
  const res = await app.inject({ method: 'PUT', url: '/__mock/scenario', payload: scenario });
  if (res.statusCode !== 200) throw new Error(`could not arm: ${res.body}`);
}
