import { type FastifyInstance } from 'fastify';
import mongoose from 'mongoose';
import {
  COMPLAINT_DAILY_LIMIT,
  type ComplaintAboutInput,
  type ComplaintBody,
  type ComplaintView,
} from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { beijingDate } from '../../lib/beijing-date';
import { TIMING, withLease } from '../../lib/store';
import { loadCase } from '../applications';
import { readHallGroup } from '../hall';
import { loadCalendars } from '../holidays';
import { markUploadsUsed, uploadModel } from '../uploads';
import { findEachById } from '../../lib/by-ids';
import { complaintModel, type ComplaintRecord, type StoredAbout } from './complaint.model';
import { insertNumbered } from './complaint-number';
import { complaintDeadline, toComplaintView } from './complaint-view';
import { ComplaintErrors } from './complaints.errors';

const PHOTO_MIMES = ['image/jpeg', 'image/png'];

/** Seconds from `now` to the next Beijing midnight, when the daily limit starts again. */
function secondsToMidnight(now: Date): number {
  const next = new Date(`${beijingDate(new Date(now.getTime() + 24 * 3_600_000))}T00:00:00+08:00`);
  return Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000));
}

/**
 * What it is about, checked and snapshotted: a case the caller may act on (its applicant, or the agent who
 * filed it; anyone else's or unknown → 404, as for the case's own routes) that has a number; a window group
 * that exists (and, when named, one of its windows); else the centre. Also the departments it concerns.
 */
async function aboutOf(
  app: FastifyInstance,
  auth: AuthUser,
  about: ComplaintAboutInput | undefined,
): Promise<{ about: StoredAbout; departments: string[] }> {
  if (about?.type === 'case') {
    const record = await loadCase(app, auth, about.caseId).catch((err: unknown) => {
      if ((err as { code?: string }).code === 'NOT_FOUND') throw ComplaintErrors.caseNotFound();
      throw err;
    });
    if (!record.number) throw ComplaintErrors.caseNotSubmitted();
    const itemNames = record.items.map((i) => i.name);
    return {
      about: { type: 'case', caseId: about.caseId, number: record.number, itemNames },
      departments: [...new Set(record.items.map((i) => i.department))],
    };
  }
  if (about?.type === 'window') {
    const group = await readHallGroup(app.db, about.group);
    if (!group || (about.window && !group.windows.includes(about.window))) throw ComplaintErrors.windowNotFound();
    return {
      about: {
        type: 'window',
        group: group._id,
        groupName: group.name,
        ...(about.window ? { window: about.window } : {}),
      },
      departments: group.departments ?? [],
    };
  }
  return { about: { type: 'centre' }, departments: [] };
}

/** Every photo is an image the filer uploaded (another's, a PDF, an unknown id → 400 naming each). */
async function assertOwnPhotos(app: FastifyInstance, userId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const found = await findEachById(uploadModel(app.db), ids, { ownerId: userId }, { _id: 1, mime: 1 });
  const ok = new Set(found.filter((u) => PHOTO_MIMES.includes(u.mime)).map((u) => u._id.toHexString()));
  const bad = ids.filter((id) => !ok.has(id));
  if (bad.length) throw ComplaintErrors.badPhotos(bad);
}

/**
 * `POST /complaints`: files a complaint or suggestion of the signed-in user, numbered `TS…`, due 5 working
 * days from now. Outcomes: the view (201); 404 for a case that is not the caller's (or unknown) and for an
 * unknown window; 409 INVALID_STATE for a draft case; 400 for photos that are not the caller's own images;
 * 429 RATE_LIMITED (with the seconds to midnight) for the 6th filing of the Beijing day. Photos are marked
 * used by the complaint (the owner can no longer delete them; its answering supervisors may read them).
 */
export async function fileComplaint(app: FastifyInstance, auth: AuthUser, body: ComplaintBody): Promise<ComplaintView> {
  const photos = body.photos ?? [];
  await assertOwnPhotos(app, auth.id, photos);
  const { about, departments } = await aboutOf(app, auth, body.about);
  const Complaints = complaintModel(app.db);
  const now = new Date();
  const day = beijingDate(now);
  const calendars = await loadCalendars(app.db);
  const _id = new mongoose.Types.ObjectId();
  // Counting and inserting under the filer's lease: two filings at once cannot both be the 5th.
  await withLease(
    app.db,
    `complaint-file:${auth.id}`,
    async () => {
      if ((await Complaints.countDocuments({ userId: auth.id, day })) >= COMPLAINT_DAILY_LIMIT)
        throw ComplaintErrors.limit(secondsToMidnight(now));
      const doc = {
        _id,
        userId: auth.id,
        kind: body.kind,
        category: body.category,
        text: body.text,
        photos,
        about,
        departments,
        filedAt: now,
        day,
        status: 'pending',
        round: 1,
        roundAt: now,
        dueAt: complaintDeadline(now, now, calendars).dueAt,
        answers: [],
        ratings: [],
        message: null,
        messagePending: false,
        version: 1,
      };
      await insertNumbered(app.db, doc, now);
    },
    TIMING.patient,
  );
  try {
    await markUploadsUsed(app.db, photos, _id);
  } catch (err) {
    // A photo deleted between the check and the mark: the complaint is not kept without it.
    await Complaints.deleteOne({ _id });
    throw err;
  }
  const record = await Complaints.findById(_id).lean<ComplaintRecord>();
  if (!record) throw new Error('the complaint just filed is gone');
  app.log.info({ action: 'complaint.filed', complaintId: _id.toHexString() }, 'complaint filed');
  return toComplaintView(record, now, calendars);
}
