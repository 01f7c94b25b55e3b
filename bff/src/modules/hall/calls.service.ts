import { type FastifyInstance } from 'fastify';
import { type UpdateQuery } from 'mongoose';
import { type StaffTicketView } from '@onetrip/shared';
import { recordAudit } from '../audit';
import { readCase } from '../applications';
import { documentKey, LeaseBusyError, TIMING, withLease } from '../../lib/store';
import { HallErrors } from './hall.errors';
import { hallNow } from './hall-clock';
import { beijingDate, groupDayKey } from './hall-day';
import { groupOfBody, loadGroup, readGroup, servesGroup, type ClerkSeat } from './groups.service';
import { ticketModel, type TicketRecord } from './hall.model';
import { queueOrder, readTicket, takeTicket, ticketsOfDay, toStaffTicketView } from './tickets.service';

/** The clerk who acts, as `requireRole('staff')` has just re-read them, and the request (for the audit log). */
export interface Clerk extends ClerkSeat {
  userId: string;
  requestId: string;
}

const audit = (app: FastifyInstance, clerk: Clerk, action: string, ticketId: string, caseId?: string) =>
  recordAudit(app.db, {
    actor: { userId: clerk.userId, role: 'staff' },
    action,
    target: ticketId,
    ...(caseId ? { caseId } : {}),
    requestId: clerk.requestId,
  });

async function leased<T>(app: FastifyInstance, key: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await withLease(app.db, key, fn, TIMING.write);
  } catch (err) {
    if (err instanceof LeaseBusyError) throw HallErrors.busy();
    throw err;
  }
}

/**
 * POST /hall/groups/:code/call-next `{window}`: the next waiting ticket of
 * the group today (queueOrder) becomes `called` at the clerk's window.
 * Calls of one queue run one at a time under the lease `hall-queue:<group>:<date>`
 * — the only writer that moves a ticket out of `waiting` — so two clerks
 * calling at once get two different tickets. Outcomes: the called ticket;
 * 404 unknown group; 403 a clerk whose department serves none of its items;
 * 400 a window not of the group; 409 nobody waiting (or the queue busy past the wait).
 */
export async function callNext(
  app: FastifyInstance,
  clerk: Clerk,
  code: string,
  window: string,
): Promise<StaffTicketView> {
  const group = await loadGroup(app.db, code);
  if (!servesGroup(group, clerk)) throw HallErrors.notYourWindow();
  if (!group.windows.includes(window)) throw HallErrors.unknownWindow();
  const now = hallNow(app.db);
  const date = beijingDate(now);
  const called = await leased(app, `hall-queue:${groupDayKey(code, date)}`, async () => {
    const next = queueOrder(await ticketsOfDay(app.db, code, date), now)[0];
    if (!next) return null;
    const set = { status: 'called' as const, window, calledAt: now, calledBy: clerk.userId };
    await ticketModel(app.db).updateOne({ _id: next._id }, { $set: set }, { writeConcern: { w: 'majority' } });
    return { ...next, ...set };
  });
  if (!called) throw HallErrors.noneWaiting();
  await audit(app, clerk, 'hall.ticket.call', called._id.toHexString());
  return toStaffTicketView(called);
}

type Change = { set: Partial<TicketRecord>; inc?: Record<string, number>; caseId?: string };

/**
 * One clerk's action on one ticket under the ticket's lease: `plan` checks
 * the state it finds and returns the change (or throws 409). A ticket of a
 * group the clerk does not serve is 404 like an unknown one.
 */
async function actOn(
  app: FastifyInstance,
  clerk: Clerk,
  id: string,
  action: string,
  plan: (t: TicketRecord) => Promise<Change>,
): Promise<StaffTicketView> {
  const first = await readTicket(app.db, id);
  const group = first ? await readGroup(app.db, first.group) : null;
  if (!first || !group || !servesGroup(group, clerk)) throw HallErrors.ticketNotFound();
  const { after, caseId } = await leased(app, documentKey('hall_tickets', id), async () => {
    const t = (await readTicket(app.db, id)) as TicketRecord;
    const change = await plan(t);
    const update: UpdateQuery<TicketRecord> = { $set: change.set, ...(change.inc ? { $inc: change.inc } : {}) };
    await ticketModel(app.db).updateOne({ _id: t._id }, update, { writeConcern: { w: 'majority' } });
    const incremented = Object.fromEntries(
      Object.entries(change.inc ?? {}).map(([k, v]) => [k, (t[k as keyof TicketRecord] as number) + v]),
    );
    return { after: { ...t, ...change.set, ...incremented } as TicketRecord, caseId: change.caseId };
  });
  await audit(app, clerk, `hall.ticket.${action}`, id, caseId ?? after.caseId ?? undefined);
  return toStaffTicketView(after);
}

const must = (t: TicketRecord, ...states: TicketRecord['status'][]) => {
  if (!states.includes(t.status)) throw HallErrors.wrongTicketState();
};

/** POST /tickets/:id/recall: a called ticket is called again (the screen repeats it). */
export const recall = (app: FastifyInstance, clerk: Clerk, id: string) =>
  actOn(app, clerk, id, 'recall', async (t) => {
    must(t, 'called');
    return { set: {}, inc: { recalls: 1 } };
  });

/** POST /tickets/:id/no-show: the called person did not come (过号). */
export const noShow = (app: FastifyInstance, clerk: Clerk, id: string) =>
  actOn(app, clerk, id, 'no_show', async (t) => {
    must(t, 'called');
    return { set: { status: 'no_show', doneAt: hallNow(app.db) } };
  });

/**
 * POST /tickets/:id/serve `{caseId?}`: the person is at the window; links the
 * case being served (an unknown case → 400). From `called`, or `serving` to link a case.
 */
export const serve = (app: FastifyInstance, clerk: Clerk, id: string, caseId?: string) =>
  actOn(app, clerk, id, 'serve', async (t) => {
    must(t, 'called', 'serving');
    if (caseId && !(await readCase(app, caseId))) throw HallErrors.unknownCase();
    const servedAt = t.servedAt ?? hallNow(app.db);
    return { set: { status: 'serving', servedAt, ...(caseId ? { caseId } : {}) }, caseId };
  });

/** POST /tickets/:id/done: served (from `serving`, or straight from `called` for a quick answer). */
export const done = (app: FastifyInstance, clerk: Clerk, id: string) =>
  actOn(app, clerk, id, 'done', async (t) => {
    must(t, 'called', 'serving');
    const now = hallNow(app.db);
    return { set: { status: 'done', doneAt: now, servedAt: t.servedAt ?? now } };
  });

/**
 * POST /tickets/:id/transfer `{group}`: the person belongs at another group's
 * window; they get a ticket of that group, called before its other tickets,
 * and this one ends `transferred`. 400 an unknown group or the same group.
 */
export const transfer = (app: FastifyInstance, clerk: Clerk, id: string, to: string) =>
  actOn(app, clerk, id, 'transfer', async (t) => {
    must(t, 'called', 'serving');
    if (to === t.group) throw HallErrors.sameGroup();
    const target = await groupOfBody(app.db, to);
    const now = hallNow(app.db);
    const next = await takeTicket(app.db, target, { userId: t.userId, booked: false, transferredFrom: t._id, now });
    return {
      set: {
        status: 'transferred',
        doneAt: now,
        transferredTo: { id: next._id, group: target._id, number: next.number },
      },
    };
  });
