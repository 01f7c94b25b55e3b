import { z } from 'zod';
import { dayFromIso } from '../rules/calendar-day';
import { CatalogCode } from './catalog';
import { ObjectIdString, Text } from './common';
import { HALL_SLOTS } from '../constants/hall';

/**
 * The service hall (政务大厅): window groups (窗口分组), appointments by
 * half-hour slot (预约), tickets taken on the spot or at check-in (取号) and
 * the clerks' calls (叫号). Times of day are Beijing time; days `YYYY-MM-DD`.
 */

// The hall's numbers live in constants/ (the mini-program reads them without loading zod); re-exported here.
export { HALL_BOOKING_DAYS, HALL_SLOT_MINUTES, HALL_SLOTS, type HallSlot } from '../constants/hall';

export const HallGroupCode = z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, '分组编码应为小写字母、数字和连字符');
export const HallGroupParams = z.strictObject({ code: HallGroupCode });
export type HallGroupParams = z.infer<typeof HallGroupParams>;

/** A real calendar date, `YYYY-MM-DD`. */
export const HallDate = z.string().refine((s) => dayFromIso(s) !== null, '日期应为真实存在的日期，格式 YYYY-MM-DD');
export const HallSlotValue = z.enum(HALL_SLOTS, { error: '时段应为半点开始的办公时段，如 09:30' });
/** A window's number as shown above it: `A03`, `B12`. */
export const WindowNumber = z.string().regex(/^[A-Z][0-9]{2,3}$/, '窗口号应为大写字母加两到三位数字，如 A03');

/**
 * The group's consultation line: a landline (0539-7211001), 12345 or a 400
 * number. A mobile number is refused, so no person's own phone is ever
 * published as a group's phone.
 */
export const ServicePhone = z
  .string()
  .regex(/^(0[0-9]{2,3}-?[0-9]{7,8}|12345|400-?[0-9]{3}-?[0-9]{4})$/, '应为窗口座机或服务热线（不接受手机号）');

const unique = <T>(list: T[]) => new Set(list).size === list.length;

/** Body of PUT /admin/hall/groups/:code (the code comes from the path). */
export const HallGroupInput = z.strictObject({
  name: Text(30),
  hall: Text(40),
  /** ticket numbers of the group start with it: `A012` */
  prefix: z.string().regex(/^[A-Z]$/, '取号前缀应为一个大写字母'),
  items: z.array(CatalogCode).min(1).max(100).refine(unique, '事项不能重复'),
  windows: z.array(WindowNumber).min(1).max(30).refine(unique, '窗口号不能重复'),
  hours: Text(100),
  phone: ServicePhone,
  /** appointments per half-hour slot */
  capacity: z.number().int().min(1).max(50),
});
export type HallGroupInput = z.infer<typeof HallGroupInput>;

export const HallGroup = HallGroupInput.extend({ code: HallGroupCode, version: z.number().int().min(1) });
export type HallGroup = z.infer<typeof HallGroup>;

export const HallGroupList = z.object({ items: z.array(HallGroup) });
export type HallGroupList = z.infer<typeof HallGroupList>;

/** GET /hall/groups/:code: the group and its queue today. */
export const HallGroupDetail = HallGroup.extend({
  today: z.object({ date: HallDate, open: z.boolean(), waiting: z.number().int().min(0) }),
});
export type HallGroupDetail = z.infer<typeof HallGroupDetail>;

export const HallDateQuery = z.strictObject({ date: HallDate });
export type HallDateQuery = z.infer<typeof HallDateQuery>;

/** GET /hall/groups/:code/slots?date=: `open: false` (no slots) on a day the hall does not work. */
export const HallDaySlots = z.object({
  group: HallGroupCode,
  date: HallDate,
  open: z.boolean(),
  slots: z.array(
    z.object({
      slot: HallSlotValue,
      /** the slot's start, ISO 8601 UTC */
      start: z.string(),
      capacity: z.number().int().min(0),
      remaining: z.number().int().min(0),
      /** false once it has started (or the day is past) */
      bookable: z.boolean(),
    }),
  ),
});
export type HallDaySlots = z.infer<typeof HallDaySlots>;

export const AppointmentBody = z.strictObject({
  group: HallGroupCode,
  date: HallDate,
  slot: HallSlotValue,
  /** one of the resident's own cases, to bring to the window */
  caseId: ObjectIdString.optional(),
});
export type AppointmentBody = z.infer<typeof AppointmentBody>;

export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'checked_in'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const AppointmentView = z.object({
  id: z.string(),
  group: HallGroupCode,
  groupName: z.string(),
  hall: z.string(),
  date: HallDate,
  slot: HallSlotValue,
  status: z.enum(APPOINTMENT_STATUSES),
  caseId: z.string().optional(),
  /** the ticket taken at check-in */
  ticketId: z.string().optional(),
  createdAt: z.string(),
});
export type AppointmentView = z.infer<typeof AppointmentView>;

export const AppointmentList = z.object({ items: z.array(AppointmentView) });
export type AppointmentList = z.infer<typeof AppointmentList>;

export const TicketBody = z.strictObject({ group: HallGroupCode });
export type TicketBody = z.infer<typeof TicketBody>;

/** `cancelled`: the holder gave up while waiting (放弃排队). */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'no_show', 'transferred', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** A ticket as its holder sees it (GET /tickets/:id). */
export const TicketView = z.object({
  id: z.string(),
  group: HallGroupCode,
  groupName: z.string(),
  hall: z.string(),
  date: HallDate,
  number: z.string(),
  status: z.enum(TICKET_STATUSES),
  /** taken at an appointment's check-in: called first once its slot has started */
  booked: z.boolean(),
  slot: HallSlotValue.optional(),
  /** waiting tickets to be called before this one now (booked ones may still go first later); null unless waiting */
  ahead: z.number().int().min(0).nullable(),
  /** the window to go to, once called */
  window: WindowNumber.optional(),
  takenAt: z.string(),
  calledAt: z.string().optional(),
  /** the ticket of the group this one was sent on to */
  transferredTo: z.object({ id: z.string(), group: HallGroupCode, number: z.string() }).optional(),
});
export type TicketView = z.infer<typeof TicketView>;

/** GET /tickets: the resident's own tickets of today (every group), latest first. */
export const TicketList = z.object({ items: z.array(TicketView) });
export type TicketList = z.infer<typeof TicketList>;

/** A ticket as a clerk sees it: no one's identity, only the number and its times. */
export const StaffTicketView = z.object({
  id: z.string(),
  group: HallGroupCode,
  date: HallDate,
  number: z.string(),
  status: z.enum(TICKET_STATUSES),
  booked: z.boolean(),
  slot: HallSlotValue.optional(),
  window: WindowNumber.optional(),
  recalls: z.number().int().min(0),
  caseId: z.string().optional(),
  transferredTo: z.object({ id: z.string(), group: HallGroupCode, number: z.string() }).optional(),
  takenAt: z.string(),
  calledAt: z.string().optional(),
  servedAt: z.string().optional(),
  doneAt: z.string().optional(),
});
export type StaffTicketView = z.infer<typeof StaffTicketView>;

export const CallNextBody = z.strictObject({ window: WindowNumber });
export type CallNextBody = z.infer<typeof CallNextBody>;
export const TransferBody = z.strictObject({ group: HallGroupCode });
export type TransferBody = z.infer<typeof TransferBody>;
export const ServeBody = z.strictObject({ caseId: ObjectIdString.optional() }).nullish();
export type ServeBody = z.infer<typeof ServeBody>;
/** Bodies of the actions that take none (`{}` or nothing). */
export const HallEmptyBody = z.strictObject({}).nullish();

const Seconds = z.object({
  count: z.number().int().min(0),
  /** whole seconds; null when count is 0 */
  average: z.number().int().min(0).nullable(),
  max: z.number().int().min(0).nullable(),
});

/** GET /hall/statistics?date=: per group, waiting (taken → called) and service (called → done) times. */
export const HallStatistics = z.object({
  date: HallDate,
  groups: z.array(
    z.object({
      group: HallGroupCode,
      name: z.string(),
      tickets: z.number().int().min(0),
      booked: z.number().int().min(0),
      waiting: z.number().int().min(0),
      done: z.number().int().min(0),
      noShow: z.number().int().min(0),
      transferred: z.number().int().min(0),
      /** given up by their holders while waiting */
      cancelled: z.number().int().min(0),
      waitSeconds: Seconds,
      serviceSeconds: Seconds,
    }),
  ),
});
export type HallStatistics = z.infer<typeof HallStatistics>;
