import { addWorkingDays } from '@onetrip/shared';
import { loadCalendars } from '../../holidays';
import { listFollowups } from '../followup.service';
import { caseIn, closeFollowupOf, DEPT, rate, ratingWorld, storedEvaluation, type RatingWorld } from '../testing/world';

let w: RatingWorld;
beforeAll(async () => {
  w = await ratingWorld('fu');
});
afterAll(async () => {
  await w.t.close();
});

const page = { page: 1, pageSize: 50 };
/** A completed case of alice's rated `score`. */
async function rated(score: number, extra: Record<string, unknown> = {}) {
  const c = await caseIn(w, w.alice);
  const res = await rate(w, w.alice, c.id, { score, ...extra });
  if (res.statusCode !== 201) throw new Error(`rating failed: ${res.statusCode} ${res.body}`);
  return c;
}

describe('follow-up (回访) of a bad rating', () => {
  it('a 1–2 star rating opens a follow-up due in 5 working days, in the department queue without the rater', async () => {
    const c = await rated(2, { tags: ['超时办理'], comment: '等了很久' });
    const stored = await storedEvaluation(w, c.id);
    expect(stored?.followup).toEqual({
      status: 'open',
      dueAt: addWorkingDays(stored?.at, 5, await loadCalendars(w.app.db)),
    });
    const queue = await listFollowups(w.app.db, DEPT, page);
    const row = queue.items.find((r) => r.id === c.id);
    expect(row).toEqual({
      id: c.id,
      number: c.number,
      status: 'completed',
      itemNames: ['测试证明办理'],
      departments: [DEPT],
      score: 2,
      tags: ['超时办理'],
      comment: '等了很久',
      evaluatedAt: stored?.at.toISOString(),
      followupStatus: 'open',
      dueAt: stored?.followup.dueAt.toISOString(),
      light: 'green',
    });
    const raw = JSON.stringify(queue);
    for (const secret of [w.alice.userId, w.alice.profile.name, w.alice.profile.phone, 'userId', 'ownerId', 'openid']) {
      expect(raw).not.toContain(secret);
    }
    expect((await listFollowups(w.app.db, '县无关局', page)).items.some((r) => r.id === c.id)).toBe(false);
  });

  it('the staff queue stage=followup lists it, with no rater identity in the response', async () => {
    const c = await rated(1, { tags: ['态度'] });
    const res = await w.call(w.staff, 'GET', '/staff/applications?stage=followup');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.find((r: { id: string }) => r.id === c.id)).toMatchObject({
      id: c.id,
      number: c.number,
      light: 'green',
      followup: { score: 1, tags: ['态度'], status: 'open' },
    });
    for (const secret of [
      w.alice.userId,
      w.alice.profile.name,
      w.alice.profile.name.slice(0, 1) + '*',
      w.alice.profile.phone,
    ]) {
      expect(res.body).not.toContain(secret);
    }
    expect(res.body).not.toMatch(/userId|ownerId|openid|applicantName/);
    const other = await w.call(w.otherStaff, 'GET', '/staff/applications?stage=followup');
    expect(other.json().items.some((r: { id: string }) => r.id === c.id)).toBe(false);
    expect(await storedEvaluation(w, c.id)).toMatchObject({ followup: { status: 'open' } });
  });

  it('3 stars and up open none', async () => {
    const c = await rated(3);
    expect((await storedEvaluation(w, c.id))?.followup).toBeNull();
    expect((await listFollowups(w.app.db, DEPT, page)).items.some((r) => r.id === c.id)).toBe(false);
  });

  it('the queue is due first and lights overdue ones red', async () => {
    const [a, b] = [await rated(1), await rated(2)];
    const later = new Date(Date.now() + 30 * 86_400_000);
    const queue = await listFollowups(w.app.db, DEPT, page, later);
    const ids = queue.items.map((r) => r.id);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
    expect(queue.items.every((r) => r.light === 'red')).toBe(true);
    expect((await listFollowups(w.app.db, DEPT, { ...page, light: 'green' }, later)).total).toBe(0);
  });

  it('staff of the department close it with a note: 200, stored with who closed it; then it leaves the queue', async () => {
    const c = await rated(1);
    const res = await closeFollowupOf(w, w.staff, c.id, { note: '已电话回访，申请人表示理解' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: c.id, followupStatus: 'closed', note: '已电话回访，申请人表示理解' });
    expect(JSON.stringify(res.json())).not.toContain(w.alice.userId);
    const stored = await storedEvaluation(w, c.id);
    expect(stored?.followup).toMatchObject({
      status: 'closed',
      note: '已电话回访，申请人表示理解',
      closedAt: expect.any(Date),
      closedBy: { userId: w.staff.userId, department: DEPT },
    });
    expect((await listFollowups(w.app.db, DEPT, page)).items.some((r) => r.id === c.id)).toBe(false);
    const closed = await listFollowups(w.app.db, DEPT, { ...page, status: 'closed' });
    expect(closed.items.find((r) => r.id === c.id)).toMatchObject({
      followupStatus: 'closed',
      note: '已电话回访，申请人表示理解',
    });
    const audit = await w.app.db.collection('audit_logs').countDocuments({ caseId: c.id, action: 'followup.close' });
    expect(audit).toBe(1);
  });

  it('a second close is 409 INVALID_STATE and keeps the first note', async () => {
    const c = await rated(2);
    expect((await closeFollowupOf(w, w.staff, c.id, { note: '第一次' })).statusCode).toBe(200);
    const again = await closeFollowupOf(w, w.staff2, c.id, { note: '第二次' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INVALID_STATE');
    expect((await storedEvaluation(w, c.id))?.followup).toMatchObject({
      note: '第一次',
      closedBy: { userId: w.staff.userId },
    });
  });

  it('two staff closing at once: one 200, one 409', async () => {
    const c = await rated(1);
    const answers = await Promise.all([
      closeFollowupOf(w, w.staff, c.id, { note: '甲' }),
      closeFollowupOf(w, w.staff2, c.id, { note: '乙' }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((r) => r.statusCode === 200)?.json().note;
    expect((await storedEvaluation(w, c.id))?.followup).toMatchObject({ status: 'closed', note: winner });
  });

  it('another department 404; a resident 403; no follow-up 404; a bad note 400 — nothing changes', async () => {
    const c = await rated(2);
    const other = await closeFollowupOf(w, w.otherStaff, c.id, { note: '越权' });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    const byResident = await closeFollowupOf(w, w.alice, c.id, { note: '自己关' });
    expect(byResident.statusCode).toBe(403);
    expect(byResident.json().error.code).toBe('FORBIDDEN');
    for (const payload of [{}, { note: '' }, { note: '长'.repeat(501) }, { note: '好', extra: 1 }]) {
      const bad = await closeFollowupOf(w, w.staff, c.id, payload);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await storedEvaluation(w, c.id))?.followup).toMatchObject({ status: 'open' });
    const good = await rated(5);
    const none = await closeFollowupOf(w, w.staff, good.id, { note: '无需回访' });
    expect(none.statusCode).toBe(404);
    expect((await storedEvaluation(w, good.id))?.followup).toBeNull();
  });
});
