import { type ApplicationView } from '@onetrip/shared';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import { type ApplicationRecord } from '../application.model';
import {
  caseWorld,
  newKey,
  readyCase,
  resident,
  setStoredCase,
  SIMPLE,
  storedCase,
  type CaseWorld,
} from '../testing/cases';

let w: CaseWorld;
let alice: LoggedIn;
let bob: LoggedIn;
const withdrawn: ApplicationRecord[] = [];
let removeHook: () => void;
beforeAll(async () => {
  w = await caseWorld();
  [alice, bob] = await Promise.all([resident(w.app, 'w_alice', '吴芳'), resident(w.app, 'w_bob', '郑伟')]);
  removeHook = w.app.withdrawHooks.add(async (_app, record) => {
    withdrawn.push(record);
  });
});
afterAll(async () => {
  removeHook();
  await w.t.close();
});

const withdraw = (who: LoggedIn, id: string, payload?: unknown) =>
  w.call(who, 'POST', `/applications/${id}/withdraw`, payload === undefined ? {} : { payload });
const setStatus = (id: string, status: string) => setStoredCase(w.app, id, { status });

describe('POST /applications/:id/withdraw', () => {
  it('withdraws a draft: status withdrawn, a timeline event with the reason, version bumped, hooks told', async () => {
    const view = (
      await w.call(alice, 'POST', '/applications', { payload: { items: [SIMPLE] } })
    ).json<ApplicationView>();
    const res = await withdraw(alice, view.id, { reason: '不办了' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(res.json().timeline.at(-1)).toMatchObject({
      action: 'withdrawn',
      note: '不办了',
      actor: { role: 'resident' },
    });
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'withdrawn', version: 2 });
    expect(withdrawn.map((r) => r._id.toHexString())).toContain(view.id);
    expect(withdrawn.find((r) => r._id.toHexString() === view.id)?.status).toBe('withdrawn');
  });

  it('withdraws a submitted case and one waiting for a supplement (no body needed)', async () => {
    for (const status of ['submitted', 'supplement_required']) {
      const view = await readyCase(w, alice);
      await w.call(alice, 'POST', `/applications/${view.id}/submit`, { headers: { 'idempotency-key': newKey() } });
      await setStatus(view.id, status);
      const res = await withdraw(alice, view.id);
      expect(res.statusCode).toBe(200);
      expect((await storedCase(w.app, view.id))?.status).toBe('withdrawn');
    }
  });

  it('refuses after acceptance and when already withdrawn (409 INVALID_STATE); nothing changes', async () => {
    for (const status of ['accepted', 'withdrawn', 'completed']) {
      const view = await readyCase(w, alice);
      await setStatus(view.id, status);
      const res = await withdraw(alice, view.id);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('INVALID_STATE');
      expect(await storedCase(w.app, view.id)).toMatchObject({ status, version: view.version });
    }
  });

  it('answers 404 to another resident and leaves the case alone', async () => {
    const view = await readyCase(w, alice);
    const res = await withdraw(bob, view.id);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await storedCase(w.app, view.id))?.status).toBe('draft');
  });

  it('refuses a bad body (400): unknown keys or an over-long reason', async () => {
    const view = await readyCase(w, alice);
    expect((await withdraw(alice, view.id, { reason: 'x'.repeat(201) })).statusCode).toBe(400);
    expect((await withdraw(alice, view.id, { status: 'draft' })).statusCode).toBe(400);
    expect((await storedCase(w.app, view.id))?.status).toBe('draft');
  });

  it('a withdrawn case can no longer be submitted (409)', async () => {
    const view = await readyCase(w, alice);
    await withdraw(alice, view.id);
    const res = await w.call(alice, 'POST', `/applications/${view.id}/submit`, {
      headers: { 'idempotency-key': newKey() },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_STATE');
    expect((await storedCase(w.app, view.id))?.number).toBeUndefined();
  });

  it('a failing hook is logged and does not undo the withdrawal', async () => {
    const remove = w.app.withdrawHooks.add(async () => {
      throw new Error('payments are down');
    });
    try {
      const view = await readyCase(w, alice);
      const res = await withdraw(alice, view.id);
      expect(res.statusCode).toBe(200);
      expect((await storedCase(w.app, view.id))?.status).toBe('withdrawn');
      expect(withdrawn.map((r) => r._id.toHexString())).toContain(view.id);
    } finally {
      remove();
    }
  });
});
