// Brings up the whole local system: database, simulators, BFF (with demo
// data) and, optionally, Redis for shared rate limits (ONETRIP_REDIS=1 or
// REDIS_URL) and the H5 build behind a static server.
import path from 'node:path';
import { startDatabase, freePort } from './database.mjs';
import { startMock, startBff, runSeed, outsideServicesEnv } from './services.mjs';
import { startH5Server } from './h5-server.mjs';
import { stackBffEnv } from './stack-env.mjs';
import { redisForStack } from './redis.mjs';
import { pnpm, ROOT } from './pnpm.mjs';
import { step, ok } from './log.mjs';

export async function pickPorts({ bff, mock, h5 } = {}) {
  return {
    bff: bff ?? (await freePort()),
    mock: mock ?? (await freePort()),
    h5: h5 ?? (await freePort()),
  };
}

/** The H5 build talks to this BFF and sends WeChat web logins to these simulators. */
export function buildH5({ ports }) {
  step('building the H5 app (taro build --type h5)');
  pnpm(['--filter', '@onetrip/miniapp', 'build:h5'], {
    what: 'building the H5 app',
    env: {
      NODE_ENV: 'production',
      TARO_APP_API_BASE: `http://127.0.0.1:${ports.bff}/api/v1`,
      TARO_APP_WECHAT_OAUTH_BASE: `http://127.0.0.1:${ports.mock}`,
    },
  });
}

/**
 * @param {{ports: {bff:number, mock:number, h5:number}, dataDir: string, dbName: string, withH5: boolean, env?: object, bffEntry?: string, operatorEnv?: boolean}} opts
 *   `operatorEnv` (`npm run dev`): a MONGODB_URI's database name and ONETRIP_ADMIN_OPENIDS are the operator's;
 *   otherwise (tests, benches) `dbName` and the simulated admin.
 * @returns {Promise<{urls: object, env: object, stop: () => Promise<void>}>}
 */
export async function startStack({ ports, dataDir, dbName, withH5, env = {}, bffEntry, operatorEnv = false }) {
  const logDir = path.join(dataDir, 'logs');
  const stops = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const db = await startDatabase({ dataDir: path.join(dataDir, 'db'), logFile: path.join(logDir, 'db.log') });
    stops.push(db.stop);
    const redis = await redisForStack({ dataDir: path.join(dataDir, 'redis'), logDir });
    if (redis) stops.push(redis.stop);
    const h5Url = `http://127.0.0.1:${ports.h5}`;
    const mockBase = `http://127.0.0.1:${ports.mock}`;
    const bffEnv = {
      // NODE_ENV, the database (MONGODB_URI's own name under `npm run dev`) and the admins (stack-env.mjs).
      ...stackBffEnv({ serverUri: db.uri, dbName, fromUserEnv: operatorEnv }),
      ...outsideServicesEnv(mockBase),
      PUBLIC_H5_URL: h5Url,
      CORS_ORIGINS: `${h5Url},http://localhost:${ports.h5}`,
      ...(redis ? { REDIS_URL: redis.url } : {}),
      ...env,
    };
    step(`starting the simulators on ${mockBase}`);
    const mock = await startMock({ port: ports.mock, logDir });
    stops.push(mock.stop);
    step('seeding the demo catalog');
    await runSeed({ env: bffEnv });
    step(`starting the BFF on http://127.0.0.1:${ports.bff}`);
    const bff = await startBff({ port: ports.bff, env: bffEnv, logDir, entry: bffEntry });
    stops.push(bff.stop);
    if (withH5) {
      const h5 = await startH5Server({ root: path.join(ROOT, 'miniapp', 'dist', 'h5'), port: ports.h5 });
      stops.push(h5.close);
    }
    ok('stack is up');
    return {
      urls: {
        h5: h5Url,
        bff: `http://127.0.0.1:${ports.bff}/api/v1`,
        mock: mockBase,
        docs: `http://127.0.0.1:${ports.bff}/api/v1/docs/json`,
      },
      env: bffEnv,
      logDir,
      dbKind: db.kind,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
