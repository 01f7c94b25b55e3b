import { type FastifyInstance, type FastifyRequest } from 'fastify';
import { recordAudit } from '../audit';
import { assertVersion, readCase, type ApplicationRecord, type TimelineEntry } from '../applications';
import { currentUserOf, staffKindOf } from '../users';
import { CounterErrors } from './counter.errors';

/** The clerk at the counter, as `requireRole('staff')` has just re-read them. */
export interface CounterClerk {
  userId: string;
  /** 综合窗口 (any department's items) or a department window (its own department's items only) */
  kind: 'comprehensive' | 'department';
  /** '' for a comprehensive window */
  department: string;
  /** the hall the clerk sits in ('' for a department window without one) */
  hall: string;
  /** the keyed hash of the clerk's own verified ID number: a clerk never takes their own case */
  idNumberHash: string | null;
}

/** What every counter service needs: the app, the clerk, and the request (for the audit log). */
export interface CounterContext {
  app: FastifyInstance;
  clerk: CounterClerk;
  requestId: string;
}

/**
 * The counter context of a staff member: 403 FORBIDDEN for a results window
 * (统一出件) and for a department window without a department — decided by
 * the user record alone, before any case or person is read.
 */
export function counterContext(app: FastifyInstance, request: FastifyRequest): CounterContext {
  const user = currentUserOf(request);
  const kind = staffKindOf(user);
  const department = kind === 'department' ? (user.department ?? '') : '';
  if (kind === 'results' || (kind === 'department' && department === '')) throw CounterErrors.notACounter();
  const profile = user.profile;
  return {
    app,
    clerk: {
      userId: user._id.toHexString(),
      kind,
      department,
      hall: user.hall ?? '',
      idNumberHash: profile?.verified ? profile.idNumberHash : null,
    },
    requestId: request.id,
  };
}

/** A department window takes only its own department's items (all of them). */
export const servesItems = (clerk: CounterClerk, departments: readonly string[]) =>
  clerk.kind === 'comprehensive' || departments.every((d) => d === clerk.department);

/**
 * Who continues a case started at a counter (decision, README): a
 * comprehensive window of the same hall — any clerk of that hall may go on
 * with it, e.g. after a break or when the person comes back — or the clerk
 * who started it; a department window, when every item is its department's.
 */
export function mayServe(clerk: CounterClerk, record: Pick<ApplicationRecord, 'counter' | 'items'>): boolean {
  const counter = record.counter;
  if (!counter) return false;
  if (clerk.kind === 'department')
    return servesItems(
      clerk,
      record.items.map((i) => i.department),
    );
  return counter.clerkId === clerk.userId || (clerk.hall !== '' && counter.hall === clerk.hall);
}

/**
 * The counter case, if the clerk may serve it; with `ifMatch`, only at that
 * version. Outcomes: the record; 404 for an unknown case, a case not started
 * at a counter and one the clerk may not serve alike; 409 VERSION_CONFLICT for
 * a stale If-Match.
 */
export async function loadCounterCase(ctx: CounterContext, id: string, ifMatch?: string): Promise<ApplicationRecord> {
  const record = await readCase(ctx.app, id);
  if (!record || !mayServe(ctx.clerk, record)) throw CounterErrors.caseNotFound();
  if (ifMatch !== undefined) assertVersion(record, ifMatch);
  return record;
}

/** A timeline event by the clerk. */
export function clerkEvent(ctx: CounterContext, action: string, note?: string): TimelineEntry {
  return { at: new Date(), actor: { role: 'staff', userId: ctx.clerk.userId }, action, ...(note ? { note } : {}) };
}

/** One audit entry for what the clerk did or read at the counter. */
export async function auditCounter(
  ctx: CounterContext,
  action: string,
  about: { caseId?: string; target?: string },
): Promise<void> {
  await recordAudit(ctx.app.db, {
    actor: { userId: ctx.clerk.userId, role: 'staff' },
    action,
    ...(about.caseId ? { caseId: about.caseId } : {}),
    ...(about.target ? { target: about.target } : {}),
    requestId: ctx.requestId,
  });
}
