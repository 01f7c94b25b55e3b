import { type ApplicationView } from '@onetrip/shared';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import {
  caseWorld,
  ifMatch,
  resident,
  setStoredCase,
  SIMPLE,
  storedCase,
  WINDOW_ONLY,
  type CaseWorld,
} from '../testing/cases';

let w: CaseWorld;
let alice: Awaited<ReturnType<typeof resident>>;
let bob: Awaited<ReturnType<typeof resident>>;
beforeAll(async () => {
  w = await caseWorld();
  [alice, bob] = await Promise.all([resident(w.app, 'p_alice', '王丽'), resident(w.app, 'p_bob', '李强')]);
});
afterAll(async () => {
  await w.t.close();
});

const draft = async (who: LoggedIn = alice, items = [SIMPLE]) =>
  (await w.call(who, 'POST', '/applications', { payload: { items } })).json<ApplicationView>();
const patch = (who: LoggedIn, view: { id: string }, payload: unknown, headers: Record<string, string> = {}) =>
  w.call(who, 'PATCH', `/applications/${view.id}`, { payload, headers });
const addAddress = async (who: LoggedIn) =>
  (
    await w.call(who, 'POST', '/me/addresses', {
      payload: { name: '收件人', phone: '13700001234', region: ['浙江省', '杭州市', '西湖区'], detail: '文三路 1 号' },
    })
  ).json<{ id: string }>().id;

describe('PATCH /applications/:id — form data', () => {
  it('merges data into the stored values, bumps the version and answers with the new ETag', async () => {
    const view = await draft();
    const res = await patch(alice, view, { data: { purpose: '  入学  ', copies: 2 } }, ifMatch(1));
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    const after = res.json<ApplicationView>();
    expect(after.version).toBe(2);
    expect(after.data).toMatchObject({ applicantName: alice.profile.name, purpose: '入学', copies: 2 });
    const stored = await storedCase(w.app, view.id);
    expect(stored?.data).toMatchObject({ purpose: '入学', copies: 2 });
    expect(stored?.version).toBe(2);
  });

  it('keeps the stored ID and phone when their masked values come back unchanged; a new phone is stored encrypted', async () => {
    const view = await draft();
    const before = await storedCase(w.app, view.id);
    const res = await patch(
      alice,
      view,
      { data: { ...view.data, applicantPhone: '13600009999', purpose: '就业' } },
      ifMatch(1),
    );
    expect(res.statusCode).toBe(200);
    const stored = await storedCase(w.app, view.id);
    expect(stored?.data.applicantIdNumber).toBe(before?.data.applicantIdNumber);
    expect(w.app.pii.decrypt(stored?.data.applicantPhone)).toBe('13600009999');
    expect(JSON.stringify(stored)).not.toContain('13600009999');
    expect(res.json().data.applicantPhone).toBe('136****9999');
  });

  it('refuses invalid values and unknown keys with 400 listing each; nothing changes', async () => {
    const view = await draft();
    const res = await patch(
      alice,
      view,
      { data: { purpose: 'x'.repeat(21), applicantIdNumber: '110***********1234', nosuch: 1 } },
      ifMatch(1),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'data.applicantIdNumber',
      'data.purpose',
      'data.nosuch',
    ]);
    expect((await storedCase(w.app, view.id))?.version).toBe(1);
  });

  it('refuses client-set status, fee, ownerId, number and version (400), leaving the case as it was', async () => {
    const view = await draft();
    for (const payload of [
      { status: 'submitted' },
      { fee: { total: 0 } },
      { ownerId: bob.userId },
      { number: 'ZW20260101000001' },
      { version: 9 },
    ]) {
      const res = await patch(alice, view, { data: {}, ...payload }, ifMatch(1));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'draft', version: 1, ownerId: alice.userId });
  });

  it('refuses $-operators and __proto__ in the body and in data (400)', async () => {
    const view = await draft();
    for (const body of [
      '{"$set":{"status":"accepted"}}',
      '{"data":{"$set":{"status":"accepted"}}}',
      '{"data":{"purpose":{"$gt":""}}}',
      '{"data":{"__proto__":{"admin":true}}}',
      '{"__proto__":{"status":"accepted"}}',
    ]) {
      const res = await w.call(alice, 'PATCH', `/applications/${view.id}`, {
        payload: body,
        headers: { ...ifMatch(1), 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'draft', version: 1 });
  });

  it('needs If-Match (400); a stale one is 409 VERSION_CONFLICT and nothing changes', async () => {
    const view = await draft();
    const missing = await patch(alice, view, { data: { purpose: 'a' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('VALIDATION_FAILED');
    expect((await patch(alice, view, { data: { purpose: 'first' } }, ifMatch(1))).statusCode).toBe(200);
    const stale = await patch(alice, view, { data: { purpose: 'second' } }, ifMatch(1));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(await storedCase(w.app, view.id)).toMatchObject({ version: 2, data: { purpose: 'first' } });
  });

  it('concurrent PATCHes with the same version: exactly one 200, the others 409', async () => {
    const view = await draft();
    const answers = await Promise.all(
      ['一', '二', '三', '四'].map((p) => patch(alice, view, { data: { purpose: p } }, ifMatch(1))),
    );
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409]);
    const winner = answers.find((r) => r.statusCode === 200)?.json<ApplicationView>();
    const stored = await storedCase(w.app, view.id);
    expect(stored?.version).toBe(2);
    expect(stored?.data.purpose).toBe(winner?.data.purpose);
  });

  it('answers 404 to another resident (GET and PATCH alike) and leaves the case alone', async () => {
    const view = await draft();
    const res = await patch(bob, view, { data: { purpose: 'hijack' } }, ifMatch(1));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await storedCase(w.app, view.id))?.version).toBe(1);
  });
});

describe('PATCH /applications/:id — delivery and fee', () => {
  it('window pick-up: no postage; express with an own address: snapshot stored encrypted, fee recomputed', async () => {
    const view = await draft();
    const window = await patch(alice, view, { delivery: { method: 'window' } }, ifMatch(1));
    expect(window.json()).toMatchObject({
      delivery: { method: 'window' },
      fee: { items: 500, express: 0, total: 500 },
    });
    const addressId = await addAddress(alice);
    const express = await patch(alice, view, { delivery: { method: 'express', addressId } }, ifMatch(2));
    expect(express.statusCode).toBe(200);
    expect(express.json()).toMatchObject({
      delivery: { method: 'express', address: { name: '收件人', phoneMasked: '137****1234', detail: '文三路 1 号' } },
      fee: { items: 500, express: 1000, total: 1500 },
    });
    const stored = await storedCase(w.app, view.id);
    expect(JSON.stringify(stored)).not.toContain('13700001234');
    expect(stored?.fee).toEqual({ items: 500, express: 1000, total: 1500 });
    const cleared = await patch(alice, view, { delivery: null }, ifMatch(3));
    expect(cleared.json()).toMatchObject({ delivery: null, fee: { total: 500 } });
  });

  it('refuses express when an item does not allow it (400), whatever the address', async () => {
    const view = await draft(alice, [SIMPLE, WINDOW_ONLY]);
    expect(view.expressAllowed).toBe(false);
    const res = await patch(
      alice,
      view,
      { delivery: { method: 'express', addressId: await addAddress(alice) } },
      ifMatch(1),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('仅窗口领取事项');
    expect(await storedCase(w.app, view.id)).toMatchObject({ delivery: null, version: 1 });
  });

  it('refuses express without an address (400) and with another user’s address (404)', async () => {
    const view = await draft();
    const none = await patch(alice, view, { delivery: { method: 'express' } }, ifMatch(1));
    expect(none.statusCode).toBe(400);
    const bobs = await patch(
      alice,
      view,
      { delivery: { method: 'express', addressId: await addAddress(bob) } },
      ifMatch(1),
    );
    expect(bobs.statusCode).toBe(404);
    expect(bobs.json().error.code).toBe('NOT_FOUND');
    expect(await storedCase(w.app, view.id)).toMatchObject({ delivery: null, version: 1, fee: { total: 500 } });
  });

  it('refuses changes once the case is submitted (409 INVALID_STATE)', async () => {
    const view = await draft();
    await setStoredCase(w.app, view.id, { status: 'submitted' });
    const res = await patch(alice, view, { data: { purpose: 'late' } }, ifMatch(1));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('INVALID_STATE');
  });
});
