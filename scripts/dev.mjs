// `npm run dev`: installs what is missing and starts the whole system locally
// (database, simulators, BFF with demo data, H5 app), prints the URLs and runs
// until Ctrl-C. `npm run dev:api` starts everything but the H5 app.
import path from 'node:path';
import { installDependencies, ROOT } from './lib/pnpm.mjs';
import { pickPorts, buildH5, startStack } from './lib/stack.mjs';
import { runMain, SetupError } from './lib/log.mjs';

const apiOnly = process.argv.includes('--api-only');

function portFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new SetupError(`${name} must be a port number (got "${raw}").`);
  return port;
}

runMain(async () => {
  installDependencies();
  const ports = await pickPorts({
    bff: portFromEnv('BFF_PORT', 3000),
    mock: portFromEnv('MOCK_PORT', 3001),
    h5: portFromEnv('H5_PORT', 10086),
  });
  if (!apiOnly) buildH5({ ports });
  const stack = await startStack({
    ports,
    dataDir: path.join(ROOT, '.data', 'dev'),
    dbName: 'onetrip_dev',
    withH5: !apiOnly,
    // The operator's MONGODB_URI database name and ONETRIP_ADMIN_OPENIDS, when given.
    operatorEnv: true,
  });
  const lines = [
    '',
    '\x1b[32m✔\x1b[0m OneTrip (一次办) is running:',
    ...(apiOnly
      ? []
      : [
          `  H5 app          ${stack.urls.h5}`,
          `  QR deep link    ${stack.urls.h5}/q/i-laonian-youdaizheng   (老年优待证办理)`,
          `  window QR link  ${stack.urls.h5}/q/w-a03   (综合受理 A03 号窗口: 取号; the hall's code of the group is h-zonghe)`,
        ]),
    `  BFF API         ${stack.urls.bff}`,
    `  OpenAPI         ${stack.urls.docs}`,
    `  simulators      ${stack.urls.mock}   (SMS: /__mock/sms, messages: /__mock/messages)`,
    `  logs            ${stack.logDir}`,
    '',
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stack.stop();
  return 0;
});
