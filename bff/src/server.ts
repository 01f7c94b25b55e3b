import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';

/** Listens, and closes gracefully (in-flight requests finish) on SIGINT/SIGTERM. */
async function main() {
  const config = loadConfig();
  const app = await buildApp(config);
  const close = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));
  await app.listen({ host: config.BFF_HOST, port: config.BFF_PORT });
}

main().catch((err: unknown) => {
  // Configuration and connection problems are one readable line, not a stack.
  const message = err instanceof ConfigError ? err.message : `BFF failed to start: ${(err as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
