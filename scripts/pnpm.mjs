// `node scripts/pnpm.mjs <args>`: the project's pinned pnpm.
import { pnpm } from './lib/pnpm.mjs';
import { runMain } from './lib/log.mjs';

runMain(async () => pnpm(process.argv.slice(2)));
