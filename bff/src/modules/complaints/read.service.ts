import { type FastifyInstance } from 'fastify';
import { isValidObjectId } from 'mongoose';
import {
  maskName,
  maskPhone,
  type ComplaintFigures,
  type ComplaintList,
  type ComplaintListQuery,
  type ComplaintView,
  type SupervisionComplaintQuery,
  type SupervisionComplaintView,
} from '@onetrip/shared';
import { recordAudit } from '../audit';
import { loadCalendars } from '../holidays';
import { usersModel, type UserRecord } from '../users';
import { complaintModel, type ComplaintRecord } from './complaint.model';
import { lightOf, statusOf, toComplaintRow, toComplaintView } from './complaint-view';
import { ComplaintErrors } from './complaints.errors';
import { auditActor, supervisedFilter, supervises, type Supervisor } from './supervisor';

/** At most this many complaints are looked at for one queue page (the filters run in code). */
const SCAN_MAX = 2_000;

async function byId(app: FastifyInstance, id: string): Promise<ComplaintRecord | null> {
  return isValidObjectId(id) ? complaintModel(app.db).findById(id).lean<ComplaintRecord>() : null;
}

/** `GET /complaints`: the caller's own complaints, latest first. */
export async function listMine(
  app: FastifyInstance,
  userId: string,
  query: ComplaintListQuery,
): Promise<ComplaintList> {
  const Complaints = complaintModel(app.db);
  const [records, total, calendars] = await Promise.all([
    Complaints.find({ userId })
      .sort({ filedAt: -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<ComplaintRecord[]>(),
    Complaints.countDocuments({ userId }),
    loadCalendars(app.db),
  ]);
  const now = new Date();
  return { items: records.map((r) => toComplaintRow(r, now, calendars)), total };
}

/**
 * A complaint of the caller's (`GET /complaints/:id`, and the rating's read). Outcomes: the record; 404 for
 * an unknown id and anyone else's alike.
 */
export async function loadMine(app: FastifyInstance, userId: string, id: string): Promise<ComplaintRecord> {
  const record = await byId(app, id);
  if (!record || record.userId !== userId) throw ComplaintErrors.notFound();
  return record;
}

export async function readMine(app: FastifyInstance, userId: string, id: string): Promise<ComplaintView> {
  const record = await loadMine(app, userId, id);
  return toComplaintView(record, new Date(), await loadCalendars(app.db));
}

/** A complaint a supervisor may handle. Outcomes: the record; 404 for unknown ones and another department's. */
export async function loadSupervised(app: FastifyInstance, s: Supervisor, id: string): Promise<ComplaintRecord> {
  const record = await byId(app, id);
  if (!record || !supervises(s, record)) throw ComplaintErrors.notFound();
  return record;
}

/**
 * `GET /supervision/complaints/:id`: the complaint with the departments it concerns and the filer by masked
 * name and phone (null when the filer has no verified profile). Audited `complaint.read` before it is
 * answered: a supervisor reading a person's complaint is a read of that person's data.
 */
export async function readSupervised(
  app: FastifyInstance,
  s: Supervisor,
  id: string,
  requestId: string,
): Promise<SupervisionComplaintView> {
  const record = await loadSupervised(app, s, id);
  const user = isValidObjectId(record.userId)
    ? await usersModel(app.db).findById(record.userId).select({ profile: 1 }).lean<Pick<UserRecord, 'profile'>>()
    : null;
  const profile = user?.profile;
  const complainant = profile?.verified
    ? { name: maskName(profile.name), phoneMasked: maskPhone(app.pii.decrypt(profile.phoneEnc)) }
    : null;
  await recordAudit(app.db, {
    actor: auditActor(s),
    action: 'complaint.read',
    target: id,
    ...(record.about.type === 'case' ? { caseId: record.about.caseId } : {}),
    requestId,
  });
  const view = toComplaintView(record, new Date(), await loadCalendars(app.db));
  return { ...view, departments: record.departments, complainant };
}

/**
 * `GET /supervision/complaints?status=&light=`: the supervisor's complaints (all for the admin, their
 * department's for a head) of one status as people read it. `pending` (the queue) is due first — the
 * overdue (red) on top — and may be narrowed to one light; the others are latest first.
 */
export async function supervisionQueue(
  app: FastifyInstance,
  s: Supervisor,
  query: SupervisionComplaintQuery,
): Promise<ComplaintList> {
  const stored = query.status === 'closed' ? 'answered' : query.status;
  const pending = query.status === 'pending';
  const [records, calendars] = await Promise.all([
    complaintModel(app.db)
      .find({ ...supervisedFilter(s), status: stored })
      .sort(pending ? { dueAt: 1, _id: 1 } : { filedAt: -1, _id: -1 })
      .limit(SCAN_MAX)
      .lean<ComplaintRecord[]>(),
    loadCalendars(app.db),
  ]);
  const now = new Date();
  const rows = records
    .filter((r) => statusOf(r, now) === query.status)
    .map((r) => toComplaintRow(r, now, calendars))
    .filter((row) => !query.light || row.light === query.light);
  const start = (query.page - 1) * query.pageSize;
  return { items: rows.slice(start, start + query.pageSize), total: rows.length };
}

/**
 * For the supervision dashboard: the complaints waiting for an answer (of one department, or all), and of
 * those the overdue (red) and due soon (yellow) — as of now.
 */
export async function complaintFigures(
  app: FastifyInstance,
  department: string | null,
  now = new Date(),
): Promise<ComplaintFigures> {
  const [records, calendars] = await Promise.all([
    complaintModel(app.db)
      .find({ ...(department ? { departments: department } : {}), status: 'pending' })
      .select({ status: 1, roundAt: 1 })
      .lean<ComplaintRecord[]>(),
    loadCalendars(app.db),
  ]);
  const lights = records.map((r) => lightOf(r, now, calendars));
  return {
    open: records.length,
    overdue: lights.filter((l) => l === 'red').length,
    dueSoon: lights.filter((l) => l === 'yellow').length,
  };
}
