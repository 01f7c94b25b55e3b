import { CaseNumber, type ApplicationView } from '@onetrip/shared';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import {
  caseWorld,
  ifMatch,
  newKey,
  readyCase,
  resident,
  setStoredCase,
  storedCase,
  type CaseWorld,
} from '../testing/cases';

let w: CaseWorld;
let alice: LoggedIn;
let bob: LoggedIn;
beforeAll(async () => {
  w = await caseWorld();
  [alice, bob] = await Promise.all([resident(w.app, 's_alice', '孙丽'), resident(w.app, 's_bob', '周强')]);
});
afterAll(async () => {
  await w.t.close();
});

const submit = (who: LoggedIn, id: string, key: string | null = newKey()) =>
  w.call(who, 'POST', `/applications/${id}/submit`, { headers: key ? { 'idempotency-key': key } : {} });
const numbersOf = (caseId: string) => w.app.db.collection('case_numbers').countDocuments({ caseId });

describe('POST /applications/:id/submit', () => {
  it('refuses an incomplete case with 422 INCOMPLETE listing every missing field and material at once', async () => {
    const view = (
      await w.call(alice, 'POST', '/applications', { payload: { chain: 'ESF-JIAOYI' } })
    ).json<ApplicationView>();
    const res = await submit(alice, view.id);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('INCOMPLETE');
    const details = res.json().error.details as { field?: string; materialCode?: string; reason: string }[];
    const requiredFields = view.form.fields
      .filter((f) => f.required && view.data[f.key] === undefined)
      .map((f) => f.key);
    // the ID card is held by the verified identity (材料免提交): not asked for
    expect(view.materials.find((m) => m.code === 'id_card')?.heldBy).toEqual({ kind: 'identity' });
    const requiredMaterials = view.materials.filter((m) => m.required && !m.heldBy).map((m) => m.code);
    expect(details.flatMap((d) => (d.field ? [d.field] : []))).toEqual([...requiredFields, 'delivery']);
    expect(details.flatMap((d) => (d.materialCode ? [d.materialCode] : []))).toEqual(requiredMaterials);
    // gapAllowed materials are still asked for: only staff accept with gaps
    expect(requiredMaterials).toEqual(expect.arrayContaining(['marriage_cert', 'utility_bills']));
    expect(details.every((d) => d.reason.length > 0)).toBe(true);
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'draft', version: 1 });
    expect(await numbersOf(view.id)).toBe(0);
  });

  it('needs an Idempotency-Key (400)', async () => {
    const view = await readyCase(w, alice);
    const res = await submit(alice, view.id, null);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect((await storedCase(w.app, view.id))?.status).toBe('draft');
  });

  it('submits: a ZW number, status submitted, a timeline event, version bumped', async () => {
    const view = await readyCase(w, alice);
    const res = await submit(alice, view.id);
    expect(res.statusCode).toBe(200);
    const { number } = res.json();
    expect(res.json()).toEqual({ status: 'submitted', number: expect.stringMatching(/^ZW\d{14}$/) });
    const stored = await storedCase(w.app, view.id);
    expect(stored).toMatchObject({ status: 'submitted', number, version: view.version + 1 });
    expect(stored?.timeline.map((e: { action: string }) => e.action)).toEqual(['created', 'submitted']);
    const after = (await w.call(alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
    expect(after).toMatchObject({ number, status: 'submitted' });
  });

  it('double submit with the same key at once: one number, both answers identical', async () => {
    const view = await readyCase(w, alice);
    const key = newKey();
    const [first, second] = await Promise.all([submit(alice, view.id, key), submit(alice, view.id, key)]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(second.json()).toEqual(first.json());
    expect(await numbersOf(view.id)).toBe(1);
    const stored = await storedCase(w.app, view.id);
    expect(stored?.number).toBe(first.json().number);
    expect(stored?.timeline.filter((e: { action: string }) => e.action === 'submitted')).toHaveLength(1);
    // Later, the same key still answers the same; another key finds the case no longer a draft.
    expect((await submit(alice, view.id, key)).json()).toEqual(first.json());
    const again = await submit(alice, view.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INVALID_STATE');
  });

  it('the same key for another case is 422 IDEMPOTENCY_KEY_REUSED and leaves that case a draft', async () => {
    const [one, two] = [await readyCase(w, alice), await readyCase(w, alice)];
    const key = newKey();
    expect((await submit(alice, one.id, key)).statusCode).toBe(200);
    const res = await submit(alice, two.id, key);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await storedCase(w.app, two.id))?.status).toBe('draft');
  });

  it('gives 20 cases submitted at once 20 different numbers of the form ZW + date + sequence', async () => {
    const cases = await Promise.all(Array.from({ length: 20 }, (_, i) => readyCase(w, i % 2 ? alice : bob)));
    const answers = await Promise.all(cases.map((c, i) => submit(i % 2 ? alice : bob, c.id)));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const numbers = answers.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(20);
    for (const n of numbers) expect(CaseNumber.safeParse(n).success).toBe(true);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
    expect(numbers.every((n) => n.startsWith(`ZW${today}`))).toBe(true);
    const stored = await w.app.db
      .collection('applications')
      .find({ number: { $in: numbers } })
      .toArray();
    expect(stored).toHaveLength(20);
  });

  it('answers 404 to another resident and does not submit', async () => {
    const view = await readyCase(w, alice);
    const res = await submit(bob, view.id);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await storedCase(w.app, view.id))?.status).toBe('draft');
  });

  it('a submitted case can no longer be edited (409 INVALID_STATE)', async () => {
    const view = await readyCase(w, alice);
    await submit(alice, view.id);
    const res = await w.call(alice, 'PATCH', `/applications/${view.id}`, {
      payload: { data: { purpose: '改' } },
      headers: ifMatch(view.version + 1),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_STATE');
    const mat = await w.call(alice, 'PUT', `/applications/${view.id}/materials/id_card`, {
      payload: { uploadIds: [] },
      headers: ifMatch(view.version + 1),
    });
    expect(mat.statusCode).toBe(409);
  });
});

describe('POST /applications/:id/resubmit', () => {
  const askForSupplement = (id: string) => setStoredCase(w.app, id, { status: 'supplement_required' });

  it('takes a case back from supplement_required to submitted, keeping its number', async () => {
    const view = await readyCase(w, alice);
    const { number } = (await submit(alice, view.id)).json();
    await askForSupplement(view.id);
    const res = await w.call(alice, 'POST', `/applications/${view.id}/resubmit`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', number });
    expect((await storedCase(w.app, view.id))?.timeline.at(-1)).toMatchObject({
      action: 'resubmitted',
      actor: { role: 'resident' },
    });
  });

  it('checks required fields and materials again (422), and refuses a case not waiting for a supplement (409)', async () => {
    const view = await readyCase(w, alice);
    await submit(alice, view.id);
    await askForSupplement(view.id);
    const cleared = await w.call(alice, 'PUT', `/applications/${view.id}/materials/id_card`, {
      payload: { uploadIds: [] },
      headers: ifMatch(view.version + 1),
    });
    expect(cleared.statusCode).toBe(200);
    const res = await w.call(alice, 'POST', `/applications/${view.id}/resubmit`);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([{ materialCode: 'id_card', reason: '请上传居民身份证（正反面）' }]);
    const draft = await readyCase(w, alice);
    expect((await w.call(alice, 'POST', `/applications/${draft.id}/resubmit`)).statusCode).toBe(409);
  });
});
