import {
  type ApplicationView,
  type ChaseResult,
  type ProgressView,
  type StaffApplicationView,
  type StaffQueue,
} from '@onetrip/shared';
import { sendStaffMessagesOnce } from '..';
import { storedCase } from '../../applications/testing/cases';
import { messagesTo } from '../../notifications/testing/outbox-world';
import { act, daysAgo, DEPT_A, FREE_A, FREE_B, staffView, submittedCase } from '../../staff/testing/world';
import { staffMessageModel } from '../staff-message.model';
import { acceptedAt, chase, dashboardOf, supervisionWorld, type SupervisionWorld } from '../testing/world';

let w: SupervisionWorld;
beforeAll(async () => {
  w = await supervisionWorld('svc');
});
afterAll(async () => {
  await w.t.close();
});

const messagesOfCase = async (caseId: string) =>
  staffMessageModel(w.app.db).find({ caseId }).sort({ userId: 1 }).lean();
const chasedEvents = (timeline: { action: string }[] | undefined) =>
  (timeline ?? []).filter((e) => e.action === 'chased');

describe('POST /admin/supervision/cases/:id/chase', () => {
  it('puts the chase on the case, tells the department’s staff and head, and is audited', async () => {
    const red = await acceptedAt(w, [FREE_A], daysAgo(30));
    const res = await chase(w, w.admin, red.id, { note: '请今天内审批' });
    expect(res.statusCode).toBe(201);
    const done = res.json<ChaseResult>();
    // DEPT_A: staffA, staffA2 and the head.
    expect(done.notified).toBe(3);

    const stored = await storedCase(w.app, red.id);
    expect(chasedEvents(stored?.timeline)).toEqual([
      {
        at: new Date(done.chasedAt),
        actor: { role: 'admin', userId: w.admin.userId },
        action: 'chased',
        note: '请今天内审批',
      },
    ]);
    expect(stored?.chase).toMatchObject({ by: w.admin.userId, note: '请今天内审批', status: 'accepted' });

    const queued = await messagesOfCase(red.id);
    expect(queued.map((m) => m.userId).sort()).toEqual([w.staffA.userId, w.staffA2.userId, w.headA.userId].sort());
    expect(queued.every((m) => m.status === 'pending' && m.kind === 'chase')).toBe(true);

    const audit = await w.app.db.collection('audit_logs').find({ caseId: red.id, action: 'case.chased' }).toArray();
    expect(audit).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ userId: w.admin.userId, role: 'admin' }),
        target: DEPT_A,
      }),
    ]);

    // The send pass delivers them: the head's subscription message opens the case on the staff pages.
    await sendStaffMessagesOnce(w.app);
    const ref = queued.find((m) => m.userId === w.headA.userId)?.ref;
    const received = (await messagesTo(w.t.mockBase, 'openid_svc_head_a')).filter(
      (m) => m.data.character_string9?.value === ref,
    );
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      page: `staff/case/index?id=${red.id}`,
      data: {
        character_string1: { value: stored?.number },
        thing3: { value: '效能监察催办' },
        thing5: { value: '请今天内审批' },
      },
    });
    expect((await messagesOfCase(red.id)).every((m) => m.status === 'sent')).toBe(true);
    // DEPT_B's head was not told.
    expect((await staffMessageModel(w.app.db).find({ userId: w.headB.userId }).lean()).length).toBe(0);
  });

  it('shows the chase to the window (banner, queue row, timeline) and not to the resident', async () => {
    const red = await acceptedAt(w, [FREE_A], daysAgo(30));
    const done = (await chase(w, w.admin, red.id, { note: '加急' })).json<ChaseResult>();

    const staff = await staffView(w, w.staffA, red.id);
    expect(staff.chase).toEqual({ at: done.chasedAt, note: '加急' });
    expect(chasedEvents(staff.timeline)).toEqual([expect.objectContaining({ action: 'chased', note: '加急' })]);
    const queue = (await w.call(w.staffA, 'GET', '/staff/applications?stage=approval')).json<StaffQueue>();
    expect(queue.items.find((r) => r.id === red.id)?.chasedAt).toBe(done.chasedAt);

    const own = (await w.call(w.alice, 'GET', `/applications/${red.id}`)).json<ApplicationView>();
    expect(own.timeline.length).toBeGreaterThan(0);
    expect(chasedEvents(own.timeline)).toEqual([]);
    expect(JSON.stringify(own)).not.toContain('加急');
    const phone = w.app.pii.decrypt((await storedCase(w.app, red.id))?.applicant?.phoneEnc ?? '');
    const progress = await w.t.app.inject({
      method: 'GET',
      url: `/api/v1/progress?number=${staff.number}&phoneLast4=${phone.slice(-4)}`,
    });
    expect(progress.statusCode).toBe(200);
    expect(progress.json<ProgressView>().timeline.map((e) => e.label)).not.toContain('效能监察催办');

    // The dashboard's red list says it was chased.
    const view = await dashboardOf(w, w.admin);
    expect(view.overdue.find((c) => c.id === red.id)?.chasedAt).toBe(done.chasedAt);

    // Once the office acts (the case moves on), the window no longer shows it as chased.
    const approved = await act(w, w.staffA, red.id, `items/${FREE_A}/approve`, staff.version, {});
    expect(approved.json<StaffApplicationView>().chase).toBeUndefined();
  });

  it('refuses a second chase within the hour (429, Retry-After) and writes nothing', async () => {
    const red = await acceptedAt(w, [FREE_A], daysAgo(30));
    expect((await chase(w, w.admin, red.id)).statusCode).toBe(201);
    const before = await storedCase(w.app, red.id);
    const again = await chase(w, w.admin, red.id, { note: '再催' });
    expect([again.statusCode, again.json().error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(again.json().error.message).toMatch(/1 小时内不能重复催办/);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(3_500);
    expect(await storedCase(w.app, red.id)).toEqual(before);
    expect(await messagesOfCase(red.id)).toHaveLength(3);
  });

  it('of two chases at once exactly one is written', async () => {
    const red = await acceptedAt(w, [FREE_B], daysAgo(30), w.staffB);
    const answers = await Promise.all([chase(w, w.admin, red.id), chase(w, w.admin, red.id)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 429]);
    expect(chasedEvents((await storedCase(w.app, red.id))?.timeline)).toHaveLength(1);
    // DEPT_B: staffB and the head; the refused chase's held messages are gone.
    expect(await messagesOfCase(red.id)).toHaveLength(2);
  });

  it('refuses a case that does not wait on a department (409) and an unknown one (404); nothing written', async () => {
    const rejected = await submittedCase(w, w.alice, [FREE_A]);
    await act(w, w.staffA, rejected.id, 'reject', rejected.version, { reason: '不符合条件' });
    const noticed = await submittedCase(w, w.alice, [FREE_A]);
    await act(w, w.staffA, noticed.id, 'supplement', noticed.version, {
      problems: [{ field: 'purpose', reason: '补' }],
    });
    const draft = (
      await w.call(w.alice, 'POST', '/applications', { payload: { items: [FREE_A] } })
    ).json<ApplicationView>();
    for (const id of [rejected.id, noticed.id, draft.id]) {
      const before = await storedCase(w.app, id);
      const res = await chase(w, w.admin, id);
      expect([res.statusCode, res.json().error.code]).toEqual([409, 'INVALID_STATE']);
      expect(await storedCase(w.app, id)).toEqual(before);
      expect(await messagesOfCase(id)).toEqual([]);
    }
    const unknown = await chase(w, w.admin, '0123456789abcdef01234567');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await chase(w, w.admin, 'not-an-id');
    expect(bad.statusCode).toBe(400);
  });

  it('takes a note of at most 200 characters and nothing else', async () => {
    const red = await acceptedAt(w, [FREE_A], daysAgo(30));
    for (const payload of [{ note: '催'.repeat(201) }, { note: '' }, { note: '加急', priority: 1 }]) {
      const res = await chase(w, w.admin, red.id, payload);
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(chasedEvents((await storedCase(w.app, red.id))?.timeline)).toEqual([]);
    const noBody = await w.call(w.admin, 'POST', `/admin/supervision/cases/${red.id}/chase`);
    expect(noBody.statusCode).toBe(201);
  });

  it('is the admin’s alone: staff of the department and its head get 403, and nothing is written', async () => {
    const red = await acceptedAt(w, [FREE_A], daysAgo(30));
    const before = await storedCase(w.app, red.id);
    for (const who of [w.staffA, w.headA, w.alice]) {
      const res = await chase(w, who, red.id);
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
    }
    expect(await storedCase(w.app, red.id)).toEqual(before);
    expect(await messagesOfCase(red.id)).toEqual([]);
  });

  it('settles messages held by a chase that crashed: sent when the chase is on the case, else removed', async () => {
    const red = await acceptedAt(w, [FREE_A], daysAgo(30));
    const done = (await chase(w, w.admin, red.id)).json<ChaseResult>();
    const Messages = staffMessageModel(w.app.db);
    const long = daysAgo(1);
    // As if the copy had died after the case write (held, chase on the case) or before it (held, no chase).
    await Messages.updateMany({ caseId: red.id }, { $set: { status: 'held', createdAt: long } });
    const orphan = { ...(await Messages.findOne({ caseId: red.id }).lean()), _id: 'orphan:x', source: 'orphan' };
    await Messages.create({ ...orphan, chasedAt: daysAgo(2) });
    await sendStaffMessagesOnce(w.app);
    const after = await Messages.find({ caseId: red.id }).lean();
    expect(after.filter((m) => m.source === 'orphan')).toEqual([]);
    expect(after.filter((m) => m.status === 'sent').map((m) => m.chasedAt?.toISOString())).toEqual(
      Array(3).fill(done.chasedAt),
    );
  });
});
