import { Types } from 'mongoose';
import { caseWorld, newKey, readyCase, resident, type CaseWorld } from '../../applications/testing/cases';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

/** The department of the TEST-SIMPLE item of `caseWorld()`. */
export const DEPT = '县测试局';

export interface RatingWorld extends CaseWorld {
  alice: LoggedIn & { profile: { name: string; idNumber: string; phone: string } };
  bob: LoggedIn;
  staff: LoggedIn;
  staff2: LoggedIn;
  otherStaff: LoggedIn;
}

export async function ratingWorld(prefix: string): Promise<RatingWorld> {
  const w = await caseWorld();
  const staff = (name: string, department: string) =>
    loginAs(w.app, `${prefix}_${name}`, { roles: ['staff'], department });
  const [alice, bob, staffA, staffA2, otherStaff] = await Promise.all([
    resident(w.app, `${prefix}_alice`, '欧阳娜娜'),
    resident(w.app, `${prefix}_bob`, '司马光'),
    staff('staff', DEPT),
    staff('staff2', DEPT),
    staff('other', '县无关局'),
  ]);
  return { ...w, alice, bob, staff: staffA, staff2: staffA2, otherStaff };
}

/** A TEST-SIMPLE case of `who`, submitted, then moved to `status` straight in the database (version + 1). */
export async function caseIn(
  w: CaseWorld,
  who: LoggedIn,
  status = 'completed',
): Promise<{ id: string; number: string }> {
  const view = await readyCase(w, who);
  const res = await w.call(who, 'POST', `/applications/${view.id}/submit`, {
    headers: { 'idempotency-key': newKey() },
  });
  if (res.statusCode !== 200) throw new Error(`submit failed: ${res.statusCode} ${res.body}`);
  const now = new Date();
  await w.app.db
    .collection('applications')
    .updateOne(
      { _id: new Types.ObjectId(view.id) },
      { $set: { status, acceptedAt: now, concludedAt: now, completedAt: now }, $inc: { version: 1 } },
    );
  return { id: view.id, number: res.json<{ number: string }>().number };
}

export const rate = (w: CaseWorld, who: LoggedIn, id: string, payload: unknown) =>
  w.call(who, 'POST', `/applications/${id}/evaluation`, { payload });

export const closeFollowupOf = (w: CaseWorld, who: LoggedIn, id: string, payload: unknown) =>
  w.call(who, 'POST', `/staff/applications/${id}/followup/close`, { payload });

export const storedEvaluation = (w: CaseWorld, caseId: string) =>
  w.app.db.collection('evaluations').findOne({ caseId });
export const evaluationCount = (w: CaseWorld, caseId: string) =>
  w.app.db.collection('evaluations').countDocuments({ caseId });
