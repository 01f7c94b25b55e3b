import { TIMING, withLease } from '../../../lib/store';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { caseWorld, type CaseWorld } from '../../applications/testing/cases';
import { runOutboxOnce } from '../worker';
import { later, messagesWithRef, outboxOf, submittedCase, uniqueResident } from '../testing/outbox-world';

let w: CaseWorld;
/** A second BFF process on the same database (what takes over when the first dies). */
let other: TestApp;
let mockBase: string;
beforeAll(async () => {
  w = await caseWorld();
  other = await buildTestApp({ MONGODB_URI: w.app.config.MONGODB_URI });
  mockBase = w.t.mockBase;
});
afterAll(async () => {
  await other.app.close(); // not other.close(): that would drop the shared database first
  await w.t.close();
});

const refOf = async (id: string) => (await outboxOf(w.app, id))[0]?.id ?? '';

describe('outbox worker: concurrency and crashes', () => {
  it('several workers at once (two processes): every message is sent exactly once', async () => {
    const people = await Promise.all(['c_ann', 'c_ben', 'c_cat', 'c_dan'].map((n) => uniqueResident(w.app, n)));
    const cases = await Promise.all(people.map((p) => submittedCase(w, p)));
    const results = await Promise.all([
      runOutboxOnce(w.app),
      runOutboxOnce(w.app),
      runOutboxOnce(other.app),
      runOutboxOnce(other.app),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(cases.length);
    expect(results.reduce((n, r) => n + r.errors, 0)).toBe(0);
    for (const [i, c] of cases.entries()) {
      const ref = await refOf(c.id);
      expect(await messagesWithRef(mockBase, people[i]?.openid ?? '', ref)).toHaveLength(1);
      expect((await outboxOf(w.app, c.id))[0]).toMatchObject({ status: 'sent', attempts: 1, channel: 'wechat' });
    }
  });

  it('the BFF dies between the case change and the send: the entry survives and the next process sends it once', async () => {
    const eve = await uniqueResident(w.app, 'k_eve');
    // the change is stored by w.app, whose worker never runs (it "died")
    const c = await submittedCase(w, eve);
    const ref = await refOf(c.id);
    expect((await outboxOf(other.app, c.id))[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await runOutboxOnce(other.app)).sent).toBeGreaterThanOrEqual(1);
    await runOutboxOnce(other.app, { now: later(3_600_000) });
    expect(await messagesWithRef(mockBase, eve.openid, ref)).toHaveLength(1);
    expect((await outboxOf(w.app, c.id))[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a worker killed after claiming, before the send: sent once, only after the send timeout', async () => {
    const fay = await uniqueResident(w.app, 'k_fay');
    const c = await submittedCase(w, fay);
    const ref = await refOf(c.id);
    const t0 = new Date();
    const killed = await runOutboxOnce(w.app, {
      now: t0,
      beforeSend: (entry) => {
        if (entry.id === ref) throw new Error('killed');
      },
    });
    expect(killed.errors).toBe(1);
    const [claimed] = await outboxOf(w.app, c.id);
    expect(claimed).toMatchObject({ status: 'sending', attempts: 1, sentAt: null });
    expect(claimed?.attemptId).toEqual(expect.any(String));
    expect(await messagesWithRef(mockBase, fay.openid, ref)).toHaveLength(0);

    // another worker at once: the claim is fresh, so it is left alone
    await runOutboxOnce(other.app, { now: later(1_000, t0) });
    expect((await outboxOf(w.app, c.id))[0]).toMatchObject({ status: 'sending', attempts: 1 });
    expect(await messagesWithRef(mockBase, fay.openid, ref)).toHaveLength(0);

    // after the send timeout the claim is taken over and the message goes out, once
    const timeout = w.app.config.NOTIFY_SEND_TIMEOUT_MS;
    await Promise.all([
      runOutboxOnce(other.app, { now: later(timeout, t0) }),
      runOutboxOnce(w.app, { now: later(timeout, t0) }),
    ]);
    const [sent] = await outboxOf(w.app, c.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, channel: 'wechat' });
    expect(sent?.attemptId).not.toBe(claimed?.attemptId);
    expect(await messagesWithRef(mockBase, fay.openid, ref)).toHaveLength(1);
  });

  it('a message another worker is sending right now is left alone', async () => {
    const gus = await uniqueResident(w.app, 'k_gus');
    const c = await submittedCase(w, gus);
    const ref = await refOf(c.id);
    let sentMeanwhile = -1;
    await runOutboxOnce(w.app, {
      beforeSend: async (entry) => {
        if (entry.id !== ref) return;
        await runOutboxOnce(other.app);
        sentMeanwhile = (await messagesWithRef(mockBase, gus.openid, ref)).length;
      },
    });
    expect(sentMeanwhile).toBe(0);
    expect(await messagesWithRef(mockBase, gus.openid, ref)).toHaveLength(1);
    expect((await outboxOf(w.app, c.id))[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a case whose claim lease another worker holds is skipped (busy), then sent by the next pass', async () => {
    const hal = await uniqueResident(w.app, 'k_hal');
    const c = await submittedCase(w, hal);
    const ref = await refOf(c.id);
    const meanwhile = await withLease(w.app.db, `outbox:${c.id}`, () => runOutboxOnce(other.app), TIMING.exclusiveStep);
    expect(meanwhile.busy).toBeGreaterThanOrEqual(1);
    expect((await outboxOf(w.app, c.id))[0]).toMatchObject({ status: 'pending', attempts: 0 });
    await runOutboxOnce(other.app);
    expect(await messagesWithRef(mockBase, hal.openid, ref)).toHaveLength(1);
  });
});
