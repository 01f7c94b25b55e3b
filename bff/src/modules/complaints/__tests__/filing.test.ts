import { Types } from 'mongoose';
import { addWorkingDays, type ApplicationView, type ComplaintList, type ComplaintView } from '@onetrip/shared';
import { submittedCase, FREE_A } from '../../staff/testing/world';
import {
  complaint,
  complaintWorld,
  DEPT_A,
  file,
  filed,
  freshResident,
  GROUP,
  photoOf,
  type ComplaintWorld,
} from '../testing/world';

let w: ComplaintWorld;
let aliceCase: ApplicationView;

const stored = (id: string) => w.app.db.collection('complaints').findOne({ _id: new Types.ObjectId(id) });
const count = () => w.app.db.collection('complaints').countDocuments();

beforeAll(async () => {
  w = await complaintWorld('cpf');
  aliceCase = await submittedCase(w, w.alice, [FREE_A]);
});
afterAll(async () => {
  await w.t.close();
});

describe('POST /complaints', () => {
  it('files a complaint about her own case with a photo: numbered, due in 5 working days, the photo kept', async () => {
    const photo = await photoOf(w, w.alice);
    const res = await file(w, w.alice, complaint({ photos: [photo], about: { type: 'case', caseId: aliceCase.id } }));
    expect(res.statusCode).toBe(201);
    const view = res.json<ComplaintView>();
    expect(view).toMatchObject({
      number: expect.stringMatching(/^TS\d{8}\d{6}$/),
      kind: '投诉',
      category: '办事效率',
      status: 'pending',
      photos: [photo],
      about: { type: 'case', caseId: aliceCase.id, itemNames: ['测试甲事项'] },
      answers: [],
      ratings: [],
      canRate: false,
      deadline: { light: 'green' },
    });
    const filedAt = new Date(view.filedAt);
    expect(view.deadline.dueAt).toBe(addWorkingDays(filedAt, 5, w.calendars).toISOString());
    const doc = await stored(view.id);
    expect(doc).toMatchObject({ userId: w.alice.userId, departments: [DEPT_A], status: 'pending', round: 1 });
    // The photo is in use: its owner cannot delete it from under the complaint.
    const upload = await w.app.db.collection('uploads').findOne({ _id: new Types.ObjectId(photo) });
    expect(upload?.usedBy.map(String)).toContain(view.id);
    expect((await w.call(w.alice, 'DELETE', `/uploads/${photo}`)).statusCode).toBe(409);
  });

  it('answers 404 for a case of someone else (and an unknown one), storing nothing', async () => {
    const before = await count();
    for (const caseId of [aliceCase.id, new Types.ObjectId().toHexString()]) {
      const res = await file(w, w.bob, complaint({ about: { type: 'case', caseId } }));
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
    expect(await count()).toBe(before);
  });

  it('refuses a draft case (409): it has no number and no one has handled it yet', async () => {
    const draft = (await w.call(w.bob, 'POST', '/applications', { payload: { items: [FREE_A] } })).json<{
      id: string;
    }>();
    const res = await file(w, w.bob, complaint({ about: { type: 'case', caseId: draft.id } }));
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('refuses photos that are not her own images (another person’s, a PDF, an unknown id): 400 naming each', async () => {
    const bobs = await photoOf(w, w.bob);
    const pdf = await photoOf(w, w.alice, 'pdf');
    const unknown = new Types.ObjectId().toHexString();
    const before = await count();
    const res = await file(w, w.alice, complaint({ photos: [bobs, pdf, unknown] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(
      res
        .json()
        .error.details.map((d: { id: string }) => d.id)
        .sort(),
    ).toEqual([bobs, pdf, unknown].sort());
    expect(await count()).toBe(before);
    const bobsUpload = await w.app.db.collection('uploads').findOne({ _id: new Types.ObjectId(bobs) });
    expect(bobsUpload?.usedBy).toEqual([]);
  });

  it('files about a window of the hall (its group’s departments concern it) or the centre; an unknown window is 404', async () => {
    const window = await filed(w, w.bob, {
      category: '窗口纪律',
      about: { type: 'window', group: GROUP, window: 'K02' },
    });
    expect(window.about).toEqual({ type: 'window', group: GROUP, groupName: '测试投诉窗口', window: 'K02' });
    expect((await stored(window.id))?.departments).toEqual([DEPT_A]);
    const centre = await filed(w, w.bob, { kind: '建议', category: '系统使用', text: '希望增加夜间预约时段。' });
    expect(centre.about).toEqual({ type: 'centre' });
    expect((await stored(centre.id))?.departments).toEqual([]);
    for (const about of [
      { type: 'window', group: GROUP, window: 'K09' },
      { type: 'window', group: 'no-such-group' },
    ]) {
      const res = await file(w, w.bob, complaint({ about }));
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
  });

  it.each([
    ['a text over 500 characters', { text: '慢'.repeat(501) }],
    ['an empty text', { text: '   ' }],
    ['four photos', { photos: Array.from({ length: 4 }, () => new Types.ObjectId().toHexString()) }],
    ['an unknown category', { category: '其它问题' }],
    ['an unknown kind', { kind: '表扬' }],
    ['an extra field', { userId: new Types.ObjectId().toHexString() }],
  ])('refuses %s with 400', async (_, over) => {
    const res = await file(w, w.bob, complaint(over));
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('allows 5 filings a day per person: the 6th is 429 RATE_LIMITED with Retry-After, and nothing is stored', async () => {
    const flood = await freshResident(w, 'cpf_flood');
    const answers = await Promise.all(Array.from({ length: 5 }, () => file(w, flood, complaint())));
    expect(answers.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const sixth = await file(w, flood, complaint());
    expect([sixth.statusCode, sixth.json().error.code]).toEqual([429, 'RATE_LIMITED']);
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
    expect(await w.app.db.collection('complaints').countDocuments({ userId: flood.userId })).toBe(5);
    // Two at once cannot both be the fifth: another person, six at once → five stored.
    const burst = await freshResident(w, 'cpf_burst');
    const six = await Promise.all(Array.from({ length: 6 }, () => file(w, burst, complaint())));
    expect(six.map((r) => r.statusCode).sort()).toEqual([201, 201, 201, 201, 201, 429]);
    expect(await w.app.db.collection('complaints').countDocuments({ userId: burst.userId })).toBe(5);
  });

  it('numbers are unique among filings at the same moment', async () => {
    const people = await Promise.all([freshResident(w, 'cpf_n1'), freshResident(w, 'cpf_n2')]);
    const views = await Promise.all(people.flatMap((p) => [filed(w, p), filed(w, p)]));
    expect(new Set(views.map((v) => v.number)).size).toBe(4);
  });
});

describe('GET /complaints, GET /complaints/:id', () => {
  it('lists only her own complaints, latest first, and reads another’s as 404', async () => {
    const mine = await filed(w, w.alice, { text: '窗口工作人员态度生硬。', category: '服务态度' });
    const list = (await w.call(w.alice, 'GET', '/complaints')).json<ComplaintList>();
    expect(list.items[0]).toMatchObject({ id: mine.id, excerpt: '窗口工作人员态度生硬。', status: 'pending' });
    const stored = await w.app.db.collection('complaints').find({ userId: w.alice.userId }).toArray();
    expect(list.total).toBe(stored.length);
    const bobs = (await w.call(w.bob, 'GET', '/complaints')).json<ComplaintList>();
    expect(bobs.items.map((i) => i.id)).not.toContain(mine.id);
    expect((await w.call(w.alice, 'GET', `/complaints/${mine.id}`)).statusCode).toBe(200);
    const other = await w.call(w.bob, 'GET', `/complaints/${mine.id}`);
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await w.call(w.bob, 'GET', '/complaints/nonsense')).statusCode).toBe(400);
  });
});
