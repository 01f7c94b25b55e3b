import { Schema, type Connection, type Types } from 'mongoose';
import { type AppointmentStatus, type HallSlot, type TicketStatus } from '@onetrip/shared';

/**
 * The hall's collections. Every read in a request is by `_id` or by equality
 * on one indexed key (`groupDay` = `<group>:<date>`, `userId`, `date`), never a
 * range: FerretDB uses no index for ranges. Every "exactly one" is a unique
 * insert (`insertUnique` of lib/store): a seat, a resident's booking of a day,
 * a ticket number, a reminder.
 */

/** A window group (`_id` = its code); `departments` are those of its items, kept for the clerks' access check. */
export interface GroupRecord {
  _id: string;
  name: string;
  hall: string;
  prefix: string;
  items: string[];
  departments: string[];
  windows: string[];
  hours: string;
  phone: string;
  capacity: number;
  version: number;
  createdAt?: Date;
  updatedAt?: Date;
}

const groupSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: String,
    hall: String,
    prefix: String,
    items: [String],
    departments: [String],
    windows: [String],
    hours: String,
    phone: String,
    capacity: Number,
    version: Number,
  },
  { collection: 'hall_groups', versionKey: false, timestamps: true },
);

export const groupModel = (conn: Connection) => conn.model<GroupRecord>('HallGroup', groupSchema);

/** One seat of one slot: `_id` = `<group>:<date>:<slot>:<seatNo>`; the slot is full when every seat exists. */
export interface SeatRecord {
  _id: string;
  groupDay: string;
  slot: HallSlot;
  appointmentId: Types.ObjectId;
  at: Date;
}

const seatSchema = new Schema(
  {
    _id: { type: String, required: true },
    groupDay: { type: String, required: true, index: true },
    slot: String,
    appointmentId: Schema.Types.ObjectId,
    at: Date,
  },
  { collection: 'hall_seats', versionKey: false },
);

export const seatModel = (conn: Connection) => conn.model<SeatRecord>('HallSeat', seatSchema);

/**
 * A resident's active appointment with a group on a day: `_id` =
 * `<userId>:<group>:<date>`. Exists while the appointment is booked or
 * checked in; a cancel deletes it, so the resident may book that day again.
 */
export interface BookingRecord {
  _id: string;
  appointmentId: Types.ObjectId;
  at: Date;
}

const bookingSchema = new Schema(
  { _id: { type: String, required: true }, appointmentId: Schema.Types.ObjectId, at: Date },
  { collection: 'hall_bookings', versionKey: false },
);

export const bookingModel = (conn: Connection) => conn.model<BookingRecord>('HallBooking', bookingSchema);

export interface AppointmentRecord {
  _id: Types.ObjectId;
  userId: string;
  group: string;
  date: string;
  slot: HallSlot;
  status: AppointmentStatus;
  seatId: string | null;
  caseId?: string | null;
  ticketId?: Types.ObjectId | null;
  createdAt: Date;
  cancelledAt?: Date | null;
  checkedInAt?: Date | null;
}

const appointmentSchema = new Schema(
  {
    userId: { type: String, required: true, index: true },
    group: { type: String, required: true },
    date: { type: String, required: true, index: true },
    slot: { type: String, required: true },
    status: { type: String, required: true },
    seatId: { type: String, default: null },
    caseId: { type: String, default: null },
    ticketId: { type: Schema.Types.ObjectId, default: null },
    createdAt: { type: Date, required: true },
    cancelledAt: { type: Date, default: null },
    checkedInAt: { type: Date, default: null },
  },
  { collection: 'hall_appointments', versionKey: false },
);

export const appointmentModel = (conn: Connection) =>
  conn.model<AppointmentRecord>('HallAppointment', appointmentSchema);

export interface TicketRecord {
  _id: Types.ObjectId;
  /** `<group>:<date>`: the queue it waits in */
  groupDay: string;
  group: string;
  date: string;
  seq: number;
  number: string;
  userId: string;
  status: TicketStatus;
  booked: boolean;
  slot?: HallSlot | null;
  appointmentId?: Types.ObjectId | null;
  /** sent on from another group: called before every other ticket */
  transferredFrom?: Types.ObjectId | null;
  transferredTo?: { id: Types.ObjectId; group: string; number: string } | null;
  window?: string | null;
  recalls: number;
  caseId?: string | null;
  takenAt: Date;
  calledAt?: Date | null;
  calledBy?: string | null;
  servedAt?: Date | null;
  doneAt?: Date | null;
  /** when the holder gave up waiting (放弃排队) */
  cancelledAt?: Date | null;
}

const ticketSchema = new Schema(
  {
    groupDay: { type: String, required: true, index: true },
    group: { type: String, required: true },
    date: { type: String, required: true, index: true },
    seq: { type: Number, required: true },
    number: { type: String, required: true },
    // The resident's own tickets (GET /tickets) are read by this equality.
    userId: { type: String, required: true, index: true },
    status: { type: String, required: true },
    booked: { type: Boolean, default: false },
    slot: { type: String, default: null },
    appointmentId: { type: Schema.Types.ObjectId, default: null },
    transferredFrom: { type: Schema.Types.ObjectId, default: null },
    transferredTo: { type: Schema.Types.Mixed, default: null },
    window: { type: String, default: null },
    recalls: { type: Number, default: 0 },
    caseId: { type: String, default: null },
    takenAt: { type: Date, required: true },
    calledAt: { type: Date, default: null },
    calledBy: { type: String, default: null },
    servedAt: { type: Date, default: null },
    doneAt: { type: Date, default: null },
    cancelledAt: { type: Date, default: null },
  },
  { collection: 'hall_tickets', versionKey: false },
);

export const ticketModel = (conn: Connection) => conn.model<TicketRecord>('HallTicket', ticketSchema);

/** A ticket number of a group's day: `_id` = `<group>:<date>:<seq>`; the unique insert hands each number out once. */
const ticketNumberSchema = new Schema(
  { _id: { type: String, required: true }, ticketId: Schema.Types.ObjectId },
  { collection: 'hall_ticket_numbers', versionKey: false },
);

export const ticketNumberModel = (conn: Connection) => conn.model('HallTicketNumber', ticketNumberSchema);

/** The reminder of one appointment (`_id` = the appointment id): inserted before it is sent, so it goes once. */
export interface ReminderRecord {
  _id: Types.ObjectId;
  status: 'sending' | 'sent' | 'failed';
  channel?: 'wechat' | 'sms' | null;
  at: Date;
  error?: string | null;
}

const reminderSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    status: String,
    channel: { type: String, default: null },
    at: Date,
    error: { type: String, default: null },
  },
  { collection: 'hall_reminders', versionKey: false },
);

export const reminderModel = (conn: Connection) => conn.model<ReminderRecord>('HallReminder', reminderSchema);

export const HALL_MODELS = [
  groupModel,
  seatModel,
  bookingModel,
  appointmentModel,
  ticketModel,
  ticketNumberModel,
  reminderModel,
] as const;
