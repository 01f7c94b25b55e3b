import { randomUUID } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import {
  CHASE_INTERVAL_MS,
  CHASEABLE_STAGES,
  type ChaseBody,
  type ChaseResult,
  type SupervisionStage,
} from '@onetrip/shared';
import { applicationModel, retryTransitionCase, stageOf, waitingOnOf, type ApplicationRecord } from '../applications';
import { recordAudit } from '../audit';
import { departmentStaff } from '../users';
import { type AppError } from '../../lib/app-error';
import { SupervisionErrors } from './supervision.errors';
import { dropHeld, queueStaffMessages, releaseHeld } from './staff-messages';

/** Why a case in this stage (null: a draft, or finished) is not chased. */
const NOT_CHASEABLE: Record<Exclude<SupervisionStage, 'acceptance' | 'approval' | 'issuance'> | 'none', string> = {
  none: '该办件不在办理中（未提交或已办结），不能催办',
  supplement: '该办件正等待申请人补正材料，不能催办',
  delivery: '该办件已出证，正等待领取或寄送，不能催办',
};

/** `HH:mm` Beijing time, as the refusal says when the last chase was. */
const beijingClock = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);

/** The refusal a case gets now, or null when it may be chased. */
function refusal(record: ApplicationRecord, now: Date): AppError | null {
  const stage = stageOf(record.status);
  if (!stage || !CHASEABLE_STAGES.includes(stage)) {
    const key = stage && stage in NOT_CHASEABLE ? (stage as keyof typeof NOT_CHASEABLE) : 'none';
    return SupervisionErrors.notChaseable(NOT_CHASEABLE[key]);
  }
  const last = record.chase?.at;
  const wait = last ? last.getTime() + CHASE_INTERVAL_MS - now.getTime() : 0;
  return last && wait > 0 ? SupervisionErrors.chasedRecently(beijingClock(last), Math.ceil(wait / 1000)) : null;
}

/**
 * `POST /admin/supervision/cases/:id/chase` (催办督办): a `chased` event on the case (actor the admin, the note)
 * and its standing `chase`, written through the case's writer; a message to every staff member of the
 * departments the case waits on (their heads among them), queued before the write and released after it, so
 * that none is sent for a chase that was not written and none is lost for one that was; an audit entry
 * `case.chased`. The refusals are checked again on the case as the write finds it: of two chases at once, one.
 *
 * Outcomes: 201 `{chasedAt, notified}`; 404 NOT_FOUND (no such case); 409 INVALID_STATE (not waiting on a
 * department: a draft, finished, waiting for the applicant's supplement, or issued); 429 RATE_LIMITED with
 * `Retry-After` (chased less than an hour ago); 409 VERSION_CONFLICT (the case kept changing under it).
 */
export async function chaseCase(
  app: FastifyInstance,
  admin: { userId: string },
  caseId: string,
  body: ChaseBody,
  requestId: string,
): Promise<ChaseResult> {
  const now = new Date();
  const record = isValidObjectId(caseId)
    ? await applicationModel(app.db).findById(caseId).lean<ApplicationRecord>()
    : null;
  if (!record) throw SupervisionErrors.caseNotFound();
  const refused = refusal(record, now);
  if (refused) throw refused;

  const note = body?.note;
  const departments = waitingOnOf(record, stageOf(record.status) as SupervisionStage);
  const staff = await departmentStaff(app.db, departments);
  const chaseId = randomUUID().replace(/-/g, '');
  const notice = {
    caseId,
    number: record.number ?? '',
    itemNames: record.items.map((i) => i.name),
    at: now,
    ...(note ? { note } : {}),
  };
  const messages = staff.map((s) => ({
    ...{ kind: 'chase' as const, source: chaseId, userId: s.userId, notice },
    ...{ caseId, chasedAt: now },
  }));
  const notified = await queueStaffMessages(app.db, messages, 'held', now);

  // Decided again on the case as the write finds it (another chase, or staff acting, may have come first).
  const found: { refusal: AppError | null } = { refusal: null };
  const written = await retryTransitionCase(app, caseId, (current) => {
    found.refusal = refusal(current, now);
    if (found.refusal) return null;
    return {
      events: [
        { at: now, actor: { role: 'admin', userId: admin.userId }, action: 'chased', ...(note ? { note } : {}) },
      ],
      set: { chase: { at: now, by: admin.userId, ...(note ? { note } : {}), status: current.status } },
    };
  });
  if (written.outcome !== 'written') {
    await dropHeld(app.db, chaseId);
    throw (
      found.refusal ?? (written.outcome === 'contended' ? SupervisionErrors.busy() : SupervisionErrors.caseNotFound())
    );
  }
  await releaseHeld(app.db, chaseId);
  await recordAudit(app.db, {
    actor: { userId: admin.userId, role: 'admin' },
    action: 'case.chased',
    caseId,
    target: departments.join('、'),
    requestId,
  });
  app.log.info({ action: 'case.chased', caseId, notified }, 'case chased');
  return { chasedAt: now.toISOString(), notified };
}
