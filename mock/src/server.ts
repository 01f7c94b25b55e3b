import { buildMockApp } from './app';
import { loadConfig } from './config';
import { resolveWechatPaySettings } from './wechatpay/settings';

/** Starts the simulators for local development and end-to-end tests. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const wechatPay = resolveWechatPaySettings(config.wechatPay);
  if (wechatPay.generated.length > 0) {
    // stderr: stdout keeps its one start-up line.
    process.stderr.write(
      `WeChat Pay simulator: no ${wechatPay.generated.join(', ')} in the environment, using throwaway ones ` +
        '(signed /v3 requests need the keys of scripts/lib/wechatpay-dev-keys.mjs)\n',
    );
  }
  const app = buildMockApp({
    logger: config.logger,
    appId: config.appId,
    appSecret: config.appSecret,
    wechatPay: wechatPay.settings,
  });

  const close = (): void => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);

  await app.listen({ port: config.port, host: config.host });
  // MOCK_PORT=0 picks a free port: print the one actually bound.
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  // The one line scripts and people look for; no logger needed.
  process.stdout.write(`OneTrip mock services listening on http://${config.host}:${port}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`mock server failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
