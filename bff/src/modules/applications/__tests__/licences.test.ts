import { ItemInput, type ApplicationView, type LicenceList, type StaffApplicationView } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { act, DEPT_A, staffView } from '../../staff/testing/world';
import { agentWorld, createFor, stranger, type AgentWorld } from '../../authorizations/testing/world';
import { Types } from 'mongoose';
import { ifMatch, newKey, simpleItem, storedCase, uploadOf } from '../testing/cases';
import { licenceModel } from '../licence.model';
import { recordLicences } from '../licence.service';
import { type ApplicationRecord } from '../application.model';

/** An item whose certificate becomes a 营业执照 (5 years), and one that takes licences for two materials. */
const ISSUES = 'TEST-LIC-ISSUE';
const USES = 'TEST-LIC-USE';
const CERT = '市监字2026第007号';

let w: AgentWorld;
beforeAll(async () => {
  w = await agentWorld();
  await putItem(
    w.app.db,
    ISSUES,
    simpleItem({
      name: '测试执照',
      department: DEPT_A,
      fee: { amount: 0 },
      licence: { type: '营业执照', validYears: 5 },
    }),
  );
  const base = simpleItem({ name: '测试用证事项', department: DEPT_A, fee: { amount: 0 } });
  const taking = (code: string, name: string, licenceTypes: string[]) =>
    ({ code, name, category: '证件类', required: true, gapAllowed: false, formats: ['pdf'], licenceTypes }) as const;
  await putItem(
    w.app.db,
    USES,
    ItemInput.parse({
      ...base,
      materials: [
        taking('business_license', '营业执照', ['营业执照']),
        taking('deed', '不动产权证书', ['不动产权证书']),
      ],
    }),
  );
});
afterAll(async () => {
  await w.t.close();
});

const submit = (who: LoggedIn, id: string) =>
  w.call(who, 'POST', `/applications/${id}/submit`, { headers: { 'idempotency-key': newKey() } });

/** `who`'s case of ISSUES, submitted, accepted, approved and issued with CERT; its id. */
async function issuedCase(who: LoggedIn): Promise<string> {
  let view = (await w.call(who, 'POST', '/applications', { payload: { items: [ISSUES] } })).json<ApplicationView>();
  view = (
    await w.call(who, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: { data: { purpose: '开店' }, delivery: { method: 'window' } },
    })
  ).json<ApplicationView>();
  const upload = await w.call(who, 'PUT', `/applications/${view.id}/materials/id_card`, {
    headers: ifMatch(view.version),
    payload: { uploadIds: [await fileOfCase(who)] },
  });
  view = upload.json<ApplicationView>();
  expect((await submit(who, view.id)).statusCode).toBe(200);
  let version = view.version + 1;
  for (const [by, action] of [
    [w.staffA2, 'accept'],
    [w.staffA, `items/${ISSUES}/approve`],
  ] as const) {
    const res = await act(w, by, view.id, action, version, {});
    expect([action, res.statusCode]).toEqual([action, 200]);
    version = res.json<StaffApplicationView>().version;
  }
  const issued = await act(w, w.staffA, view.id, 'issue', version, { certificateNo: CERT });
  expect(issued.statusCode).toBe(200);
  return view.id;
}

const fileOfCase = (who: LoggedIn) => uploadOf(w.app, who);

/** A fresh draft of USES for `who`. */
const draftOf = async (who: LoggedIn) =>
  (await w.call(who, 'POST', '/applications', { payload: { items: [USES] } })).json<ApplicationView>();
const attach = (who: LoggedIn, view: ApplicationView, code: string, licenceId: string) =>
  w.call(who, 'PUT', `/applications/${view.id}/materials/${code}/licence`, {
    headers: ifMatch(view.version),
    payload: { licenceId },
  });
const licencesOf = async (who: LoggedIn) => (await w.call(who, 'GET', '/licences')).json<LicenceList>().items;

let aliceCase = '';
let aliceLicence = '';

describe('电子证照: an issue writes the licence of the applicant, once', () => {
  it('lists the issued certificate among the applicant’s licences, with its origin', async () => {
    aliceCase = await issuedCase(w.alice);
    const number = (await storedCase(w.app, aliceCase))?.number as string;
    const mine = await licencesOf(w.alice);
    expect(mine).toEqual([
      expect.objectContaining({
        id: `${aliceCase}.${ISSUES}`,
        type: '营业执照',
        number: CERT,
        issuer: DEPT_A,
        caseId: aliceCase,
        caseNumber: number,
      }),
    ]);
    const only = mine[0]!;
    aliceLicence = only.id;
    // five years of validity from the issue
    const years = (Date.parse(only.validUntil!) - Date.parse(only.issuedAt)) / (365.25 * 86_400_000);
    expect(Math.round(years)).toBe(5);
    expect(await licencesOf(w.bob)).toEqual([]);
  });

  it('writes nothing more when the licences of the same issue are recorded again', async () => {
    const stored = (await storedCase(w.app, aliceCase)) as unknown as ApplicationRecord;
    expect(await recordLicences(w.app, stored)).toBe(0);
    expect(await licenceModel(w.app.db).countDocuments({ caseId: aliceCase })).toBe(1);
  });
});

describe('PUT /applications/:id/materials/:code/licence', () => {
  it('attaches the applicant’s licence in one tap: held, counted present, its origin shown to staff', async () => {
    let view = await draftOf(w.alice);
    expect(view.materials.find((m) => m.code === 'business_license')?.licenceTypes).toEqual(['营业执照']);
    const res = await attach(w.alice, view, 'business_license', aliceLicence);
    expect(res.statusCode).toBe(200);
    view = res.json<ApplicationView>();
    const held = view.materials.find((m) => m.code === 'business_license')?.heldBy;
    expect(held).toMatchObject({ kind: 'licence', licenceId: aliceLicence, number: CERT, issuer: DEPT_A });
    // Only the deed (and the delivery, the form) are still missing.
    const missing = (await submit(w.alice, view.id)).json().error.details as { materialCode?: string }[];
    expect(missing.flatMap((d) => (d.materialCode ? [d.materialCode] : []))).toEqual(['deed']);
    // Submitted with the deed uploaded, staff read the licence's origin on the case.
    const deed = await w.call(w.alice, 'PUT', `/applications/${view.id}/materials/deed`, {
      headers: ifMatch(view.version),
      payload: { uploadIds: [await fileOfCase(w.alice)] },
    });
    view = deed.json<ApplicationView>();
    await w.call(w.alice, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: { data: { purpose: '开店' }, delivery: { method: 'window' } },
    });
    expect((await submit(w.alice, view.id)).statusCode).toBe(200);
    const seen = (await staffView(w, w.staffA, view.id)).materials.find((m) => m.code === 'business_license');
    expect(seen?.heldBy).toMatchObject({ kind: 'licence', number: CERT, caseNumber: expect.stringMatching(/^ZW/) });
  });

  it('refuses a licence of a type the material does not take (400), changing nothing', async () => {
    const view = await draftOf(w.alice);
    const res = await attach(w.alice, view, 'deed', aliceLicence);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await storedCase(w.app, view.id))?.version).toBe(view.version);
  });

  it('answers 404 for another person’s licence, as for one that does not exist', async () => {
    const bobs = await draftOf(w.bob);
    for (const licenceId of [aliceLicence, `${bobs.id}.${ISSUES}`]) {
      const res = await attach(w.bob, bobs, 'business_license', licenceId);
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
    expect((await storedCase(w.app, bobs.id))?.version).toBe(bobs.version);
  });

  it('lets an agent attach only the resident’s licences, never another’s nor the agent’s own (404), audited', async () => {
    const created = (await createFor(w, w.agent, w.carol.profile, [USES])).json<ApplicationView>();
    const stored = await storedCase(w.app, created.id);
    const carolHash = (stored?.applicant as { idNumberHash: string }).idNumberHash;
    const agentUser = await w.app.db.collection('users').findOne({ _id: new Types.ObjectId(w.agent.userId) });
    const agentHash = (agentUser?.profile as { idNumberHash: string }).idNumberHash;
    const licence = (id: string, personHash: string) => ({
      _id: id,
      ...{ ownerId: 'x', personHash, type: '营业执照', number: `N-${id}`, issuer: DEPT_A, issuedAt: new Date() },
      ...{ caseId: created.id, caseNumber: 'ZW20260101000009', itemCode: ISSUES },
    });
    const carols = `${'c'.repeat(24)}.${ISSUES}`;
    const agents = `${'a'.repeat(24)}.${ISSUES}`;
    await licenceModel(w.app.db).create([licence(carols, carolHash), licence(agents, agentHash)]);
    for (const licenceId of [aliceLicence, agents]) {
      const res = await attach(w.agent, created, 'business_license', licenceId);
      expect([licenceId, res.statusCode]).toEqual([licenceId, 404]);
    }
    const ok = await attach(w.agent, created, 'business_license', carols);
    expect(ok.statusCode).toBe(200);
    expect(await licencesOf(w.carol)).toEqual([expect.objectContaining({ id: carols })]);
    expect(await licencesOf(w.agent)).toEqual([expect.objectContaining({ id: agents })]);
    const audit = await w.app.db.collection('audit_logs').findOne({ caseId: created.id, action: 'case.licence' });
    expect(audit).toMatchObject({ actor: { userId: w.agent.userId, role: 'agent' } });
  });

  it('a licence issued for someone without an account is theirs once they verify', async () => {
    const person = stranger('冯小雨');
    const created = (await createFor(w, w.agent, person, [USES])).json<ApplicationView>();
    const stored = await storedCase(w.app, created.id);
    const hash = (stored?.applicant as { idNumberHash: string }).idNumberHash;
    const id = `${'b'.repeat(24)}.${ISSUES}`;
    await licenceModel(w.app.db).create({
      ...{ _id: id, ownerId: stored?.ownerId, personHash: hash, type: '营业执照', number: 'N-late' },
      ...{ issuer: DEPT_A, issuedAt: new Date(), caseId: created.id, caseNumber: 'ZW20260101000010', itemCode: ISSUES },
    });
    expect(String(stored?.ownerId)).toMatch(/^unverified:/);
    const later = await loginAs(w.app, 'lic_later', { profile: person });
    expect((await licencesOf(later)).map((l) => l.id)).toEqual([id]);
  });
});

describe('DELETE /applications/:id/materials/:code/licence', () => {
  it('takes the licence off: the material is asked for again', async () => {
    let view = await draftOf(w.alice);
    view = (await attach(w.alice, view, 'business_license', aliceLicence)).json<ApplicationView>();
    const res = await w.call(w.alice, 'DELETE', `/applications/${view.id}/materials/business_license/licence`, {
      headers: ifMatch(view.version),
    });
    expect(res.statusCode).toBe(200);
    view = res.json<ApplicationView>();
    expect(view.materials.find((m) => m.code === 'business_license')?.heldBy).toBeUndefined();
    const missing = (await submit(w.alice, view.id)).json().error.details as { materialCode?: string }[];
    expect(missing.flatMap((d) => (d.materialCode ? [d.materialCode] : []))).toEqual(['business_license', 'deed']);
    const stale = await w.call(w.alice, 'DELETE', `/applications/${view.id}/materials/business_license/licence`, {
      headers: ifMatch(view.version - 1),
    });
    expect(stale.statusCode).toBe(409);
  });
});
