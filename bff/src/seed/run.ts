import { ZodError } from 'zod';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { seedDemoCentre } from './centre';
import { describeHallSeed, seedDemoHall } from './hall';
import { describeSeed, seedDemoCatalog } from './seed';

/**
 * `pnpm --filter @onetrip/bff seed`: seeds the demo catalog, hall and centre (its name, address and phone on the
 * counter's receipts) into MONGODB_URI; a line about each, exit 0 or 1.
 */
async function main() {
  const app = await buildApp(loadConfig(), { logger: false });
  try {
    await app.ready();
    const catalog = describeSeed(await seedDemoCatalog(app));
    const centre = (await seedDemoCentre(app)) ? 'demo centre: contact written' : 'demo centre: contact kept';
    process.stdout.write(`${catalog}\n${describeHallSeed(await seedDemoHall(app))}\n${centre}\n`);
  } finally {
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const reason =
      err instanceof ZodError
        ? `the demo data breaks a catalog rule (${err.issues[0]?.path.join('.')}: ${err.issues[0]?.message})`
        : String((err as Error).message).split('\n')[0];
    process.stderr.write(`seeding the demo catalog failed: ${reason}\n`);
    process.exit(1);
  },
);
