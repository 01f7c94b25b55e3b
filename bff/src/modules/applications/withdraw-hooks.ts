import { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { type ApplicationRecord } from './application.model';

/**
 * Called after a case was withdrawn (the withdrawal is already stored), e.g.
 * by the payments module to close an unpaid order. A hook that throws is
 * logged and does not undo the withdrawal: hooks must be safe to run again
 * (a background sweep may repeat them).
 */
export type WithdrawHook = (app: FastifyInstance, withdrawn: ApplicationRecord) => Promise<void>;

/**
 * The app's hooks run after every withdrawal (`app.withdrawHooks`): one set
 * per app, so two apps in one process (tests, two copies) never share hooks.
 */
export class WithdrawHooks {
  // A Set: registering the same function again is a no-op.
  private readonly hooks = new Set<WithdrawHook>();

  /** Registers a hook run after every withdrawal. Returns a function that removes it. */
  add(hook: WithdrawHook): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }

  /** Runs every registered hook one after the other; failures are logged, never thrown. */
  async run(app: FastifyInstance, withdrawn: ApplicationRecord, log: FastifyBaseLogger): Promise<void> {
    for (const hook of this.hooks) {
      try {
        await hook(app, withdrawn);
      } catch (err) {
        log.error(
          { err, action: 'application.withdraw.hook', caseId: withdrawn._id.toHexString() },
          'withdraw hook failed',
        );
      }
    }
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    withdrawHooks: WithdrawHooks;
  }
}
