import { type FastifyInstance } from 'fastify';
import { TIMING, type Timing } from '../../lib/store';
import { writeCaseBookkeeping, type OutboxEntry } from '../applications';

type EntryFields = Partial<Omit<OutboxEntry, 'id' | 'kind' | 'at'>>;

/**
 * Compare-and-set on ONE outbox entry: applies `set` to the entry `entryId`
 * of the case only if `expect(entry)` still holds, checked and written as the
 * case's bookkeeping (under its lease, no new version: sending a message is
 * not a change of the case). Entries are only ever appended, so an entry's
 * index is stable. Outcomes: the entry as written; null when the expectation
 * failed; LeaseBusyError when the case stays locked past the wait.
 */
export async function updateEntry(
  app: FastifyInstance,
  caseId: string,
  entryId: string,
  expect: (entry: OutboxEntry) => boolean,
  set: EntryFields,
  timing: Timing = TIMING.patient,
): Promise<OutboxEntry | null> {
  return writeCaseBookkeeping(
    app,
    caseId,
    { outbox: 1 },
    (doc) => {
      const index = doc?.outbox?.findIndex((e) => e.id === entryId) ?? -1;
      const entry = doc?.outbox?.[index];
      if (!entry || !expect(entry)) return null;
      const $set = Object.fromEntries(Object.entries(set).map(([key, value]) => [`outbox.${index}.${key}`, value]));
      return { $set, result: { ...entry, ...set } };
    },
    timing,
  );
}

/**
 * Clears the case's `outboxPending` flag once no entry waits (all sent or
 * failed), as bookkeeping under the case's lease like every writer of the
 * case: a transition that queues a new message cannot slip between the check
 * and the write, so the flag is never cleared over an unsent entry. Outcomes:
 * whether it was cleared; LeaseBusyError when the case stays locked past the wait.
 */
export async function clearPendingFlag(app: FastifyInstance, caseId: string): Promise<boolean> {
  const cleared = await writeCaseBookkeeping(app, caseId, { outbox: 1 }, (doc) => {
    if (!doc || doc.outbox?.some((e) => e.status === 'pending' || e.status === 'sending')) return null;
    return { $set: { outboxPending: false }, result: true };
  });
  return cleared ?? false;
}
