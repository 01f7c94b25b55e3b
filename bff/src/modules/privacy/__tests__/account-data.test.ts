import { Types } from 'mongoose';
import {
  consentVersion,
  type ApplicationView,
  type PersonalDataExport,
  type PersonalDataSummary,
} from '@onetrip/shared';
import { caseWorld, ifMatch, newKey, resident, SIMPLE, type CaseWorld } from '../../applications/testing/cases';
import { fileBody, SAMPLES } from '../../uploads/testing/multipart';
import { loginAs, wechatLogin, type LoggedIn } from '../../../../test/helpers/login-as';

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});
afterAll(async () => {
  await w.t.close();
});

type Resident = Awaited<ReturnType<typeof resident>>;
const ADDRESS = {
  name: '张小明',
  phone: '13912345678',
  region: ['山东省', '临沂市', '莒南县'],
  detail: '十字路街道幸福路 8 号',
};

/** A real upload (stored file and record) through POST /uploads. */
async function upload(who: LoggedIn): Promise<string> {
  const body = fileBody('id-front.jpg', SAMPLES.jpeg, 'image/jpeg');
  const res = await w.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    payload: body.payload,
    headers: { ...body.headers, ...who.headers },
  });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`);
  return res.json().id as string;
}

/** A TEST-SIMPLE draft ready to submit, its ID card a real upload. */
async function readyCase(who: LoggedIn): Promise<ApplicationView> {
  let view = (await w.call(who, 'POST', '/applications', { payload: { items: [SIMPLE] } })).json<ApplicationView>();
  view = (
    await w.call(who, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: { data: { purpose: '入学' }, delivery: { method: 'window' } },
    })
  ).json<ApplicationView>();
  const put = await w.call(who, 'PUT', `/applications/${view.id}/materials/id_card`, {
    headers: ifMatch(view.version),
    payload: { uploadIds: [await upload(who)] },
  });
  if (put.statusCode !== 200) throw new Error(`preparing a case failed: ${put.body}`);
  return put.json<ApplicationView>();
}

/** A resident with an address, a consent, a draft using an upload, a submitted case and an upload no case uses. */
async function busyResident(login: string, realName: string) {
  const who = await resident(w.app, login, realName);
  await w.call(who, 'POST', '/me/addresses', { payload: ADDRESS });
  await w.call(who, 'POST', '/me/consents', { payload: { purpose: 'terms', version: consentVersion('terms') } });
  const draft = await readyCase(who);
  const submitted = await readyCase(who);
  const res = await w.call(who, 'POST', `/applications/${submitted.id}/submit`, {
    headers: { 'idempotency-key': newKey() },
  });
  if (res.statusCode !== 200) throw new Error(`submit failed: ${res.body}`);
  const spare = await upload(who);
  return { who, draft, submitted: { ...submitted, number: res.json().number as string }, spare };
}

const stored = (collection: string, filter: object) => w.app.db.collection(collection).find(filter).toArray();
const userDoc = (id: string) => w.app.db.collection('users').findOne({ _id: new Types.ObjectId(id) });

describe('GET /me/data and GET /me/export', () => {
  let alice: Awaited<ReturnType<typeof busyResident>>;
  let bob: Awaited<ReturnType<typeof busyResident>>;
  beforeAll(async () => {
    alice = await busyResident('data_alice', '张小明');
    bob = await busyResident('data_bob', '李大伟');
  });

  it('shows what is held about the person, masked', async () => {
    const res = await w.call(alice.who, 'GET', '/me/data');
    expect(res.statusCode).toBe(200);
    const data = res.json<PersonalDataSummary>();
    expect(data.account).toMatchObject({ id: alice.who.userId, roles: ['resident'], wechat: ['weapp'] });
    expect(data.profile).toMatchObject({
      name: '张小明',
      idNumberMasked: `${alice.who.profile.idNumber.slice(0, 3)}***********${alice.who.profile.idNumber.slice(-4)}`,
      phoneMasked: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
    });
    expect(data.addresses).toEqual([
      { name: '张小明', phoneMasked: '139****5678', region: ADDRESS.region, detail: ADDRESS.detail },
    ]);
    expect(data.cases).toMatchObject({ total: 2, drafts: 1, open: 1 });
    expect(data.cases.items.map((c) => c.number).filter(Boolean)).toEqual([alice.submitted.number]);
    expect(data.uploads).toMatchObject({ count: 3, inCases: 2 });
    expect(data.consents).toEqual([expect.objectContaining({ purpose: 'terms', action: 'agreed' })]);
    expect(data.sessions).toEqual([expect.objectContaining({ platform: 'weapp', current: true })]);
    expect(res.body).not.toContain(alice.who.profile.idNumber);
    expect(res.body).not.toContain(alice.who.profile.phone);
  });

  it("exports the person's own data as a download, audited, with nothing of anyone else", async () => {
    const res = await w.call(alice.who, 'GET', '/me/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="onetrip-my-data-\d{8}\.json"$/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const doc = res.json<PersonalDataExport>();
    expect(doc).toMatchObject({ format: 'onetrip-personal-data/1', account: { id: alice.who.userId } });
    expect(doc.account.openids).toEqual({ weapp: 'openid_case_data_alice' });
    expect(doc.notice).toContain('中心窗口');
    const submitted = doc.cases.items.find((c) => c.id === alice.submitted.id);
    expect(submitted).toMatchObject({
      number: alice.submitted.number,
      status: 'submitted',
      startedBy: 'self',
      delivery: 'window',
    });
    expect(submitted?.data).toMatchObject({ purpose: '入学' });
    expect(submitted?.timeline.map((e) => e.action)).toContain('提交申请');
    expect(doc.uploads.items.map((u) => u.id)).toContain(alice.spare);
    // Masked as everywhere: a file kept on a shared phone carries no full number.
    expect(res.body).not.toContain(alice.who.profile.idNumber);
    expect(res.body).not.toContain(alice.who.profile.phone);
    expect(res.body).not.toContain('13912345678');
    // Nothing of Bob's.
    for (const theirs of [
      bob.who.userId,
      bob.draft.id,
      bob.submitted.id,
      bob.submitted.number,
      bob.spare,
      '李大伟',
      'openid_case_data_bob',
    ]) {
      expect(res.body).not.toContain(theirs);
    }
    const audit = await stored('audit_logs', { action: 'account.export', 'actor.userId': alice.who.userId });
    expect(audit).toHaveLength(1);
    expect(await w.app.inject({ method: 'GET', url: '/api/v1/me/export' })).toMatchObject({ statusCode: 401 });
  });
});

describe('POST /me/deletion', () => {
  const DELETE = { confirm: '注销账号' };

  it('refuses while a case is in progress, naming it, and changes nothing', async () => {
    const carol = await busyResident('del_carol', '王小红');
    const res = await w.call(carol.who, 'POST', '/me/deletion', { payload: DELETE });
    expect(res.statusCode).toBe(409);
    const { error } = res.json();
    expect(error.code).toBe('INVALID_STATE');
    expect(error.details).toEqual([
      { path: 'cases', id: carol.submitted.id, message: expect.stringContaining(carol.submitted.number) },
    ]);
    const user = await userDoc(carol.who.userId);
    expect(user?.profile).toBeDefined();
    expect(user?.deletedAt).toBeUndefined();
    expect(await stored('addresses', { userId: new Types.ObjectId(carol.who.userId) })).toHaveLength(1);
    expect(await stored('applications', { _id: new Types.ObjectId(carol.draft.id) })).toHaveLength(1);
    expect((await w.call(carol.who, 'GET', '/me')).statusCode).toBe(200);
  });

  it('refuses a body without the confirmation, and a person who still works for the centre', async () => {
    const dan = await loginAs(w.app, 'del_dan');
    expect((await w.call(dan, 'POST', '/me/deletion', { payload: {} })).statusCode).toBe(400);
    expect((await w.call(dan, 'POST', '/me/deletion', { payload: { confirm: 'yes' } })).statusCode).toBe(400);
    const clerk = await loginAs(w.app, 'del_clerk', { roles: ['resident', 'staff'], department: '县测试局' });
    const res = await w.call(clerk, 'POST', '/me/deletion', { payload: DELETE });
    expect(res.statusCode).toBe(409);
    expect((await userDoc(clerk.userId))?.deletedAt).toBeUndefined();
  });

  it('erases the account, keeps the finished case and the consents, and ends every session at once', async () => {
    const erin = await busyResident('del_erin', '赵小芳');
    const withdrawn = await w.call(erin.who, 'POST', `/applications/${erin.submitted.id}/withdraw`, { payload: {} });
    expect(withdrawn.statusCode).toBe(200);
    const otherDevice = await wechatLogin(w.app, 'case_del_erin', 'weapp');
    const caseBefore = await w.app.db
      .collection('applications')
      .findOne({ _id: new Types.ObjectId(erin.submitted.id) });

    const res = await w.call(erin.who, 'POST', '/me/deletion', { payload: DELETE });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      removed: { addresses: 1, drafts: 1, uploads: 2, sessions: 2 },
      kept: { cases: 1, consents: 1 },
    });

    // The user record: no personal data, no WeChat identity.
    const user = await userDoc(erin.who.userId);
    expect(user?.deletedAt).toBeInstanceOf(Date);
    for (const field of ['profile', 'weappOpenid', 'h5Openid', 'unionid', 'sessionKeyEnc', 'defaultAddressId']) {
      expect(user).not.toHaveProperty(field);
    }
    expect(JSON.stringify(user)).not.toContain('赵小芳');
    // Addresses and the draft gone; the draft's upload and the spare one gone; the kept case's upload stays.
    expect(await stored('addresses', { userId: new Types.ObjectId(erin.who.userId) })).toHaveLength(0);
    expect(await stored('applications', { _id: new Types.ObjectId(erin.draft.id) })).toHaveLength(0);
    const uploads = await stored('uploads', { ownerId: new Types.ObjectId(erin.who.userId) });
    const caseUploads = (caseBefore?.materials as ApplicationView['materials']).flatMap((m) => m.uploadIds);
    expect(uploads.map((u) => u._id.toHexString())).toEqual(caseUploads);
    // The case is a 政务服务 record: kept as it was.
    const caseAfter = await w.app.db.collection('applications').findOne({ _id: new Types.ObjectId(erin.submitted.id) });
    expect(caseAfter?.status).toBe('withdrawn');
    expect(caseAfter?.applicant).toEqual(caseBefore?.applicant);
    // The consents stay as proof.
    expect(await stored('consents', { userId: erin.who.userId })).toHaveLength(1);
    expect(await stored('audit_logs', { action: 'account.deleted', target: erin.who.userId })).toHaveLength(1);

    // Every token ends now: this one, the other device's, and both refresh tokens.
    expect((await w.call(erin.who, 'GET', '/me')).statusCode).toBe(401);
    expect((await w.call(erin.who, 'GET', '/me/data')).statusCode).toBe(401);
    const other = { headers: { authorization: `Bearer ${otherDevice.accessToken}` } } as LoggedIn;
    expect((await w.call(other, 'GET', '/applications?scope=mine')).statusCode).toBe(401);
    for (const refreshToken of [erin.who.refreshToken, otherDevice.refreshToken]) {
      const refreshed = await w.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });
      expect(refreshed.statusCode).toBe(401);
    }

    // The same WeChat signs in as a new account, which may verify with the same ID number.
    const again = await wechatLogin(w.app, 'case_del_erin', 'weapp');
    expect(again.user.id).not.toBe(erin.who.userId);
    expect(again.user.realNameVerified).toBe(false);
    const verify = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: { authorization: `Bearer ${again.accessToken}` },
      payload: { name: '赵小芳', idNumber: erin.who.profile.idNumber, phoneCode: `phone_${erin.who.profile.phone}` },
    });
    expect(verify.statusCode).toBe(200);
    const list = await w.app.inject({
      method: 'GET',
      url: '/api/v1/applications?scope=mine',
      headers: { authorization: `Bearer ${again.accessToken}` },
    });
    expect(list.json().total).toBe(0);
  });

  it("deletes only the caller's own data", async () => {
    const frank: Resident = await resident(w.app, 'del_frank', '孙小刚');
    const gail = await busyResident('del_gail', '周小丽');
    const res = await w.call(frank, 'POST', '/me/deletion', { payload: DELETE });
    expect(res.statusCode).toBe(200);
    expect(res.json().removed).toMatchObject({ addresses: 0, drafts: 0, uploads: 0 });
    expect((await w.call(gail.who, 'GET', '/me')).statusCode).toBe(200);
    const theirs = (await w.call(gail.who, 'GET', '/me/data')).json<PersonalDataSummary>();
    expect(theirs).toMatchObject({ cases: { total: 2 }, uploads: { count: 3 } });
    expect(theirs.addresses).toHaveLength(1);
  });
});
