import { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { type ApplicationRecord } from './application.model';

/**
 * Called after a case was withdrawn (the withdrawal is already stored), e.g.
 * by the payments module to close an unpaid order. A hook that throws is
 * logged and does not undo the withdrawal: hooks must be safe to run again
 * (a background sweep may repeat them).
 */
export type WithdrawHook = (app: FastifyInstance, withdrawn: ApplicationRecord) => Promise<void>;

// A Set: registering the same function again (a second app in one process) is a no-op.
const hooks = new Set<WithdrawHook>();

/** Registers a hook run after every withdrawal. Returns a function that removes it. */
export function onWithdrawn(hook: WithdrawHook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** Runs every registered hook one after the other; failures are logged, never thrown. */
export async function runWithdrawHooks(
  app: FastifyInstance,
  withdrawn: ApplicationRecord,
  log: FastifyBaseLogger,
): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook(app, withdrawn);
    } catch (err) {
      log.error({ err, action: 'application.withdraw.hook', caseId: withdrawn._id.toHexString() }, 'withdraw hook failed');
    }
  }
}
