import { type FastifyInstance } from 'fastify';
import { withLease } from '../../lib/write-lease';
import { applicationModel } from '../applications/application.model';
import { type OutboxEntry } from './outbox';

type EntryFields = Partial<Omit<OutboxEntry, 'id' | 'kind' | 'at'>>;

/**
 * Compare-and-set on ONE outbox entry: applies `set` to the entry `entryId`
 * of the case only if `expect(entry)` still holds, checked and written under
 * the case's write lease (`applications:<id>`, the key guardedUpdate takes),
 * so no other writer of the case comes between the check and the write.
 *
 * Unlike guardedUpdate it does not bump `version` (nor `updatedAt`): sending
 * a message is bookkeeping, not a change of the case, and a version bump
 * seconds after every transition would turn the next If-Match of staff or
 * resident into a 409. Entries are only ever appended, so an entry's index
 * is stable. Outcomes: the entry as written; null when the expectation failed;
 * LeaseBusyError when the case stays locked longer than `waitMs`.
 */
export async function updateEntry(
  app: FastifyInstance,
  caseId: string,
  entryId: string,
  expect: (entry: OutboxEntry) => boolean,
  set: EntryFields,
  waitMs = 5_000,
): Promise<OutboxEntry | null> {
  const Model = applicationModel(app.db);
  return withLease(
    app.db,
    `${Model.collection.collectionName}:${caseId}`,
    async () => {
      const doc = await Model.findById(caseId).select({ outbox: 1 }).lean();
      const index = doc?.outbox?.findIndex((e) => e.id === entryId) ?? -1;
      const entry = doc?.outbox?.[index];
      if (!entry || !expect(entry)) return null;
      const $set = Object.fromEntries(Object.entries(set).map(([key, value]) => [`outbox.${index}.${key}`, value]));
      await Model.updateOne({ _id: caseId }, { $set }, { timestamps: false, writeConcern: { w: 'majority' } });
      return { ...entry, ...set };
    },
    { waitMs },
  );
}

/**
 * Clears the case's `outboxPending` flag once no entry waits (all sent or
 * failed), under the case's write lease like every writer of the case: a
 * transition that queues a new message cannot slip between the check and the
 * write, so the flag is never cleared over an unsent entry. Outcomes: whether
 * it was cleared; LeaseBusyError when the case stays locked longer than `waitMs`.
 */
export async function clearPendingFlag(app: FastifyInstance, caseId: string, waitMs = 5_000): Promise<boolean> {
  const Model = applicationModel(app.db);
  return withLease(
    app.db,
    `${Model.collection.collectionName}:${caseId}`,
    async () => {
      const doc = await Model.findById(caseId).select({ outbox: 1 }).lean();
      if (!doc || doc.outbox?.some((e) => e.status === 'pending' || e.status === 'sending')) return false;
      await Model.updateOne({ _id: caseId }, { $set: { outboxPending: false } }, { timestamps: false, writeConcern: { w: 'majority' } });
      return true;
    },
    { waitMs },
  );
}
