import { type Connection } from 'mongoose';
import { type HallGroup, type HallGroupDetail, type HallGroupInput } from '@onetrip/shared';
import { recordAudit } from '../audit';
import { findItems } from '../catalog';
import { documentKey, TIMING, tryWithLease } from '../../lib/store';
import { HallErrors } from './hall.errors';
import { beijingDate, CLOSING_TIME, beijingTime, groupDayKey, hallWorks } from './hall-day';
import { hallNow } from './hall-clock';
import { groupModel, ticketModel, type GroupRecord } from './hall.model';

export const toGroup = (r: GroupRecord): HallGroup => ({
  code: r._id,
  name: r.name,
  hall: r.hall,
  prefix: r.prefix,
  items: [...r.items],
  windows: [...r.windows],
  hours: r.hours,
  phone: r.phone,
  capacity: r.capacity,
  version: r.version,
});

export const readGroup = (conn: Connection, code: string) => groupModel(conn).findById(code).lean<GroupRecord>();

/** The group, or 404. */
export async function loadGroup(conn: Connection, code: string): Promise<GroupRecord> {
  const group = await readGroup(conn, code);
  if (!group) throw HallErrors.groupNotFound();
  return group;
}

/** The group a body names, or 400 (a wrong request, not a missing object of the caller's). */
export async function groupOfBody(conn: Connection, code: string, path = 'group'): Promise<GroupRecord> {
  const group = await readGroup(conn, code);
  if (!group) throw HallErrors.unknownGroup(path);
  return group;
}

export interface GroupWriter {
  userId: string;
  /** for the audit log: `admin`, or `system` for the demo seed */
  role?: string;
  requestId: string;
  /** the version the admin last saw (0 or absent: create) */
  ifMatch?: number;
}

/**
 * PUT /admin/hall/groups/:code: creates (version 1) or replaces (version + 1)
 * the group, under the lease of its document so two admins cannot both
 * replace the same version. Outcomes: `created` / `replaced` with the group;
 * 400 for an item code the catalog does not know; 409 VERSION_CONFLICT when
 * `If-Match` is not the current version (0 for a new group) or another
 * writer holds the group past the wait. Audited as `hall.group.put`.
 */
export async function putGroup(
  conn: Connection,
  code: string,
  input: HallGroupInput,
  writer: GroupWriter,
): Promise<{ outcome: 'created' | 'replaced'; group: HallGroup }> {
  const items = await findItems(conn, input.items);
  const known = new Set(items.map((i) => i.code));
  const unknown = input.items.filter((c) => !known.has(c));
  if (unknown.length) throw HallErrors.unknownItems(unknown);
  // The clerks of these departments serve the group (its tickets are theirs to call).
  const departments = [...new Set(items.map((i) => i.department))].sort();
  const written = await tryWithLease(
    conn,
    documentKey('hall_groups', code),
    async () => {
      const current = await readGroup(conn, code);
      if (writer.ifMatch !== undefined && writer.ifMatch !== (current?.version ?? 0)) return null;
      const record: GroupRecord = {
        _id: code,
        ...input,
        departments,
        version: (current?.version ?? 0) + 1,
      };
      await groupModel(conn).replaceOne({ _id: code }, record, { upsert: true, writeConcern: { w: 'majority' } });
      return { outcome: current ? ('replaced' as const) : ('created' as const), group: toGroup(record) };
    },
    TIMING.write,
  );
  if (!written) throw HallErrors.versionConflict();
  await recordAudit(conn, {
    actor: { userId: writer.userId, role: writer.role ?? 'admin' },
    action: 'hall.group.put',
    target: code,
    requestId: writer.requestId,
  });
  return written;
}

/** The stored version of a group, or null when there is none. */
export async function groupVersion(conn: Connection, code: string): Promise<number | null> {
  return (await readGroup(conn, code))?.version ?? null;
}

/** GET /hall/groups: every group, by code (a handful; read whole). */
export async function listGroups(conn: Connection): Promise<HallGroup[]> {
  const records = await groupModel(conn).find().sort({ _id: 1 }).lean<GroupRecord[]>();
  return records.map(toGroup);
}

/** Tickets of a group's day still waiting (equality on the indexed day key, then counted here). */
export async function waitingCount(conn: Connection, group: string, date: string): Promise<number> {
  const tickets = await ticketModel(conn)
    .find({ groupDay: groupDayKey(group, date) })
    .select({ status: 1 })
    .lean<{ status: string }[]>();
  return tickets.filter((t) => t.status === 'waiting').length;
}

/** GET /hall/groups/:code: the group, whether it hands out tickets now, and how many wait today. */
export async function groupDetail(conn: Connection, code: string): Promise<HallGroupDetail> {
  const group = await loadGroup(conn, code);
  const now = hallNow(conn);
  const date = beijingDate(now);
  const open = (await hallWorks(conn, date)) && beijingTime(now) < CLOSING_TIME;
  return { ...toGroup(group), today: { date, open, waiting: await waitingCount(conn, code, date) } };
}

/** Who calls: a department window's department, or the hall of a hall-wide 综合窗口 clerk. */
export interface ClerkSeat {
  department: string;
  /** set for a comprehensive (综合窗口) clerk: the hall they sit in */
  comprehensiveHall?: string;
}

/**
 * Clerks serve a group when one of its items belongs to their department,
 * or when they are the hall's comprehensive window (综合窗口, which accepts
 * every department's cases) and the group is in their hall.
 */
export const servesGroup = (group: Pick<GroupRecord, 'departments' | 'hall'>, clerk: ClerkSeat) =>
  (clerk.department !== '' && group.departments.includes(clerk.department)) ||
  (clerk.comprehensiveHall !== undefined && clerk.comprehensiveHall === group.hall);
