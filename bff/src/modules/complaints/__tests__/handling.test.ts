import { Types } from 'mongoose';
import {
  addWorkingDays,
  type ApplicationView,
  type ComplaintList,
  type ComplaintView,
  type SupervisionComplaintView,
  type SupervisionView,
} from '@onetrip/shared';
import { daysAgo, FREE_A, FREE_B, submittedCase } from '../../staff/testing/world';
import { arm, messagesWithRef, textsWithRef } from '../../notifications/testing/outbox-world';
import { acceptedAtFor } from '../../supervision/testing/world';
import { sendComplaintMessagesOnce } from '..';
import {
  answer,
  CENTRE_PHONE,
  complaintWorld,
  filed,
  freshResident,
  photoOf,
  rate,
  type ComplaintWorld,
} from '../testing/world';

let w: ComplaintWorld;
let caseA: ApplicationView;
let caseB: ApplicationView;

const col = () => w.app.db.collection('complaints');
const stored = (id: string) => col().findOne({ _id: new Types.ObjectId(id) });
const supervised = (id: string, who = w.admin) => w.call(who, 'GET', `/supervision/complaints/${id}`);
const queue = async (query = '', who = w.admin) =>
  (await w.call(who, 'GET', `/supervision/complaints${query}`)).json<ComplaintList>();
const auditOf = (action: string, target: string) =>
  w.app.db.collection('audit_logs').find({ action, target }).toArray();

beforeAll(async () => {
  w = await complaintWorld('cph');
  caseA = await submittedCase(w, w.alice, [FREE_A]);
  caseB = await submittedCase(w, w.alice, [FREE_B]);
});
afterAll(async () => {
  await w.t.close();
});

describe('who handles complaints', () => {
  it('refuses residents, agents and staff who are not a department’s head (403) before reading anything', async () => {
    const c = await filed(w, w.alice, { about: { type: 'case', caseId: caseA.id } });
    for (const who of [w.alice, w.bob, w.staffA, w.staffC]) {
      for (const res of [
        await w.call(who, 'GET', '/supervision/complaints'),
        await supervised(c.id, who),
        await answer(w, who, c),
      ])
        expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await stored(c.id))?.status).toBe('pending');
    expect(await auditOf('complaint.read', c.id)).toEqual([]);
  });

  it('a department’s head sees and answers those of their department only; another’s is 404', async () => {
    const aboutA = await filed(w, w.alice, { about: { type: 'case', caseId: caseA.id } });
    const aboutB = await filed(w, w.alice, { about: { type: 'case', caseId: caseB.id } });
    const general = await filed(w, w.bob);
    const ofA = (await queue('', w.headA)).items.map((i) => i.id);
    expect(ofA).toContain(aboutA.id);
    expect(ofA).not.toContain(aboutB.id);
    expect(ofA).not.toContain(general.id);
    for (const id of [aboutB.id, general.id]) {
      expect((await supervised(id, w.headA)).statusCode).toBe(404);
      expect((await answer(w, w.headA, { id, version: 1 })).statusCode).toBe(404);
    }
    expect((await supervised(aboutA.id, w.headA)).statusCode).toBe(200);
    const all = (await queue()).items.map((i) => i.id);
    expect(all).toEqual(expect.arrayContaining([aboutA.id, aboutB.id, general.id]));
  });

  it('an audited read shows the filer masked, and a photo only to those who answer it (audited)', async () => {
    const photo = await photoOf(w, w.alice);
    const c = await filed(w, w.alice, { photos: [photo], about: { type: 'case', caseId: caseA.id } });
    const res = await supervised(c.id);
    expect(res.statusCode).toBe(200);
    const view = res.json<SupervisionComplaintView>();
    expect(view.complainant).toEqual({ name: '王*英', phoneMasked: expect.stringMatching(/^1\d{2}\*{4}\d{4}$/) });
    expect(view.departments).toEqual(['县测试局']);
    expect(JSON.stringify(view)).not.toContain(w.alice.userId);
    expect(await auditOf('complaint.read', c.id)).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ userId: w.admin.userId }), caseId: caseA.id }),
    ]);
    expect((await w.call(w.admin, 'GET', `/uploads/${photo}`)).statusCode).toBe(200);
    expect((await w.call(w.headA, 'GET', `/uploads/${photo}`)).statusCode).toBe(200);
    for (const who of [w.headB, w.bob, w.staffC])
      expect((await w.call(who, 'GET', `/uploads/${photo}`)).statusCode).toBe(404);
    const reads = await auditOf('upload.read', photo);
    expect(reads.map((r) => r.actor.userId).sort()).toEqual([w.admin.userId, w.headA.userId].sort());
  });
});

describe('GET /supervision/complaints: the queue', () => {
  it('lists waiting complaints overdue first, with lights, filterable by light', async () => {
    const people = await Promise.all([freshResident(w, 'cph_q1'), freshResident(w, 'cph_q2')]);
    const [green, red, yellow] = [await filed(w, people[0]), await filed(w, people[0]), await filed(w, people[1])];
    // Moved back in time as stored: filed long enough ago to be overdue, and on its last working day.
    for (const [c, light] of [
      [red, 'red'],
      [yellow, 'yellow'],
    ] as const) {
      const at = acceptedAtFor(light, 5, w.calendars);
      await col().updateOne(
        { _id: new Types.ObjectId(c.id) },
        { $set: { roundAt: at, filedAt: at, dueAt: addWorkingDays(at, 5, w.calendars) } },
      );
    }
    const rows = (await queue('?pageSize=50')).items;
    const ours = rows.filter((r) => [green.id, red.id, yellow.id].includes(r.id));
    expect(ours.map((r) => [r.id, r.light])).toEqual([
      [red.id, 'red'],
      [yellow.id, 'yellow'],
      [green.id, 'green'],
    ]);
    const dues = rows.map((r) => r.dueAt);
    expect(dues).toEqual([...dues].sort());
    const reds = await queue('?light=red&pageSize=50');
    expect(reds.items.every((r) => r.light === 'red')).toBe(true);
    expect(reds.items.map((r) => r.id)).toContain(red.id);
    expect((await w.call(w.admin, 'GET', '/supervision/complaints?light=blue')).statusCode).toBe(400);
    // The dashboard counts them, as of now.
    const dashboard = (await w.call(w.admin, 'GET', '/admin/supervision')).json<SupervisionView>();
    const waiting = await col().countDocuments({ status: 'pending' });
    expect(dashboard.complaints).toMatchObject({ open: waiting });
    expect(dashboard.complaints.overdue).toBeGreaterThanOrEqual(1);
    expect(dashboard.complaints.dueSoon).toBeGreaterThanOrEqual(1);
  });
});

describe('answering and rating', () => {
  it('answers once with If-Match, audited; the filer is told by WeChat with 12345 and the centre’s phone', async () => {
    const filer = await freshResident(w, 'cph_told');
    const c = await filed(w, filer);
    const stale = await answer(w, w.admin, { ...c, version: c.version + 1 });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const res = await answer(w, w.admin, c);
    expect(res.statusCode).toBe(200);
    const view = res.json<ComplaintView>();
    expect(view).toMatchObject({ status: 'answered', canRate: true, deadline: { light: null } });
    expect(view.answers).toEqual([{ text: expect.stringContaining('已督促'), at: expect.any(String) }]);
    expect(JSON.stringify(view)).not.toContain(w.admin.userId);
    const again = await answer(w, w.admin, view);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(await auditOf('complaint.answer', c.id)).toHaveLength(1);

    const ref = (await stored(c.id))?.message.ref as string;
    await sendComplaintMessagesOnce(w.app);
    const [message] = await messagesWithRef(w.mockBase, filer.openid, ref);
    expect(message).toMatchObject({
      page: `complaint/detail/index?id=${c.id}`,
      data: {
        character_string1: { value: c.number },
        thing2: { value: '投诉：办事效率' },
        thing3: { value: '已答复' },
        thing5: { value: `可拨${CENTRE_PHONE}或12345` },
      },
    });
    for (const [key, value] of Object.entries(message?.data ?? {}))
      if (key.startsWith('thing')) expect([...value.value].length).toBeLessThanOrEqual(20);
    expect(await stored(c.id)).toMatchObject({ message: { status: 'sent', channel: 'wechat' }, messagePending: false });
    // Sent once: a later pass sends nothing more.
    await sendComplaintMessagesOnce(w.app);
    expect(await messagesWithRef(w.mockBase, filer.openid, ref)).toHaveLength(1);
  });

  it('texts the answer when WeChat cannot reach the filer, naming 12345 and the centre’s phone', async () => {
    const filer = await freshResident(w, 'cph_sms');
    const c = await filed(w, filer, { kind: '建议', category: '系统使用' });
    expect((await answer(w, w.admin, c)).statusCode).toBe(200);
    await arm(w.mockBase, 'not-subscribed', filer.openid);
    await sendComplaintMessagesOnce(w.app);
    const ref = (await stored(c.id))?.message.ref as string;
    const [text] = await textsWithRef(w.mockBase, filer.phone, ref);
    expect(text?.params.text).toContain(c.number);
    expect(text?.params.text).toContain('12345');
    expect(text?.params.text).toContain(CENTRE_PHONE);
    expect(await stored(c.id)).toMatchObject({ message: { status: 'sent', channel: 'sms' } });
  });

  it('rates once, only after the answer; 不满意 reopens it for a second answer, which is final', async () => {
    const c = await filed(w, w.alice, { about: { type: 'case', caseId: caseA.id } });
    const early = await rate(w, w.alice, c.id, { result: '满意' });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'INVALID_STATE']);
    await answer(w, w.headA, c);
    expect((await rate(w, w.bob, c.id, { result: '满意' })).statusCode).toBe(404);
    expect((await rate(w, w.alice, c.id, { result: '很好' })).statusCode).toBe(400);
    const unhappy = await rate(w, w.alice, c.id, { result: '不满意', text: '问题没有解决' });
    expect(unhappy.statusCode).toBe(200);
    const reopened = unhappy.json<ComplaintView>();
    expect(reopened).toMatchObject({ status: 'pending', canRate: false, ratings: [{ result: '不满意' }] });
    expect(await stored(c.id)).toMatchObject({ round: 2, status: 'pending' });
    expect((await queue()).items.find((r) => r.id === c.id)).toMatchObject({ round: 2, light: 'green' });
    const twice = await rate(w, w.alice, c.id, { result: '满意' });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'INVALID_STATE']);
    const second = (await answer(w, w.admin, reopened)).json<ComplaintView>();
    expect(second.answers).toHaveLength(2);
    const final = await rate(w, w.alice, c.id, { result: '不满意' });
    expect(final.json<ComplaintView>()).toMatchObject({ status: 'rated', canRate: false });
    expect((await rate(w, w.alice, c.id, { result: '满意' })).statusCode).toBe(409);
    expect((await stored(c.id))?.ratings).toHaveLength(2);
  });

  it('two ratings at once: one stored', async () => {
    const filer = await freshResident(w, 'cph_twice');
    const c = await filed(w, filer);
    await answer(w, w.admin, c);
    const both = await Promise.all([
      rate(w, filer, c.id, { result: '满意' }),
      rate(w, filer, c.id, { result: '基本满意' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await stored(c.id))?.ratings).toHaveLength(1);
  });

  it('an answer left unrated for 7 days is 已办结 and can no longer be rated', async () => {
    const filer = await freshResident(w, 'cph_late');
    const c = await filed(w, filer);
    await answer(w, w.admin, c);
    await col().updateOne({ _id: new Types.ObjectId(c.id) }, { $set: { 'answers.0.at': daysAgo(8) } });
    const view = (await w.call(filer, 'GET', `/complaints/${c.id}`)).json<ComplaintView>();
    expect(view).toMatchObject({ status: 'closed', canRate: false });
    expect((await rate(w, filer, c.id, { result: '满意' })).statusCode).toBe(409);
    expect((await queue('?status=closed&pageSize=50')).items.map((r) => r.id)).toContain(c.id);
  });
});
