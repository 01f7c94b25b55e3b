import { type FastifyInstance } from 'fastify';
import { type UpdateQuery } from 'mongoose';
import { canTransition, type CaseStatus } from '@onetrip/shared';
import { RETRIES, TIMING, updateUnversioned, updateVersioned, type Timing } from '../../lib/store';
import { applicationModel, type ApplicationRecord, type TimelineEntry } from './application.model';
import { ApplicationErrors } from './application.errors';
import { enqueue, mergeUpdates, type NotificationKind, type OutboxExtra, type UpdateLike } from './case-outbox';

/**
 * The one writer of the case document. Every module changes a case through
 * `transitionCase` (a new version: status, timeline, fields, messages in one
 * version-guarded update) or `writeCaseBookkeeping` (the outbox's own
 * records, no new version); nobody else updates the `applications` collection.
 */

/** One change of a case, written as ONE update. */
export interface CaseChange {
  /** the statuses passed through, in order (window issue: issued, ready_for_pickup); empty: the status stays */
  path?: CaseStatus[];
  /** appended to the timeline */
  events?: TimelineEntry[];
  /** other fields to set */
  set?: Record<string, unknown>;
  /** other operators (`$unset`, `$inc`, …) */
  more?: UpdateLike;
  /** messages to the applicant, enqueued in the same update */
  notify?: { kind: NotificationKind; extra?: OutboxExtra }[];
}

/**
 * The update of a change: every step of `path` checked with `canTransition`
 * (409 INVALID_STATE otherwise), the new status, the timeline events and the
 * outbox entries merged into one update document.
 */
export function caseChangeUpdate(record: ApplicationRecord, change: CaseChange): UpdateLike {
  let from = record.status;
  for (const to of change.path ?? []) {
    if (!canTransition(from, to)) throw ApplicationErrors.wrongState();
    from = to;
  }
  const $set = { ...(change.path?.length ? { status: from } : {}), ...change.set };
  let update: UpdateLike = {
    ...(Object.keys($set).length ? { $set } : {}),
    ...(change.events?.length ? { $push: { timeline: { $each: change.events } } } : {}),
  };
  if (change.more) update = mergeUpdates(update, change.more);
  for (const { kind, extra } of change.notify ?? []) update = mergeUpdates(update, enqueue(record, kind, extra));
  return update;
}

/**
 * Applies `change` to the case as read (`record.version` is the version the
 * caller saw): one version-guarded update under the case's lease. Outcomes:
 * the updated record; null when another write came first (409
 * VERSION_CONFLICT for a person, read again for a job); 409 INVALID_STATE
 * when the lifecycle does not allow the step.
 */
export async function tryTransitionCase(
  app: FastifyInstance,
  record: ApplicationRecord,
  change: CaseChange,
  timing: Timing = TIMING.write,
): Promise<ApplicationRecord | null> {
  const update = caseChangeUpdate(record, change) as UpdateQuery<ApplicationRecord>;
  const Model = applicationModel(app.db);
  return updateVersioned(Model, record._id.toHexString(), record.version, update as UpdateQuery<never>, timing);
}

/**
 * The applicant's own edits (form, materials, delivery, submit) as one raw
 * update, version-guarded like every transition. Outcomes: the updated
 * record; 409 VERSION_CONFLICT when another write came first.
 */
export async function writeCase(
  app: FastifyInstance,
  record: ApplicationRecord,
  update: UpdateQuery<ApplicationRecord>,
): Promise<ApplicationRecord> {
  const Model = applicationModel(app.db);
  const updated = await updateVersioned(Model, record._id.toHexString(), record.version, update as UpdateQuery<never>);
  if (!updated) throw ApplicationErrors.versionConflict();
  return updated as ApplicationRecord;
}

/** `tryTransitionCase` for a person: another write first is 409 VERSION_CONFLICT. */
export async function transitionCase(
  app: FastifyInstance,
  record: ApplicationRecord,
  change: CaseChange,
  timing: Timing = TIMING.write,
): Promise<ApplicationRecord> {
  const updated = await tryTransitionCase(app, record, change, timing);
  if (!updated) throw ApplicationErrors.versionConflict();
  return updated;
}

/**
 * Bookkeeping on the case that is not a new version of it (the outbox's
 * entries and its pending flag): `plan` reads the case's `fields` and
 * returns the `$set` with the result, or null to write nothing; both run
 * under the case's lease (see `updateUnversioned`).
 */
export async function writeCaseBookkeeping<R>(
  app: FastifyInstance,
  caseId: string,
  fields: Record<string, 1>,
  plan: (record: Pick<ApplicationRecord, 'outbox'> | null) => { $set: Record<string, unknown>; result: R } | null,
  timing: Timing = TIMING.patient,
): Promise<R | null> {
  const Model = applicationModel(app.db);
  return updateUnversioned(
    Model,
    caseId,
    async () => {
      const found = await Model.findById(caseId).select(fields).lean<ApplicationRecord>();
      const planned = plan(found);
      return planned ? { update: { $set: planned.$set } as UpdateQuery<never>, result: planned.result } : null;
    },
    timing,
  );
}

export type RetriedTransition =
  | { outcome: 'written'; record: ApplicationRecord }
  | { outcome: 'declined'; record: ApplicationRecord | null }
  | { outcome: 'contended' };

/**
 * A change decided on the case as it is now, for writers that are not a
 * person looking at one version (a payment notice, a job, a courier's scan):
 * reads the case, asks `decide` for the change (null: nothing to do), and
 * applies it; another write first means reading again and deciding afresh,
 * up to `tries` times. Outcomes: `written` with the updated record;
 * `declined` (also for an unknown case: record null); `contended` when it
 * kept losing (nothing written).
 */
export async function retryTransitionCase(
  app: FastifyInstance,
  caseId: string,
  decide: (record: ApplicationRecord) => CaseChange | null,
  { tries = RETRIES, timing = TIMING.patient }: { tries?: number; timing?: Timing } = {},
): Promise<RetriedTransition> {
  const Model = applicationModel(app.db);
  for (let i = 0; i < tries; i += 1) {
    const record = await Model.findById(caseId).lean<ApplicationRecord>();
    const change = record && decide(record);
    if (!record || !change) return { outcome: 'declined', record };
    const updated = await tryTransitionCase(app, record, change, timing);
    if (updated) return { outcome: 'written', record: updated };
  }
  return { outcome: 'contended' };
}
