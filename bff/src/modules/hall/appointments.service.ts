import { type FastifyInstance } from 'fastify';
import { isValidObjectId, Types, type Connection } from 'mongoose';
import {
  HALL_BOOKING_DAYS,
  type AppointmentBody,
  type AppointmentView,
  type HallDaySlots,
  type HallSlot,
} from '@onetrip/shared';
import { isApplicantOf, readCase } from '../applications';
import { documentKey, insertUnique, LeaseBusyError, TIMING, withLease } from '../../lib/store';
import { HallErrors } from './hall.errors';
import { hallNow } from './hall-clock';
import { addDays, beijingDate, groupDayKey, hallWorks, instantOf, slotEnd, SLOTS } from './hall-day';
import { groupOfBody, loadGroup, readGroup } from './groups.service';
import {
  appointmentModel,
  bookingModel,
  seatModel,
  type AppointmentRecord,
  type GroupRecord,
  type SeatRecord,
} from './hall.model';
import { assertHandingOut, takeTicket } from './tickets.service';

/**
 * A seat or booking key whose appointment never got written (its writer died
 * between the two inserts) is freed after this long; a live booking writes
 * its appointment within milliseconds.
 */
const ORPHAN_MS = 60_000;

const seatId = (group: string, date: string, slot: HallSlot, n: number) => `${group}:${date}:${slot}:${n}`;
const bookingKey = (userId: string, group: string, date: string) => `${userId}:${group}:${date}`;

function toView(r: AppointmentRecord, group: Pick<GroupRecord, 'name' | 'hall'> | null): AppointmentView {
  return {
    id: r._id.toHexString(),
    group: r.group,
    groupName: group?.name ?? r.group,
    hall: group?.hall ?? '',
    date: r.date,
    slot: r.slot,
    status: r.status,
    ...(r.caseId ? { caseId: r.caseId } : {}),
    ...(r.ticketId ? { ticketId: r.ticketId.toHexString() } : {}),
    createdAt: r.createdAt.toISOString(),
  };
}

/** Seats taken per slot of a group's day (one equality read of a bounded set). */
async function seatsOf(conn: Connection, group: string, date: string): Promise<SeatRecord[]> {
  return seatModel(conn)
    .find({ groupDay: groupDayKey(group, date) })
    .lean<SeatRecord[]>();
}

/** GET /hall/groups/:code/slots?date=: each slot's remaining capacity; no slots on a day the hall does not work. */
export async function daySlots(conn: Connection, code: string, date: string): Promise<HallDaySlots> {
  const group = await loadGroup(conn, code);
  if (!(await hallWorks(conn, date))) return { group: code, date, open: false, slots: [] };
  const now = hallNow(conn);
  const seats = await seatsOf(conn, code, date);
  const latest = addDays(beijingDate(now), HALL_BOOKING_DAYS);
  return {
    group: code,
    date,
    open: true,
    slots: SLOTS.map((slot) => {
      const start = instantOf(date, slot);
      const taken = seats.filter((s) => s.slot === slot).length;
      return {
        slot,
        start: start.toISOString(),
        capacity: group.capacity,
        remaining: Math.max(0, group.capacity - taken),
        bookable: start.getTime() > now.getTime() && date <= latest,
      };
    }),
  };
}

/** Removes a record left by a writer that died before writing the appointment it names; true when removed. */
async function freeOrphan(
  conn: Connection,
  model: typeof seatModel | typeof bookingModel,
  id: string,
  now: Date,
): Promise<boolean> {
  const held = await (model(conn) as ReturnType<typeof bookingModel>)
    .findById(id)
    .lean<{ appointmentId: Types.ObjectId; at?: Date }>();
  if (!held || (held.at?.getTime() ?? 0) + ORPHAN_MS > now.getTime()) return false;
  if (await appointmentModel(conn).exists({ _id: held.appointmentId })) return false;
  await model(conn).deleteOne({ _id: id, appointmentId: held.appointmentId } as never);
  return true;
}

/** The resident's hold on (group, day): a unique insert, so two bookings at once cannot both pass. */
async function holdDay(conn: Connection, key: string, appointmentId: Types.ObjectId, now: Date): Promise<void> {
  const doc = { _id: key, appointmentId, at: now };
  if (await insertUnique(bookingModel(conn), doc)) return;
  if ((await freeOrphan(conn, bookingModel, key, now)) && (await insertUnique(bookingModel(conn), doc))) return;
  throw HallErrors.alreadyBooked();
}

/**
 * A free seat of the slot: one unique insert per seat number, so of two
 * residents racing for the last seat exactly one gets it. Returns the
 * seat's id, or null when every seat is taken.
 */
async function takeSeat(
  conn: Connection,
  group: GroupRecord,
  date: string,
  slot: HallSlot,
  appointmentId: Types.ObjectId,
  now: Date,
): Promise<string | null> {
  const taken = (await seatsOf(conn, group._id, date)).filter((s) => s.slot === slot);
  if (taken.length >= group.capacity) {
    // Full, unless a seat was left by a writer that died (rare): free those, then try again.
    let freed = false;
    for (const seat of taken) freed = (await freeOrphan(conn, seatModel, seat._id, now)) || freed;
    if (!freed) return null;
  }
  for (let n = 1; n <= group.capacity; n += 1) {
    const id = seatId(group._id, date, slot, n);
    const doc = { _id: id, groupDay: groupDayKey(group._id, date), slot, appointmentId, at: now };
    if (await insertUnique(seatModel(conn), doc)) return id;
  }
  return null;
}

export interface Resident {
  userId: string;
}

/**
 * POST /appointments: books a seat of a slot for the signed-in resident.
 * Outcomes: 201 with the appointment; 400 for an unknown group, a day the
 * hall does not work, a day before today or more than HALL_BOOKING_DAYS
 * ahead, a slot already started, a `caseId` that is not one of the
 * resident's cases; 409 INVALID_STATE when the resident already holds an
 * appointment with the group that day, or the slot is full. Nothing is kept
 * of a refused booking.
 */
export async function book(app: FastifyInstance, who: Resident, body: AppointmentBody): Promise<AppointmentView> {
  const conn = app.db;
  const group = await groupOfBody(conn, body.group);
  const now = hallNow(conn);
  const today = beijingDate(now);
  if (body.date < today || body.date > addDays(today, HALL_BOOKING_DAYS))
    throw HallErrors.dateOutOfRange(HALL_BOOKING_DAYS);
  if (!(await hallWorks(conn, body.date))) throw HallErrors.notWorkingDay();
  if (instantOf(body.date, body.slot).getTime() <= now.getTime()) throw HallErrors.slotStarted();
  if (body.caseId) {
    const record = await readCase(app, body.caseId);
    if (!record || !(await isApplicantOf(app, record, who.userId))) throw HallErrors.unknownCase();
  }
  const appointmentId = new Types.ObjectId();
  const key = bookingKey(who.userId, group._id, body.date);
  await holdDay(conn, key, appointmentId, now);
  const seat = await takeSeat(conn, group, body.date, body.slot, appointmentId, now).catch(async (err: unknown) => {
    await bookingModel(conn).deleteOne({ _id: key, appointmentId });
    throw err;
  });
  if (!seat) {
    await bookingModel(conn).deleteOne({ _id: key, appointmentId });
    throw HallErrors.slotFull();
  }
  const record: AppointmentRecord = {
    _id: appointmentId,
    userId: who.userId,
    group: group._id,
    date: body.date,
    slot: body.slot,
    status: 'booked',
    seatId: seat,
    caseId: body.caseId ?? null,
    ticketId: null,
    createdAt: now,
  };
  await appointmentModel(conn).create([record], { writeConcern: { w: 'majority' } });
  return toView(record, group);
}

/** GET /appointments: the resident's own, newest day first (equality on the indexed owner). */
export async function listOwn(conn: Connection, who: Resident): Promise<AppointmentView[]> {
  const records = await appointmentModel(conn).find({ userId: who.userId }).lean<AppointmentRecord[]>();
  records.sort((a, b) => (a.date === b.date ? (a.slot < b.slot ? 1 : -1) : a.date < b.date ? 1 : -1));
  const groups = new Map<string, GroupRecord | null>();
  for (const r of records) if (!groups.has(r.group)) groups.set(r.group, await readGroup(conn, r.group));
  return records.map((r) => toView(r, groups.get(r.group) ?? null));
}

/**
 * Runs `fn` on the resident's own appointment under its document's lease
 * (cancel and check-in exclude each other). Another's or an unknown id → 404.
 */
async function withOwnAppointment<T>(
  conn: Connection,
  who: Resident,
  id: string,
  fn: (record: AppointmentRecord) => Promise<T>,
): Promise<T> {
  if (!isValidObjectId(id)) throw HallErrors.appointmentNotFound();
  const first = await appointmentModel(conn).findById(id).lean<AppointmentRecord>();
  if (!first || first.userId !== who.userId) throw HallErrors.appointmentNotFound();
  try {
    return await withLease(
      conn,
      documentKey('hall_appointments', id),
      async () => {
        const record = await appointmentModel(conn).findById(id).lean<AppointmentRecord>();
        if (!record) throw HallErrors.appointmentNotFound();
        return fn(record);
      },
      TIMING.write,
    );
  } catch (err) {
    if (err instanceof LeaseBusyError) throw HallErrors.busy();
    throw err;
  }
}

/**
 * DELETE /appointments/:id: cancels the resident's booked appointment before
 * its slot ends, freeing its seat and the resident's day. 404 for another's
 * or an unknown one; 409 when cancelled already, checked in, or over.
 */
export async function cancel(conn: Connection, who: Resident, id: string): Promise<AppointmentView> {
  return withOwnAppointment(conn, who, id, async (record) => {
    const now = hallNow(conn);
    if (record.status !== 'booked' || instantOf(record.date, slotEnd(record.slot)).getTime() <= now.getTime())
      throw HallErrors.notBooked();
    await appointmentModel(conn).updateOne(
      { _id: record._id },
      { $set: { status: 'cancelled', cancelledAt: now } },
      { writeConcern: { w: 'majority' } },
    );
    if (record.seatId) await seatModel(conn).deleteOne({ _id: record.seatId, appointmentId: record._id });
    await bookingModel(conn).deleteOne({
      _id: bookingKey(who.userId, record.group, record.date),
      appointmentId: record._id,
    });
    return toView({ ...record, status: 'cancelled', cancelledAt: now }, await readGroup(conn, record.group));
  });
}

/**
 * POST /appointments/:id/check-in: on the day of the appointment, in the
 * hall, the resident gets a ticket flagged booked (called first once its
 * slot has started). 404 for another's; 409 when not booked (a second
 * check-in, a cancelled one), not today, or the hall has stopped handing out tickets.
 */
export async function checkIn(conn: Connection, who: Resident, id: string) {
  return withOwnAppointment(conn, who, id, async (record) => {
    const now = hallNow(conn);
    if (record.status !== 'booked') throw HallErrors.notBooked();
    if (record.date !== beijingDate(now)) throw HallErrors.notToday();
    await assertHandingOut(conn, now);
    const group = await loadGroup(conn, record.group);
    const ticket = await takeTicket(conn, group, {
      userId: who.userId,
      booked: true,
      slot: record.slot,
      appointmentId: record._id,
      now,
    });
    await appointmentModel(conn).updateOne(
      { _id: record._id },
      { $set: { status: 'checked_in', checkedInAt: now, ticketId: ticket._id } },
      { writeConcern: { w: 'majority' } },
    );
    return ticket;
  });
}
