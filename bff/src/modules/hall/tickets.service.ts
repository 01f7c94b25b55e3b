import { isValidObjectId, Types, type Connection } from 'mongoose';
import { type StaffTicketView, type TicketView } from '@onetrip/shared';
import { insertUnique } from '../../lib/store';
import { HallErrors } from './hall.errors';
import { hallNow } from './hall-clock';
import { beijingDate, beijingTime, CLOSING_TIME, groupDayKey, hallWorks, instantOf } from './hall-day';
import { groupOfBody, readGroup } from './groups.service';
import { ticketModel, ticketNumberModel, type GroupRecord, type TicketRecord } from './hall.model';

/** More numbers than a group hands out in a day: a loop past it is a bug, not a busy hall. */
const MAX_SEQ = 9_999;

export const ticketNumber = (prefix: string, seq: number) => `${prefix}${String(seq).padStart(3, '0')}`;

/** Tickets of a group's day (one equality read on the indexed day key; a few hundred at most). */
export const ticketsOfDay = (conn: Connection, group: string, date: string) =>
  ticketModel(conn)
    .find({ groupDay: groupDayKey(group, date) })
    .lean<TicketRecord[]>();

/**
 * The order waiting tickets are called in: first those sent on from another
 * group (they have waited once already), then booked tickets whose slot has
 * started (by slot), then everyone else by number.
 */
export function queueOrder(tickets: TicketRecord[], now: Date): TicketRecord[] {
  const rank = (t: TicketRecord) => {
    if (t.transferredFrom) return 0;
    if (t.booked && t.slot && instantOf(t.date, t.slot).getTime() <= now.getTime()) return 1;
    return 2;
  };
  const slotOf = (t: TicketRecord) => (rank(t) === 1 ? (t.slot ?? '') : '');
  return tickets
    .filter((t) => t.status === 'waiting')
    .sort((a, b) => rank(a) - rank(b) || slotOf(a).localeCompare(slotOf(b)) || a.seq - b.seq);
}

/** 409 unless the hall hands out tickets now: a working day, before closing time. */
export async function assertHandingOut(conn: Connection, now: Date): Promise<string> {
  const date = beijingDate(now);
  if (!(await hallWorks(conn, date)) || beijingTime(now) >= CLOSING_TIME) throw HallErrors.hallClosed();
  return date;
}

export interface NewTicket {
  userId: string;
  booked: boolean;
  slot?: TicketRecord['slot'];
  appointmentId?: Types.ObjectId;
  transferredFrom?: Types.ObjectId;
  now: Date;
}

/**
 * A new waiting ticket of the group today. Its number comes from a unique
 * insert of `<group>:<date>:<seq>`, starting from the day's ticket count, so
 * two people taking a ticket at once never share a number.
 */
export async function takeTicket(conn: Connection, group: GroupRecord, spec: NewTicket): Promise<TicketRecord> {
  const date = beijingDate(spec.now);
  const _id = new Types.ObjectId();
  let seq = (await ticketModel(conn).countDocuments({ groupDay: groupDayKey(group._id, date) })) + 1;
  while (!(await insertUnique(ticketNumberModel(conn), { _id: `${group._id}:${date}:${seq}`, ticketId: _id }))) {
    seq += 1;
    if (seq > MAX_SEQ) throw new Error(`no ticket number left for ${group._id} on ${date}`);
  }
  const record: TicketRecord = {
    _id,
    groupDay: groupDayKey(group._id, date),
    group: group._id,
    date,
    seq,
    number: ticketNumber(group.prefix, seq),
    userId: spec.userId,
    status: 'waiting',
    booked: spec.booked,
    slot: spec.slot ?? null,
    appointmentId: spec.appointmentId ?? null,
    transferredFrom: spec.transferredFrom ?? null,
    recalls: 0,
    takenAt: spec.now,
  };
  await ticketModel(conn).create([record], { writeConcern: { w: 'majority' } });
  return record;
}

/**
 * POST /tickets: the signed-in resident takes a ticket of the group (by
 * scanning the hall's code). 400 for an unknown group; 409 when the hall
 * does not hand out tickets now, or the resident already waits (or is
 * being called) in that group's queue.
 */
export async function takeWalkIn(conn: Connection, userId: string, groupCode: string): Promise<TicketView> {
  const group = await groupOfBody(conn, groupCode);
  const now = hallNow(conn);
  const date = await assertHandingOut(conn, now);
  const day = await ticketsOfDay(conn, group._id, date);
  if (day.some((t) => t.userId === userId && (t.status === 'waiting' || t.status === 'called')))
    throw HallErrors.wrongTicketState('您已在该窗口取号，请留意叫号');
  const ticket = await takeTicket(conn, group, { userId, booked: false, now });
  return toTicketView(conn, ticket, group);
}

/** The ticket, or null (also for a malformed id). */
export async function readTicket(conn: Connection, id: string): Promise<TicketRecord | null> {
  return isValidObjectId(id) ? ticketModel(conn).findById(id).lean<TicketRecord>() : null;
}

const transferView = (t: TicketRecord) =>
  t.transferredTo
    ? {
        transferredTo: {
          id: t.transferredTo.id.toHexString(),
          group: t.transferredTo.group,
          number: t.transferredTo.number,
        },
      }
    : {};

/** The holder's view, with how many wait before the ticket now. */
export async function toTicketView(conn: Connection, t: TicketRecord, group?: GroupRecord | null): Promise<TicketView> {
  const g = group ?? (await readGroup(conn, t.group));
  let ahead: number | null = null;
  if (t.status === 'waiting') {
    const order = queueOrder(await ticketsOfDay(conn, t.group, t.date), hallNow(conn));
    const at = order.findIndex((o) => o._id.equals(t._id));
    ahead = at < 0 ? 0 : at;
  }
  return {
    id: t._id.toHexString(),
    group: t.group,
    groupName: g?.name ?? t.group,
    hall: g?.hall ?? '',
    date: t.date,
    number: t.number,
    status: t.status,
    booked: t.booked,
    ...(t.slot ? { slot: t.slot } : {}),
    ahead,
    ...(t.window && t.status !== 'waiting' ? { window: t.window } : {}),
    takenAt: t.takenAt.toISOString(),
    ...(t.calledAt ? { calledAt: t.calledAt.toISOString() } : {}),
    ...transferView(t),
  };
}

/** GET /tickets/:id: the resident's own ticket; another's or an unknown one → 404. */
export async function ownTicket(conn: Connection, userId: string, id: string): Promise<TicketView> {
  const ticket = await readTicket(conn, id);
  if (!ticket || ticket.userId !== userId) throw HallErrors.ticketNotFound();
  return toTicketView(conn, ticket);
}

/** What a clerk sees of a ticket: no identity of its holder. */
export function toStaffTicketView(t: TicketRecord): StaffTicketView {
  return {
    id: t._id.toHexString(),
    group: t.group,
    date: t.date,
    number: t.number,
    status: t.status,
    booked: t.booked,
    ...(t.slot ? { slot: t.slot } : {}),
    ...(t.window ? { window: t.window } : {}),
    recalls: t.recalls,
    ...(t.caseId ? { caseId: t.caseId } : {}),
    ...transferView(t),
    takenAt: t.takenAt.toISOString(),
    ...(t.calledAt ? { calledAt: t.calledAt.toISOString() } : {}),
    ...(t.servedAt ? { servedAt: t.servedAt.toISOString() } : {}),
    ...(t.doneAt ? { doneAt: t.doneAt.toISOString() } : {}),
  };
}
