import { type ApplicationView } from '@onetrip/shared';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { applicationModel } from '../application.model';
import { caseWorld, resident, SIMPLE, simpleItem, storedCase, type CaseWorld } from '../testing/cases';

let w: CaseWorld;
let alice: Awaited<ReturnType<typeof resident>>;
let bob: Awaited<ReturnType<typeof resident>>;
let admin: LoggedIn;
beforeAll(async () => {
  w = await caseWorld();
  [alice, bob, admin] = await Promise.all([
    resident(w.app, 'alice', '王丽'),
    resident(w.app, 'bob', '李强'),
    loginAs(w.app, 'admin'),
  ]);
});
afterAll(async () => {
  await w.t.close();
});

const create = (who: LoggedIn, payload: unknown) => w.call(who, 'POST', '/applications', { payload });

describe('POST /applications', () => {
  it('creates a draft from items (201): items at their guide version, fee for window pick-up, ETag = version', async () => {
    const res = await create(alice, { items: [SIMPLE, 'BDC-ZHUANYI'] });
    expect(res.statusCode).toBe(201);
    const view = res.json<ApplicationView>();
    expect(res.headers.etag).toBe('"1"');
    expect(view).toMatchObject({
      version: 1,
      status: 'draft',
      delivery: null,
      expressAllowed: true,
      fee: { items: 500 + 8000, express: 0, total: 8500 },
      submittedBy: { role: 'resident', userId: alice.userId },
      deadline: null,
      notices: [],
    });
    expect(view.items.map((i) => [i.code, i.status, i.guideVersion])).toEqual([
      [SIMPLE, 'pending', 1],
      ['BDC-ZHUANYI', 'pending', 1],
    ]);
    expect(view.timeline).toEqual([{ at: expect.any(String), actor: { role: 'resident' }, action: 'created' }]);
    const stored = await storedCase(w.app, view.id);
    expect(stored).toMatchObject({ ownerId: alice.userId, status: 'draft', version: 1 });
    expect(stored?.number).toBeUndefined();
  });

  it('creates a case from the chain ESF-JIAOYI: one field per key, a material shared by three items listed once', async () => {
    const res = await create(alice, { chain: 'ESF-JIAOYI' });
    expect(res.statusCode).toBe(201);
    const view = res.json<ApplicationView>();
    expect(view.chain).toEqual({ code: 'ESF-JIAOYI', name: '二手房交易' });
    expect(view.items.map((i) => i.code)).toEqual(['BDC-ZHUANYI', 'QISHUI-SHENBAO', 'SDQ-GUOHU']);
    const keys = view.form.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['applicantName', 'propertyAddress', 'homeCount', 'utilities']));
    const codes = view.materials.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(view.materials.find((m) => m.code === 'id_card')?.itemCodes).toEqual([
      'BDC-ZHUANYI',
      'QISHUI-SHENBAO',
      'SDQ-GUOHU',
    ]);
    expect(view.expressAllowed).toBe(false);
    expect(view.fee.total).toBe(8000);
  });

  it('prefills the form from the verified profile, masked in the answer and never stored in plaintext', async () => {
    const res = await create(alice, { items: [SIMPLE] });
    const view = res.json<ApplicationView>();
    const { idNumber, phone, name } = alice.profile;
    expect(view.data).toEqual({
      applicantName: name,
      applicantIdNumber: `${idNumber.slice(0, 3)}${'*'.repeat(11)}${idNumber.slice(-4)}`,
      applicantPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
    });
    expect(view.applicant).toEqual({
      name,
      idNumberMasked: view.data.applicantIdNumber,
      phoneMasked: view.data.applicantPhone,
    });
    expect(res.body).not.toContain(idNumber);
    expect(res.body).not.toContain(phone);
    const raw = JSON.stringify(await storedCase(w.app, view.id));
    expect(raw).not.toContain(idNumber);
    expect(raw).not.toContain(phone);
    const stored = await storedCase(w.app, view.id);
    expect(w.app.pii.decrypt(stored?.data.applicantIdNumber)).toBe(idNumber);
  });

  it('refuses unknown items with 400 listing each, and an unknown chain', async () => {
    const before = await applicationModel(w.app.db).countDocuments();
    const res = await create(alice, { items: [SIMPLE, 'NO-SUCH', 'NOPE-2'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      '事项不存在：NO-SUCH',
      '事项不存在：NOPE-2',
    ]);
    const chain = await create(alice, { chain: 'NO-CHAIN' });
    expect(chain.statusCode).toBe(400);
    expect(chain.json().error.details[0].path).toBe('chain');
    expect(await applicationModel(w.app.db).countDocuments()).toBe(before);
  });

  it('refuses repeated items, an empty list, both items and chain, and client-set fields (400)', async () => {
    for (const payload of [
      { items: [SIMPLE, SIMPLE] },
      { items: [] },
      { items: [SIMPLE], chain: 'ESF-JIAOYI' },
      { items: [SIMPLE], status: 'accepted' },
      { items: [SIMPLE], ownerId: bob.userId },
    ]) {
      const res = await create(alice, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('needs a real-name verified profile: 409 INVALID_STATE 请先完成实名认证, nothing stored', async () => {
    const plain = await loginAs(w.app, 'case_unverified');
    const res = await create(plain, { items: [SIMPLE] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', message: '请先完成实名认证' });
    expect(await applicationModel(w.app.db).countDocuments({ ownerId: plain.userId })).toBe(0);
  });

  it('refuses `applicant` from a resident (403): only agents apply for others', async () => {
    const res = await create(alice, { items: [SIMPLE], applicant: { ...bob.profile } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('needs a login (401)', async () => {
    const res = await w.app.inject({ method: 'POST', url: '/api/v1/applications', payload: { items: [SIMPLE] } });
    expect(res.statusCode).toBe(401);
  });

  it('keeps the guide version: after an admin changes the item the open case still shows the old materials', async () => {
    const before = (await create(alice, { items: [SIMPLE] })).json<ApplicationView>();
    const changed = simpleItem();
    changed.materials = [
      ...changed.materials,
      {
        code: 'residence_proof',
        name: '居住证明',
        category: '文书类',
        required: true,
        gapAllowed: false,
        formats: ['pdf'],
      },
    ];
    const put = await w.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/items/${SIMPLE}`,
      headers: admin.headers,
      payload: changed,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().version).toBe(2);

    const open = (await w.call(alice, 'GET', `/applications/${before.id}`)).json<ApplicationView>();
    expect(open.items[0]?.guideVersion).toBe(1);
    expect(open.materials.map((m) => m.code)).toEqual(['id_card', 'photo']);
    const fresh = (await create(alice, { items: [SIMPLE] })).json<ApplicationView>();
    expect(fresh.items[0]?.guideVersion).toBe(2);
    expect(fresh.materials.map((m) => m.code)).toEqual(['id_card', 'photo', 'residence_proof']);
  });
});

describe('GET /applications and /applications/:id', () => {
  it('lists only the user’s own cases, newest change first, filtered by status and paged', async () => {
    const mine = (await w.call(alice, 'GET', '/applications')).json<{
      items: { id: string; status: string; itemNames: string[] }[];
      total: number;
    }>();
    expect(mine.total).toBe(await applicationModel(w.app.db).countDocuments({ ownerId: alice.userId }));
    expect(mine.items.every((i) => i.status === 'draft' && i.itemNames.length > 0)).toBe(true);
    const page = (await w.call(alice, 'GET', '/applications?pageSize=2&page=1&status=draft')).json();
    expect(page.items).toHaveLength(2);
    expect((await w.call(alice, 'GET', '/applications?status=submitted')).json()).toEqual({ items: [], total: 0 });
    expect((await w.call(bob, 'GET', '/applications?scope=mine')).json()).toEqual({ items: [], total: 0 });
  });

  it('refuses scope=agent to a non-agent (403) and a bad status (400)', async () => {
    const agent = await w.call(alice, 'GET', '/applications?scope=agent');
    expect(agent.statusCode).toBe(403);
    expect(agent.json().error.code).toBe('FORBIDDEN');
    expect((await w.call(alice, 'GET', '/applications?status=nonsense')).statusCode).toBe(400);
  });

  it('shows a case to its applicant, 404 to another resident, 400 for a malformed id, 404 for an unknown one', async () => {
    const view = (await create(alice, { items: [SIMPLE] })).json<ApplicationView>();
    const own = await w.call(alice, 'GET', `/applications/${view.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().id).toBe(view.id);
    const other = await w.call(bob, 'GET', `/applications/${view.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    expect((await w.call(alice, 'GET', '/applications/not-an-id')).statusCode).toBe(400);
    expect((await w.call(alice, 'GET', '/applications/0123456789abcdef01234567')).statusCode).toBe(404);
  });
});
