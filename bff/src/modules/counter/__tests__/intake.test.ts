import { Types } from 'mongoose';
import {
  type ApplicationView,
  type CounterCaseView,
  type ProgressView,
  type StaffApplicationView,
} from '@onetrip/shared';
import { ifMatch, storedCase, uploadOf } from '../../applications/testing/cases';
import {
  act,
  counterWorld,
  DEPT,
  GAP_ITEM,
  HALL,
  register,
  SIMPLE,
  startCase,
  walkIn,
  type CounterWorld,
} from '../testing/world';

let w: CounterWorld;
beforeAll(async () => {
  w = await counterWorld();
});
afterAll(async () => {
  await w.t.close();
});

const auditActions = async (caseId: string) =>
  (await w.app.db.collection('audit_logs').find({ caseId }).sort({ at: 1, _id: 1 }).toArray()).map((e) => [
    e.action,
    e.actor.userId,
  ]);

describe('walk-in intake at the counter by a comprehensive clerk', () => {
  it('finds nobody, registers the person, starts one case for two items, fills, scans, checks originals, chooses express and accepts in one visit', async () => {
    const who = walkIn('王秀英');
    // Nobody with that ID number yet.
    const none = await w.call(w.front, 'POST', '/counter/persons/lookup', { payload: { idNumber: who.idNumber } });
    expect([none.statusCode, none.json()]).toEqual([200, { person: null }]);

    const person = await register(w, w.front, who);
    expect(person).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      name: '王秀英',
      idNumberMasked: `${who.idNumber.slice(0, 3)}***********${who.idNumber.slice(-4)}`,
      phoneMasked: `${who.phone.slice(0, 3)}****${who.phone.slice(-4)}`,
      wechatVerified: false,
      updatedAt: expect.any(String),
    });
    const stored = await w.app.db.collection('counter_persons').findOne({ _id: new Types.ObjectId(person.id) });
    expect(JSON.stringify(stored)).not.toContain(who.idNumber);
    expect(JSON.stringify(stored)).not.toContain(who.phone);

    const found = await w.call(w.front, 'POST', '/counter/persons/lookup', { payload: { idNumber: who.idNumber } });
    expect(found.json()).toEqual({ person });

    // 一次办多事: two items of one department in one case; the person is never asked again.
    let view = await startCase(w, w.front, person.id, [SIMPLE, GAP_ITEM]);
    expect(view).toMatchObject({
      status: 'draft',
      items: [{ code: SIMPLE }, { code: GAP_ITEM }],
      submittedBy: { role: 'staff', userId: w.front.userId },
      counter: { hall: HALL, personId: person.id, startedBy: w.front.userId },
      applicant: { name: '王秀英', idNumberMasked: person.idNumberMasked, phoneMasked: person.phoneMasked },
      data: { applicantName: '王秀英', applicantIdNumber: person.idNumberMasked, applicantPhone: person.phoneMasked },
      delivery: null,
    });
    expect(view.materials.map((m) => [m.code, m.originalChecked])).toEqual([
      ['id_card', false],
      ['photo', false],
      ['household_register', false],
    ]);
    expect(view.missing).toEqual([
      { field: 'purpose', reason: expect.any(String), gapAllowed: false },
      { field: 'delivery', reason: '请选择领取方式', gapAllowed: false },
      { materialCode: 'id_card', reason: expect.any(String), gapAllowed: false },
      { materialCode: 'household_register', reason: expect.any(String), gapAllowed: true },
    ]);

    const address = {
      name: '王秀英',
      phone: who.phone,
      region: ['山东省', '临沂市', '莒南县'],
      detail: '十字路街道人民路8号',
    };
    const patched = await act(w, w.front, 'PATCH', view, '', {
      data: { purpose: '入学' },
      delivery: { method: 'express', address },
    });
    expect(patched.statusCode).toBe(200);
    view = patched.json<CounterCaseView>();
    expect(view.delivery).toEqual({
      method: 'express',
      address: { name: '王秀英', phoneMasked: person.phoneMasked, region: address.region, detail: address.detail },
    });
    // One parcel for both items' certificates.
    expect(view.fee).toEqual({ items: 1000, express: 1000, total: 2000, due: 'submit', payableNow: false });

    const scan = await uploadOf(w.app, w.front);
    view = (await act(w, w.front, 'PUT', view, '/materials/id_card', { uploadIds: [scan] })).json<CounterCaseView>();
    const checked = await act(w, w.front, 'PUT', view, '/materials/id_card/original', { checked: true });
    expect(checked.statusCode).toBe(200);
    view = checked.json<CounterCaseView>();
    expect(view.materials.find((m) => m.code === 'id_card')).toMatchObject({
      uploadIds: [scan],
      originalChecked: true,
    });
    expect(view.missing).toEqual([
      { materialCode: 'household_register', reason: expect.any(String), gapAllowed: true },
    ]);

    // The 户口簿 is at home: accepted with a gap (容缺受理) due on a day the clerk names.
    const accepted = await act(w, w.front, 'POST', view, '/accept', {
      gaps: ['household_register'],
      gapsDue: '2099-01-01',
    });
    expect(accepted.statusCode).toBe(400);
    const due = new Date(Date.now() + 10 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const ok = await act(w, w.front, 'POST', view, '/accept', { gaps: ['household_register'], gapsDue: due });
    expect(ok.statusCode).toBe(200);
    view = ok.json<CounterCaseView>();
    expect(ok.headers.etag).toBe(`"${view.version}"`);
    expect(view).toMatchObject({
      status: 'accepted',
      number: expect.stringMatching(/^ZW[0-9]{14}$/),
      gaps: ['household_register'],
      gapsDue: due,
      acceptedAt: expect.any(String),
      deadline: { light: 'green', paused: false },
    });
    expect(view.timeline.map((e) => [e.action, e.actor.role])).toEqual([
      ['created', 'staff'],
      ['submitted', 'staff'],
      ['accepted', 'staff'],
    ]);

    // As stored: accepted by the clerk (受审分离 binds them), the message to the person queued in the same write.
    const doc = await storedCase(w.app, view.id);
    expect(doc?.timeline.at(-1)).toMatchObject({
      action: 'accepted',
      actor: { role: 'staff', userId: w.front.userId },
    });
    expect(doc?.outbox.map((e: { kind: string }) => e.kind)).toEqual(['accepted']);
    expect(doc?.counter).toMatchObject({ hall: HALL, clerkId: w.front.userId, personId: person.id });
    expect(doc?.materials[0].originalCheck).toEqual({ by: w.front.userId, at: expect.any(Date) });
    expect(doc?.ownerId).toMatch(/^unverified:[0-9a-f]{64}$/);

    // Every counter action, audited with the clerk.
    expect(await auditActions(view.id)).toEqual([
      ['counter.case.created', w.front.userId],
      ['counter.case.edit', w.front.userId],
      ['counter.case.material', w.front.userId],
      ['counter.case.original', w.front.userId],
      ['counter.case.accepted', w.front.userId],
    ]);
    const personReads = await w.app.db
      .collection('audit_logs')
      .find({ action: { $in: ['counter.person.read', 'counter.person.register'] }, target: person.id })
      .toArray();
    expect(personReads.map((e) => [e.action, e.actor.userId]).sort()).toEqual([
      ['counter.person.read', w.front.userId],
      ['counter.person.register', w.front.userId],
    ]);

    // The public progress lookup follows it meanwhile (number + the phone's last four digits).
    const progress = await w.t.app.inject({
      method: 'GET',
      url: `/api/v1/progress?number=${view.number}&phoneLast4=${who.phone.slice(-4)}`,
    });
    expect(progress.statusCode).toBe(200);
    expect(progress.json<ProgressView>()).toMatchObject({ number: view.number, status: 'accepted' });

    // The departments see it in their approval queue, with the originals checked at the counter.
    const staffView = await w.call(w.dept, 'GET', `/staff/applications/${view.id}`);
    expect(staffView.statusCode).toBe(200);
    expect(staffView.json<StaffApplicationView>()).toMatchObject({
      status: 'accepted',
      counter: { hall: HALL },
      gapsDue: due,
      materials: [
        { code: 'id_card', originalChecked: true },
        { code: 'photo', originalChecked: false },
        { code: 'household_register', originalChecked: false },
      ],
    });
  });

  it('takes a gap material brought later at the counter, which closes the gap', async () => {
    const person = await register(w, w.front, walkIn('赵桂兰'));
    let view = await startCase(w, w.front, person.id, [GAP_ITEM]);
    view = (
      await act(w, w.front, 'PATCH', view, '', { data: { purpose: '落户' }, delivery: { method: 'window' } })
    ).json();
    view = (
      await act(w, w.front, 'PUT', view, '/materials/id_card', { uploadIds: [await uploadOf(w.app, w.front)] })
    ).json();
    view = (await act(w, w.front, 'POST', view, '/accept', { gaps: ['household_register'] })).json();
    expect(view.gapsDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Another clerk of the hall takes it when the person comes back.
    const later = (await w.call(w.front2, 'GET', `/counter/cases/${view.id}`)).json<CounterCaseView>();
    const brought = await act(w, w.front2, 'PUT', later, '/materials/household_register', {
      uploadIds: [await uploadOf(w.app, w.front2)],
    });
    expect(brought.statusCode).toBe(200);
    expect(brought.json<CounterCaseView>().gaps).toBeUndefined();
    expect(brought.json<CounterCaseView>().timeline.at(-1)).toMatchObject({
      action: 'gap_supplied',
      note: '居民户口簿',
    });
    // Other materials of an accepted case stay as they are.
    const other = await act(w, w.front2, 'PUT', brought.json<CounterCaseView>(), '/materials/id_card', {
      uploadIds: [],
    });
    expect([other.statusCode, other.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('answers 422 INCOMPLETE listing everything missing, and writes nothing', async () => {
    const person = await register(w, w.front, walkIn('钱多多'));
    const view = await startCase(w, w.front, person.id, [GAP_ITEM]);
    const before = await storedCase(w.app, view.id);
    const res = await act(w, w.front, 'POST', view, '/accept', {});
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'INCOMPLETE',
      details: [
        { field: 'purpose', reason: expect.any(String) },
        { field: 'delivery', reason: '请选择领取方式' },
        { materialCode: 'id_card', reason: expect.any(String) },
        { materialCode: 'household_register', reason: expect.any(String) },
      ],
    });
    expect(await storedCase(w.app, view.id)).toEqual(before);
    expect(await w.app.db.collection('case_numbers').countDocuments({ caseId: view.id })).toBe(0);
  });

  it('keeps 受审分离: a department window that accepted at the counter may not approve the item', async () => {
    const person = await register(w, w.dept, walkIn('孙立'));
    let view = await startCase(w, w.dept, person.id, [SIMPLE]);
    view = (
      await act(w, w.dept, 'PATCH', view, '', { data: { purpose: '入学' }, delivery: { method: 'window' } })
    ).json();
    view = (
      await act(w, w.dept, 'PUT', view, '/materials/id_card', { uploadIds: [await uploadOf(w.app, w.dept)] })
    ).json();
    view = (await act(w, w.dept, 'POST', view, '/accept')).json();
    expect(view.status).toBe('accepted');
    const approve = await w.call(w.dept, 'POST', `/staff/applications/${view.id}/items/${SIMPLE}/approve`, {
      headers: ifMatch(view.version),
      payload: {},
    });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error).toEqual({ code: 'INVALID_STATE', message: '受审分离：受理人不能审批本件' });
    expect((await storedCase(w.app, view.id))?.items[0].department).toBe(DEPT);
  });
});

describe('a walk-in’s case in WeChat', () => {
  it('becomes the resident’s when they verify with the same ID number, and is readable at once', async () => {
    const who = walkIn('李建国');
    const person = await register(w, w.front, who);
    const { view } = await (async () => {
      let v = await startCase(w, w.front, person.id);
      v = (await act(w, w.front, 'PATCH', v, '', { data: { purpose: '入学' }, delivery: { method: 'window' } })).json();
      v = (
        await act(w, w.front, 'PUT', v, '/materials/id_card', { uploadIds: [await uploadOf(w.app, w.front)] })
      ).json();
      return { view: (await act(w, w.front, 'POST', v, '/accept')).json<CounterCaseView>() };
    })();
    const { loginAs } = await import('../../../../test/helpers/login-as');
    const resident = await loginAs(w.app, 'walkin_li', { profile: who });
    const list = await w.call(resident, 'GET', '/applications?scope=mine');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(view.id);
    const read = await w.call(resident, 'GET', `/applications/${view.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<ApplicationView>()).toMatchObject({ number: view.number, counter: { hall: HALL } });
    // The counter now says the person has WeChat, and a new case is theirs by user id.
    const again = (
      await w.call(w.front, 'POST', '/counter/persons/lookup', { payload: { idNumber: who.idNumber } })
    ).json();
    expect(again.person).toMatchObject({ id: person.id, wechatVerified: true });
    const next = await startCase(w, w.front, person.id);
    expect((await storedCase(w.app, next.id))?.ownerId).toBe(resident.userId);
  });

  it('finds a resident verified in WeChat by ID number and enters them in the counter’s register once', async () => {
    const who = walkIn('周晓梅');
    const { loginAs } = await import('../../../../test/helpers/login-as');
    const resident = await loginAs(w.app, 'walkin_zhou', { profile: who });
    const lookup = () => w.call(w.front, 'POST', '/counter/persons/lookup', { payload: { idNumber: who.idNumber } });
    const first = (await lookup()).json();
    expect(first.person).toMatchObject({ name: '周晓梅', wechatVerified: true });
    expect((await lookup()).json()).toEqual(first);
    expect(await w.app.db.collection('counter_persons').countDocuments({ name: '周晓梅' })).toBe(1);
    const view = await startCase(w, w.front, first.person.id);
    expect((await storedCase(w.app, view.id))?.ownerId).toBe(resident.userId);
    expect((await w.call(resident, 'GET', `/applications/${view.id}`)).statusCode).toBe(200);
  });
});
