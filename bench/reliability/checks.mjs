// The checks of the reliability suite, in the order they run: the attacks that leave the stack as it was
// come first, the faults (kill -9 of the BFF, then of the database, then the flood) last.
// Each check returns {passed, figures, failures}; an exception is a failure of that check, not of the run.
import { makeWorld } from './world.mjs';
import { hostileInputs } from './hostile.mjs';
import { forgedTokens } from './tokens.mjs';
import { accessMatrix } from './matrix.mjs';
import { bffCrash } from './bff-crash.mjs';
import { dbOutage } from './db-outage.mjs';
import { slowBodyFlood } from './slow-body.mjs';

/** `short`: in the CI form, which keeps to the checks that pass on main today (RELIABILITY.md says which). */
export const CHECKS = [
  { name: 'hostile', title: 'hostile inputs from the OpenAPI document', short: true, run: hostileInputs },
  { name: 'tokens', title: 'forged tokens on every signed-in route', short: true, run: forgedTokens },
  { name: 'matrix', title: 'access matrix across roles', short: true, run: accessMatrix },
  { name: 'bff-crash', title: 'kill -9 of the BFF during 20 submits', short: true, run: bffCrash },
  // In CI since a socket ended by the killed server is known to lib/db-unavailable.ts (it was a 500
  // at the instant of the kill, 1 run in 5 on e6924c2).
  { name: 'db-outage', title: 'kill -9 of the database under load', short: true, run: dbOutage },
  { name: 'slow-body', title: 'slow-body connection flood', short: true, run: slowBodyFlood },
];

const say = (passed, msg) => process.stdout.write(`${passed ? '\x1b[32m✔' : '\x1b[31m✘'}\x1b[0m ${msg}\n`);

export async function runChecks({ stack, short, only }) {
  const chosen = CHECKS.filter((c) => (only.length ? only.includes(c.name) : !short || c.short));
  process.stdout.write(`\x1b[36m▶\x1b[0m signing in the people of every role\n`);
  const world = await makeWorld(stack.base);
  const results = [];
  for (const check of chosen) {
    process.stdout.write(`\x1b[36m▶\x1b[0m ${check.title}\n`);
    const started = Date.now();
    let r;
    try {
      r = await check.run({ stack, world, short });
    } catch (err) {
      r = { passed: false, figures: 'did not finish', failures: [`stopped: ${err?.message ?? err}`] };
    }
    if (!stack.bffAlive()) {
      // Killed by the attack, not by the suite: a failure of this check whatever it counted; the next
      // checks get a BFF again (same port, environment and data).
      r = {
        ...r,
        passed: false,
        failures: [`the BFF died during this check: see .data/reliability/last-logs/bff.log`, ...r.failures],
      };
      await stack.restartBff();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    say(r.passed, `${check.title}: ${r.figures} (${seconds} s)`);
    for (const f of r.failures.slice(0, 8)) process.stdout.write(`    ${f}\n`);
    if (r.failures.length > 8) process.stdout.write(`    … ${r.failures.length - 8} more\n`);
    results.push({ name: check.name, title: check.title, short: check.short, ...r });
  }
  return results;
}
