import { Types } from 'mongoose';
import { idCheckChar } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, wechatLogin } from '../../../../test/helpers/login-as';

const withCheck = (first17: string) => first17 + idCheckChar(first17);
const ID = withCheck('11010519491231002');
const PHONE = '13812345678';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const me = (token: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
const saveProfile = (app: TestApp['app'], token: string, payload: object) =>
  app.inject({ method: 'PUT', url: '/api/v1/me/profile', headers: { authorization: `Bearer ${token}` }, payload });
const userDoc = (app: TestApp['app'], id: string) =>
  app.db.collection('users').findOne({ _id: new Types.ObjectId(id) });

describe('GET /me', () => {
  it('shows a new user as a resident without a profile', async () => {
    const pair = await wechatLogin(t.app, 'newbie');
    const res = await me(pair.accessToken);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: pair.user.id, roles: ['resident'], profile: null });
  });
});

describe('PUT /me/profile', () => {
  it('verifies the profile and shows ID and phone only masked, everywhere', async () => {
    const pair = await wechatLogin(t.app, 'zhang');
    const res = await saveProfile(t.app, pair.accessToken, { name: '张三', idNumber: ID, phoneCode: `phone_${PHONE}` });
    expect(res.statusCode).toBe(200);
    const masked = {
      name: '张三',
      idNumberMasked: `110***********${ID.slice(-4)}`,
      phoneMasked: '138****5678',
      verified: true,
    };
    expect(res.json()).toEqual(masked);
    const shown = await me(pair.accessToken);
    expect(shown.json().profile).toEqual(masked);
    const again = await wechatLogin(t.app, 'zhang');
    expect(again.user.realNameVerified).toBe(true);
    for (const body of [res.body, shown.body, JSON.stringify(again)]) {
      expect(body).not.toContain(ID);
      expect(body).not.toContain(PHONE);
      expect(body).not.toMatch(/session_?key|Enc"|Hash"/i);
    }
  });

  it('stores no plaintext ID or phone number anywhere in the user document', async () => {
    const pair = await wechatLogin(t.app, 'li');
    const id = withCheck('44030619900101123');
    expect(
      (await saveProfile(t.app, pair.accessToken, { name: '李四', idNumber: id, phoneCode: 'phone_13900001111' }))
        .statusCode,
    ).toBe(200);
    const raw = await t.app.db.collection('users').findOne({ weappOpenid: 'openid_li' });
    const text = JSON.stringify(raw);
    expect(text).not.toContain(id);
    expect(text).not.toContain(id.slice(6, 14));
    expect(text).not.toContain('13900001111');
    expect(raw?.profile).toMatchObject({
      name: '李四',
      verified: true,
      idNumberHash: t.app.pii.hash(id),
      phoneHash: t.app.pii.hash('13900001111'),
    });
    expect(t.app.pii.decrypt(raw?.profile.idNumberEnc)).toBe(id);
    expect(raw?.version).toBe(1);
    const audit = await t.app.db.collection('audit_logs').findOne({ action: 'profile.verify', target: pair.user.id });
    expect(audit).toMatchObject({ actor: { userId: pair.user.id, role: 'resident' } });
    expect(JSON.stringify(audit)).not.toContain(id);
  });

  it('accepts a lowercase x check character and stores it uppercase', async () => {
    let first17 = '11010519800101000';
    for (let seq = 0; idCheckChar(first17) !== 'X'; seq += 1)
      first17 = `110105198001010${String(seq).padStart(2, '0')}`;
    const pair = await wechatLogin(t.app, 'xcheck');
    const res = await saveProfile(t.app, pair.accessToken, {
      name: '王五',
      idNumber: `${first17}x`,
      phoneCode: 'phone_13700001111',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().idNumberMasked).toMatch(/X$/);
    expect((await userDoc(t.app, pair.user.id))?.profile.idNumberHash).toBe(t.app.pii.hash(`${first17}X`));
  });

  it('lets the same person save again with a new phone', async () => {
    const user = await loginAs(t.app, 'resaver', {
      profile: { name: '赵六', idNumber: withCheck('31010119851111234'), phone: '13600001111' },
    });
    const res = await saveProfile(t.app, user.token, {
      name: '赵六',
      idNumber: withCheck('31010119851111234'),
      phoneCode: 'phone_13600002222',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().phoneMasked).toBe('136****2222');
    expect((await userDoc(t.app, user.userId))?.version).toBe(2);
  });

  it('answers 409 INVALID_STATE when the ID number is verified on another account', async () => {
    const id = withCheck('32010219700505321');
    await loginAs(t.app, 'first', { profile: { name: '周一', idNumber: id, phone: '13500001111' } });
    const second = await wechatLogin(t.app, 'second');
    const res = await saveProfile(t.app, second.accessToken, {
      name: '周一',
      idNumber: id,
      phoneCode: 'phone_13500002222',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({ code: 'INVALID_STATE', message: '该身份证号已被其他账号实名' });
    expect((await userDoc(t.app, second.user.id))?.profile).toBeUndefined();
  });

  it('lets only one of two accounts verifying the same ID number at once win', async () => {
    const id = withCheck('33010219700505321');
    const [a, b] = await Promise.all([wechatLogin(t.app, 'racea'), wechatLogin(t.app, 'raceb')]);
    const results = await Promise.all(
      [a, b].map((p) =>
        saveProfile(t.app, p.accessToken, { name: '吴二', idNumber: id, phoneCode: 'phone_13500003333' }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await t.app.db.collection('users').countDocuments({ 'profile.idNumberHash': t.app.pii.hash(id) })).toBe(1);
  });

  it('answers 400 VALIDATION_FAILED on phoneCode when WeChat refuses the phone code', async () => {
    const pair = await wechatLogin(t.app, 'badphone');
    const res = await saveProfile(t.app, pair.accessToken, { name: '郑九', idNumber: ID, phoneCode: 'phone_123' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'phoneCode' }] });
    expect((await userDoc(t.app, pair.user.id))?.profile).toBeUndefined();
  });
});
