// Starts one database server and the simulators for the whole jest run,
// unless the caller (scripts/test.mjs) already did and passed them in the env.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startDatabase, freePort } from '../../scripts/lib/database.mjs';
import { DEV_KEYS_DIR, startMock } from '../../scripts/lib/services.mjs';
import { devWechatPayKeys } from '../../scripts/lib/wechatpay-dev-keys.mjs';
import { ROOT } from '../../scripts/lib/pnpm.mjs';

export default async function globalSetup() {
  const stops = [];
  if (!process.env.ONETRIP_TEST_MONGODB_URI) {
    const runDir = path.join(ROOT, '.data', 'test', `jest-${process.pid}`);
    const db = await startDatabase({ dataDir: path.join(runDir, 'db'), logFile: path.join(runDir, 'db.log') });
    process.env.ONETRIP_TEST_MONGODB_URI = db.uri;
    stops.push(async () => {
      await db.stop();
      rmSync(runDir, { recursive: true, force: true });
    });
  }
  if (!process.env.ONETRIP_TEST_MOCK_BASE) {
    const port = await freePort();
    const mock = await startMock({ port, logDir: path.join(ROOT, '.data', 'test', 'logs') });
    process.env.ONETRIP_TEST_MOCK_BASE = `http://127.0.0.1:${port}`;
    stops.push(mock.stop);
  }
  // The WeChat Pay keys every startMock() uses (one file), under the names the BFF's config reads.
  Object.assign(process.env, devWechatPayKeys(DEV_KEYS_DIR).bffEnv);
  globalThis.__ONETRIP_STOPS__ = stops;
}
