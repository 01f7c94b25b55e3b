import { Types } from 'mongoose';
import { idCheckChar, USER_SEARCH_CAP, type UserSearchList } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { backfillPhoneMasks } from '../phone-mask-backfill';

const idOf = (first17: string) => first17 + idCheckChar(first17);
const WANG_ID = idOf('37132719800101001');
const WANG_PHONE = '13812345678';
/** Its check character is X, typed small below. */
const LI_ID = idOf('37132719850202019');
/** Same first 3 and last 4 digits as Wang's: the masked search finds both. */
const LI_PHONE = '13899995678';

let t: TestApp;
let admin: LoggedIn;
let wang: LoggedIn;
let li: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await loginAs(t.app, 'admin');
  wang = await loginAs(t.app, 'srch_wang', {
    roles: ['staff'],
    department: '县民政局',
    profile: { name: '王建国', idNumber: WANG_ID, phone: WANG_PHONE },
  });
  li = await loginAs(t.app, 'srch_li', {
    roles: ['agent'],
    station: { town: '大店镇', village: '东山村' },
    profile: { name: '李建华', idNumber: LI_ID, phone: LI_PHONE },
  });
});
afterAll(async () => {
  await t.close();
});

const search = (who: LoggedIn | null, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/admin/users?${query}`, headers: who?.headers ?? {} });
const q = (text: string) => `q=${encodeURIComponent(text)}`;
const audits = (action: string) => t.app.db.collection('audit_logs').find({ action }).toArray();
const ids = (res: { json: () => UserSearchList }) => res.json().items.map((i) => i.id);

describe('GET /admin/users', () => {
  it('finds people by a part of their name, with masked numbers, roles and what they act for', async () => {
    const res = await search(admin, q('建'));
    expect(res.statusCode).toBe(200);
    const body = res.json<UserSearchList>();
    expect(body).toMatchObject({ total: 2, capped: false });
    expect(body.items).toEqual([
      {
        id: li.userId,
        name: '李建华',
        phoneMasked: '138****5678',
        idNumberMasked: `371***********${LI_ID.slice(-4)}`,
        roles: ['resident', 'agent'],
        station: { town: '大店镇', village: '东山村' },
        version: 2,
      },
      {
        id: wang.userId,
        name: '王建国',
        phoneMasked: '138****5678',
        idNumberMasked: `371***********${WANG_ID.slice(-4)}`,
        roles: ['resident', 'staff'],
        department: '县民政局',
        staffKind: 'department',
        version: 2,
      },
    ]);
    expect(ids(await search(admin, q('王建国')))).toEqual([wang.userId]);
    expect(ids(await search(admin, q('赵')))).toEqual([]);
    // A name is no read of a number: not audited.
    expect(await audits('user.search')).toEqual([]);
  });

  it.each([
    ['a masked phone as the console shows it', '138****5678', () => [li.userId, wang.userId], 'maskedPhone'],
    ['a masked phone typed with full-width stars', '138＊＊＊＊5678', () => [li.userId, wang.userId], 'maskedPhone'],
    ['a full phone (keyed hash)', WANG_PHONE, () => [wang.userId], 'phone'],
    ['a full ID number (keyed hash)', LI_ID, () => [li.userId], 'idNumber'],
    ['a full ID number with a small x', LI_ID.toLowerCase(), () => [li.userId], 'idNumber'],
  ])(
    'finds people by %s, audits the read without the number, and never answers a full number',
    async (_n, text, expected, kind) => {
      const before = (await audits('user.search')).length;
      const res = await search(admin, q(text));
      expect(res.statusCode).toBe(200);
      expect(ids(res)).toEqual(expected());
      for (const secret of [WANG_PHONE, LI_PHONE, WANG_ID, LI_ID]) expect(res.body).not.toContain(secret);
      const entries = await audits('user.search');
      expect(entries).toHaveLength(before + 1);
      const entry = entries[entries.length - 1];
      expect(entry).toMatchObject({
        actor: { userId: admin.userId, role: 'admin' },
        target: `${kind}:${expected().join(',')}`,
      });
      expect(JSON.stringify(entry)).not.toMatch(/1389999|1381234|371327/);
    },
  );

  it('audits a search by number that finds no one', async () => {
    const res = await search(admin, q('13700000000'));
    expect([res.statusCode, res.json().total]).toEqual([200, 0]);
    expect((await audits('user.search')).some((e) => e.target === 'phone:')).toBe(true);
  });

  it('finds by user id, by role, and by both', async () => {
    expect(ids(await search(admin, q(wang.userId)))).toEqual([wang.userId]);
    const agents = ids(await search(admin, 'role=agent'));
    expect(agents).toEqual([li.userId]);
    expect(ids(await search(admin, `${q('建')}&role=staff`))).toEqual([wang.userId]);
  });

  it('pages the matches and says when more than the cap matched', async () => {
    const many = Array.from({ length: USER_SEARCH_CAP + 1 }, (_, i) => ({
      _id: new Types.ObjectId(),
      roles: ['resident'],
      version: 0,
      profile: { name: `欧阳测试${String(i).padStart(3, '0')}`, verified: true },
    }));
    await t.app.db.collection('users').insertMany(many);
    const first = await search(admin, `${q('欧阳测试')}&pageSize=50`);
    expect(first.json()).toMatchObject({ total: USER_SEARCH_CAP, capped: true });
    expect(first.json<UserSearchList>().items).toHaveLength(50);
    const page2 = await search(admin, `${q('欧阳测试')}&pageSize=50&page=2`);
    expect(page2.json<UserSearchList>().items[0]?.name).toBe('欧阳测试050');
  });

  it.each([
    ['nothing to search for', ''],
    ['a query of symbols', q('$ne')],
    ['an ID number with a wrong check digit', q(`${WANG_ID.slice(0, 17)}${WANG_ID[17] === '1' ? '2' : '1'}`)],
    ['an operator object', 'q[$ne]=x'],
    ['a query too long', q('王'.repeat(41))],
    ['an unknown role', 'role=root'],
    ['an unknown parameter', `${q('王')}&all=1`],
  ])('refuses %s with 400', async (_name, query) => {
    const res = await search(admin, query);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('is for admins only: a resident, staff and an agent 403, no token 401 — and nothing is audited', async () => {
    const before = (await audits('user.search')).length;
    for (const who of [wang, li, await loginAs(t.app, 'srch_plain')]) {
      const res = await search(who, q(WANG_PHONE));
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
      expect(res.body).not.toContain('138****5678');
    }
    expect((await search(null, q(WANG_PHONE))).statusCode).toBe(401);
    expect(await audits('user.search')).toHaveLength(before);
  });
});

describe('a department head', () => {
  it('is shown as such in the search', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${wang.userId}/roles`,
      headers: admin.headers,
      payload: { roles: ['resident', 'staff'], department: '县民政局', departmentHead: true },
    });
    expect(res.statusCode).toBe(200);
    const row = (await search(admin, q(wang.userId))).json<UserSearchList>().items[0];
    expect(row).toMatchObject({ roles: ['resident', 'staff'], department: '县民政局', departmentHead: true });
  });
});

describe('the masked phone of profiles stored before it', () => {
  it('is written by the backfill, which leaves the version alone, and the masked search then finds them', async () => {
    const pii = t.app.pii;
    const old = new Types.ObjectId();
    await t.app.db.collection('users').insertOne({
      _id: old,
      roles: ['resident'],
      version: 3,
      profile: {
        name: '孙老户',
        idNumberEnc: pii.encrypt(idOf('37132719600303003')),
        idNumberHash: pii.hash(idOf('37132719600303003')),
        phoneEnc: pii.encrypt('13755554321'),
        phoneHash: pii.hash('13755554321'),
        verified: true,
      },
    });
    expect(ids(await search(admin, q('137****4321')))).toEqual([]);
    expect(await backfillPhoneMasks(t.app)).toBe(1);
    const stored = await t.app.db.collection('users').findOne({ _id: old });
    expect(stored).toMatchObject({ version: 3, profile: { phoneMasked: '137****4321' } });
    expect(ids(await search(admin, q('137****4321')))).toEqual([old.toHexString()]);
    // A second pass finds nothing left to do.
    expect(await backfillPhoneMasks(t.app)).toBe(0);
  });

  it('is stored with every profile saved now', async () => {
    const stored = await t.app.db.collection('users').findOne({ _id: new Types.ObjectId(wang.userId) });
    expect(stored?.profile).toMatchObject({ phoneMasked: '138****5678' });
  });
});

describe('PUT /admin/users/:id/roles with If-Match', () => {
  const put = (version: string, payload: object) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${li.userId}/roles`,
      headers: { ...admin.headers, 'if-match': version },
      payload,
    });

  it('refuses a stale version with 409 and writes nothing; the version the search showed saves', async () => {
    const row = (await search(admin, q(li.userId))).json<UserSearchList>().items[0];
    const stale = await put(String((row?.version ?? 0) - 1), { roles: ['resident'] });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    expect((await search(admin, q(li.userId))).json<UserSearchList>().items[0]?.roles).toEqual(['resident', 'agent']);
    const bad = await put('abc', { roles: ['resident'] });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);

    const saved = await put(`"${row?.version}"`, { roles: ['resident', 'courier'], courierCompany: '顺丰速运' });
    expect(saved.statusCode).toBe(200);
    const after = (await search(admin, q(li.userId))).json<UserSearchList>().items[0];
    expect(after).toMatchObject({
      roles: ['resident', 'courier'],
      courierCompany: '顺丰速运',
      version: (row?.version ?? 0) + 1,
    });
    expect(after?.station).toBeUndefined();
  });
});
