import { consentVersion, LEGAL_KINDS, LEGAL_TEXTS, type ConsentState } from '@onetrip/shared';
import { caseWorld, person, type CaseWorld } from '../../applications/testing/cases';
import { fileBody, SAMPLES } from '../../uploads/testing/multipart';
import { setCentreContact } from '../../users';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

let w: CaseWorld;
beforeAll(async () => {
  w = await caseWorld();
});
afterAll(async () => {
  await w.t.close();
});

const consents = (who: LoggedIn) => w.call(who, 'GET', '/me/consents');
const agree = (who: LoggedIn, purpose: string, version: string) =>
  w.call(who, 'POST', '/me/consents', { payload: { purpose, version } });
const records = (userId: string) => w.app.db.collection('consents').find({ userId }).toArray();
const purposeOf = (state: ConsentState, purpose: string) => state.purposes.find((p) => p.purpose === purpose);

describe('GET /legal', () => {
  it('lists every text in force with its version, to anyone', async () => {
    const res = await w.app.inject({ method: 'GET', url: '/api/v1/legal' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual(
      LEGAL_KINDS.map((kind) => ({
        kind,
        version: LEGAL_TEXTS[kind].version,
        title: LEGAL_TEXTS[kind].title,
        effectiveDate: LEGAL_TEXTS[kind].effectiveDate,
      })),
    );
  });

  it('gives one text in full with the centre to contact, and 400 for an unknown kind', async () => {
    const before = await w.app.inject({ method: 'GET', url: '/api/v1/legal/privacy' });
    expect(before.statusCode).toBe(200);
    const doc = before.json();
    expect(doc).toMatchObject({
      kind: 'privacy',
      version: LEGAL_TEXTS.privacy.version,
      title: '隐私政策（用户隐私保护指引）',
    });
    expect(doc.sections.length).toBe(LEGAL_TEXTS.privacy.sections.length);
    expect(JSON.stringify(doc.sections)).toContain('撤回同意');
    expect(doc.contact).toEqual({ name: null, address: null, phone: null, hotline: '12345' });

    await setCentreContact(
      w.app,
      { userId: 'admin', role: 'admin' },
      { name: '莒南县政务服务中心', address: '莒南县人民路 1 号', phone: '0539-7212345' },
      'req',
    );
    const after = (await w.app.inject({ method: 'GET', url: '/api/v1/legal/agreement' })).json();
    expect(after.contact).toEqual({
      name: '莒南县政务服务中心',
      address: '莒南县人民路 1 号',
      phone: '0539-7212345',
      hotline: '12345',
    });

    const unknown = await w.app.inject({ method: 'GET', url: '/api/v1/legal/cookies' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('consents', () => {
  it('asks a new person for every purpose, then records the agreement with its version and time, once', async () => {
    const alice = await loginAs(w.app, 'consent_alice');
    const first = (await consents(alice)).json<ConsentState>();
    expect(first.purposes.map((p) => [p.purpose, p.needed, p.agreed])).toEqual([
      ['terms', true, null],
      ['sensitive_id', true, null],
      ['id_photo', true, null],
    ]);
    expect(purposeOf(first, 'terms')?.version).toBe(
      `agreement:${LEGAL_TEXTS.agreement.version},privacy:${LEGAL_TEXTS.privacy.version}`,
    );

    const started = Date.now();
    const res = await agree(alice, 'terms', consentVersion('terms'));
    expect(res.statusCode).toBe(201);
    const terms = purposeOf(res.json<ConsentState>(), 'terms');
    expect(terms).toMatchObject({ needed: false, agreed: { version: consentVersion('terms') } });
    expect(Date.parse(terms?.agreed?.at ?? '')).toBeGreaterThanOrEqual(started - 1000);
    expect(purposeOf(res.json<ConsentState>(), 'sensitive_id')?.needed).toBe(true);

    const again = await agree(alice, 'terms', consentVersion('terms'));
    expect(again.statusCode).toBe(200);
    const stored = await records(alice.userId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ purpose: 'terms', version: consentVersion('terms'), action: 'agreed' });
    const audit = await w.app.db
      .collection('audit_logs')
      .find({ 'actor.userId': alice.userId, action: 'consent.agreed' })
      .toArray();
    expect(audit.map((a) => a.target)).toEqual([`terms:${consentVersion('terms')}`]);
  });

  it('refuses a version other than the one in force, recording nothing', async () => {
    const bob = await loginAs(w.app, 'consent_bob');
    const res = await agree(bob, 'sensitive_id', 'sensitive-id:0.1');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', details: [{ path: 'version' }] });
    expect(await records(bob.userId)).toHaveLength(0);
    const bad = await agree(bob, 'location', '1');
    expect(bad.statusCode).toBe(400);
  });

  it('asks again when a text has a new version since the agreement', async () => {
    const carol = await loginAs(w.app, 'consent_carol');
    // Agreed to an older policy (as a person who agreed before this version came into force).
    const old = 'agreement:0.9,privacy:0.9';
    await w.app.db.collection('consents').insertOne({
      userId: carol.userId,
      purpose: 'terms',
      version: old,
      action: 'agreed',
      at: new Date(Date.now() - 86_400_000),
    });
    const state = (await consents(carol)).json<ConsentState>();
    expect(purposeOf(state, 'terms')).toMatchObject({
      needed: true,
      agreed: { version: old },
      version: consentVersion('terms'),
    });
    const res = await agree(carol, 'terms', consentVersion('terms'));
    expect(res.statusCode).toBe(201);
    expect(purposeOf(res.json<ConsentState>(), 'terms')?.needed).toBe(false);
    expect(res.json<ConsentState>().history.map((h) => h.version)).toEqual([consentVersion('terms'), old]);
  });

  it('withdraws a consent: recorded and audited, asked again afterwards', async () => {
    const dan = await loginAs(w.app, 'consent_dan');
    await agree(dan, 'id_photo', consentVersion('id_photo'));
    const res = await w.call(dan, 'DELETE', '/me/consents/id_photo');
    expect(res.statusCode).toBe(200);
    const state = res.json<ConsentState>();
    expect(purposeOf(state, 'id_photo')).toMatchObject({ needed: true, agreed: null });
    expect(state.history.map((h) => h.action)).toEqual(['withdrawn', 'agreed']);
    // Nothing agreed: nothing to withdraw, nothing recorded.
    await w.call(dan, 'DELETE', '/me/consents/sensitive_id');
    expect(await records(dan.userId)).toHaveLength(2);
    expect(
      await w.app.db
        .collection('audit_logs')
        .countDocuments({ 'actor.userId': dan.userId, action: 'consent.withdrawn' }),
    ).toBe(1);
  });

  it("never shows one person's consents to another, and needs a login", async () => {
    const erin = await loginAs(w.app, 'consent_erin');
    const frank = await loginAs(w.app, 'consent_frank');
    await agree(erin, 'terms', consentVersion('terms'));
    await agree(erin, 'sensitive_id', consentVersion('sensitive_id'));
    const theirs = (await consents(frank)).json<ConsentState>();
    expect(theirs.history).toEqual([]);
    expect(theirs.purposes.every((p) => p.needed)).toBe(true);
    // Frank withdrawing changes nothing of Erin's.
    await w.call(frank, 'DELETE', '/me/consents/terms');
    expect(await records(erin.userId)).toHaveLength(2);
    const anonymous = await w.app.inject({ method: 'GET', url: '/api/v1/me/consents' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('does not refuse real-name verification nor an upload without a consent (API.md routes; the app asks first)', async () => {
    const gail = await loginAs(w.app, 'consent_gail');
    const p = person('王小丽');
    const profile = await w.call(gail, 'PUT', '/me/profile', {
      payload: { name: p.name, idNumber: p.idNumber, phoneCode: `phone_${p.phone}` },
    });
    expect(profile.statusCode).toBe(200);
    const upload = await w.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      ...fileBody('id-front.jpg', SAMPLES.jpeg, 'image/jpeg'),
      headers: { ...fileBody('id-front.jpg', SAMPLES.jpeg).headers, ...gail.headers },
    });
    expect(upload.statusCode).toBe(201);
    expect(await records(gail.userId)).toHaveLength(0);
  });
});
