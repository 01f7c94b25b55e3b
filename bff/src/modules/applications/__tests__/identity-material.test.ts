import { type ApplicationView } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import {
  caseWorld,
  ifMatch,
  newKey,
  resident,
  setStoredCase,
  simpleItem,
  uploadOf,
  type CaseWorld,
} from '../testing/cases';

/** TEST-SIMPLE with its ID card held by the verified identity (材料免提交). */
const HELD = 'TEST-HELD';

let w: CaseWorld;
let alice: LoggedIn;
beforeAll(async () => {
  w = await caseWorld();
  const item = simpleItem({ name: '免提交身份证事项' });
  item.materials[0] = { ...item.materials[0]!, satisfiedBy: 'identity' };
  await putItem(w.app.db, HELD, item);
  alice = await resident(w.app, 'held_alice', '钱敏');
});
afterAll(async () => {
  await w.t.close();
});

/** A draft of `code` with the form and the delivery filled, no uploads. */
async function filledDraft(code: string): Promise<ApplicationView> {
  const view = (await w.call(alice, 'POST', '/applications', { payload: { items: [code] } })).json<ApplicationView>();
  const patched = await w.call(alice, 'PATCH', `/applications/${view.id}`, {
    headers: ifMatch(view.version),
    payload: { data: { purpose: '入学' }, delivery: { method: 'window' } },
  });
  expect(patched.statusCode).toBe(200);
  return patched.json<ApplicationView>();
}

const submit = (id: string) =>
  w.call(alice, 'POST', `/applications/${id}/submit`, { headers: { 'idempotency-key': newKey() } });
const idCardOf = (view: ApplicationView) => view.materials.find((m) => m.code === 'id_card');

describe('材料免提交: the verified identity stands for the ID card', () => {
  it('shows the ID card as held by the identity and submits without an upload', async () => {
    const view = await filledDraft(HELD);
    expect(idCardOf(view)).toMatchObject({ satisfiedBy: 'identity', heldBy: { kind: 'identity' }, uploadIds: [] });
    const res = await submit(view.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted' });
  });

  it('still asks for the ID card of an item that does not say so', async () => {
    const view = await filledDraft('TEST-SIMPLE');
    expect(idCardOf(view)?.heldBy).toBeUndefined();
    const res = await submit(view.id);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([{ materialCode: 'id_card', reason: '请上传居民身份证（正反面）' }]);
  });

  it('asks for it when the case has no verified applicant', async () => {
    const view = await filledDraft(HELD);
    await setStoredCase(w.app, view.id, { applicant: null });
    const read = (await w.call(alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
    expect(idCardOf(read)?.heldBy).toBeUndefined();
    const res = await submit(view.id);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([{ materialCode: 'id_card', reason: '请上传居民身份证（正反面）' }]);
  });

  it('lets the applicant upload a copy all the same, and it stays held', async () => {
    const view = await filledDraft(HELD);
    const upload = await uploadOf(w.app, alice);
    const res = await w.call(alice, 'PUT', `/applications/${view.id}/materials/id_card`, {
      headers: ifMatch(view.version),
      payload: { uploadIds: [upload] },
    });
    expect(res.statusCode).toBe(200);
    expect(idCardOf(res.json<ApplicationView>())).toMatchObject({ uploadIds: [upload], heldBy: { kind: 'identity' } });
  });
});
