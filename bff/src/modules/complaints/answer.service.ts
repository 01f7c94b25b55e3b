import { randomUUID } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import {
  COMPLAINT_MAX_ROUNDS,
  type ComplaintAnswerBody,
  type ComplaintRatingBody,
  type ComplaintView,
} from '@onetrip/shared';
import { updateVersioned } from '../../lib/store';
import { recordAudit } from '../audit';
import { loadCalendars } from '../holidays';
import { complaintModel, type ComplaintRecord } from './complaint.model';
import { complaintDeadline, statusOf, toComplaintView } from './complaint-view';
import { ComplaintErrors } from './complaints.errors';
import { loadMine, loadSupervised } from './read.service';
import { auditActor, type Supervisor } from './supervisor';

/**
 * `POST /supervision/complaints/:id/answer` (If-Match: the complaint's version): the supervisor's answer.
 * The answer and the message telling the filer (subscription message, else a text; with 12345 and the
 * centre's phone) are one write; the send pass (`complaint-messages.ts`) sends it. Audited
 * `complaint.answer`. Outcomes: the filer's view, `answered`; 404 unknown or another department's; 409
 * INVALID_STATE when it is not waiting for an answer; 409 VERSION_CONFLICT for a stale If-Match or when
 * another supervisor answered at the same moment.
 */
export async function answerComplaint(
  app: FastifyInstance,
  s: Supervisor,
  id: string,
  version: number,
  body: ComplaintAnswerBody,
  requestId: string,
): Promise<ComplaintView> {
  const record = await loadSupervised(app, s, id);
  if (record.status !== 'pending') throw ComplaintErrors.notAnswerable();
  if (record.version !== version) throw ComplaintErrors.versionConflict();
  const now = new Date();
  const message = { status: 'pending', ref: randomUUID().replace(/-/g, ''), attempts: 0, nextAt: now };
  const Complaints = complaintModel(app.db);
  const updated = await updateVersioned(Complaints, id, version, {
    $push: { answers: { text: body.text, at: now, by: { userId: s.userId, role: s.role } } },
    $set: { status: 'answered', message, messagePending: true },
  });
  if (!updated) {
    const latest = await Complaints.findById(id).lean<ComplaintRecord>();
    throw latest && latest.status !== 'pending' ? ComplaintErrors.notAnswerable() : ComplaintErrors.versionConflict();
  }
  await recordAudit(app.db, {
    actor: auditActor(s),
    action: 'complaint.answer',
    target: id,
    ...(record.about.type === 'case' ? { caseId: record.about.caseId } : {}),
    requestId,
  });
  return toComplaintView(updated, now, await loadCalendars(app.db));
}

/** Why the latest answer cannot be rated now, or null when it can. */
function refusal(record: ComplaintRecord, now: Date): string | null {
  const status = statusOf(record, now);
  if (status === 'pending') return '答复后才能评价';
  if (status === 'closed') return '答复已超过 7 天，不能再评价';
  if (status === 'rated' || record.ratings.length >= record.answers.length) return '该答复已评价，每次答复只能评价一次';
  return null;
}

/**
 * `POST /complaints/:id/rating` (the filer): rates the latest answer once, 满意 / 基本满意 / 不满意 with an
 * optional text. 不满意 of a first answer reopens the complaint (复核): `pending` again, round 2, due 5 working
 * days from now, back in the supervision queue; any other rating, and any rating of the second answer,
 * ends it (`rated`). Outcomes: the view; 404 for anyone else's; 409 INVALID_STATE before an answer, for a
 * second rating of one answer, or 7 days after the answer.
 */
export async function rateComplaint(
  app: FastifyInstance,
  userId: string,
  id: string,
  body: ComplaintRatingBody,
): Promise<ComplaintView> {
  const record = await loadMine(app, userId, id);
  const now = new Date();
  const why = refusal(record, now);
  if (why) throw ComplaintErrors.notRateable(why);
  const calendars = await loadCalendars(app.db);
  const reopen = body.result === '不满意' && record.round < COMPLAINT_MAX_ROUNDS;
  const rating = { result: body.result, ...(body.text ? { text: body.text } : {}), at: now };
  const Complaints = complaintModel(app.db);
  const updated = await updateVersioned(Complaints, id, record.version, {
    $push: { ratings: rating },
    $set: reopen
      ? {
          status: 'pending',
          round: record.round + 1,
          roundAt: now,
          dueAt: complaintDeadline(now, now, calendars).dueAt,
        }
      : { status: 'rated' },
  });
  if (!updated) {
    const latest = await Complaints.findById(id).lean<ComplaintRecord>();
    const again = latest ? refusal(latest, now) : null;
    throw again ? ComplaintErrors.notRateable(again) : ComplaintErrors.versionConflict();
  }
  app.log.info({ action: 'complaint.rated', complaintId: id, reopened: reopen }, 'complaint rated');
  return toComplaintView(updated, now, calendars);
}
