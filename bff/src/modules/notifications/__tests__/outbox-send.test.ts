import { applicationModel, type ApplicationRecord } from '../../applications/application.model';
import { usersModel } from '../../users/users.model';
import { enqueue, type NotificationKind, type OutboxExtra } from '../../applications';
import { caseWorld, type CaseWorld } from '../../applications/testing/cases';
import { runOutboxOnce } from '../worker';
import {
  arm,
  later,
  messagesTo,
  messagesWithRef,
  outboxOf,
  submittedCase,
  textsWithRef,
  uniqueResident,
} from '../testing/outbox-world';
import { updateVersioned } from '../../../lib/store';

let w: CaseWorld;
let mockBase: string;
beforeAll(async () => {
  w = await caseWorld();
  mockBase = w.t.mockBase;
});
afterAll(async () => {
  await w.t.close();
});

describe('outbox: queued with the change', () => {
  it('a submit stores the submitted message in the same document write', async () => {
    const alice = await uniqueResident(w.app, 'q_alice');
    const c = await submittedCase(w, alice);
    const doc = await w.app.db.collection('applications').findOne({ number: c.number });
    // one write: the version went up once, and it holds the status, the event and the message
    expect(doc).toMatchObject({ status: 'submitted', number: c.number, version: c.draftVersion + 1 });
    const submitEvent = doc?.timeline.find((e: { action: string }) => e.action === 'submitted');
    expect(doc?.outbox).toEqual([
      expect.objectContaining({
        kind: 'submitted',
        status: 'pending',
        attempts: 0,
        sentAt: null,
        channel: null,
        lastError: null,
      }),
    ]);
    expect(doc?.outbox[0].id).toMatch(/^[0-9a-f]{32}$/);
    expect(doc?.outbox[0].at.getTime()).toBeGreaterThanOrEqual(submitEvent.at.getTime() - 1000);
    expect(await messagesTo(mockBase, alice.openid)).toEqual([]);
  });

  it('a resubmit after a supplement notice queues another submitted message', async () => {
    const bob = await uniqueResident(w.app, 'q_bob');
    const c = await submittedCase(w, bob);
    await w.app.db
      .collection('applications')
      .updateOne({ number: c.number }, { $set: { status: 'supplement_required' }, $inc: { version: 1 } });
    const res = await w.call(bob, 'POST', `/applications/${c.id}/resubmit`);
    expect(res.statusCode).toBe(200);
    const outbox = await outboxOf(w.app, c.id);
    expect(outbox.map((e) => [e.kind, e.status])).toEqual([
      ['submitted', 'pending'],
      ['submitted', 'pending'],
    ]);
    expect(new Set(outbox.map((e) => e.id)).size).toBe(2);
  });
});

describe('outbox worker: subscription message, SMS fallback', () => {
  it('sends a subscription message with the case number and marks the entry sent', async () => {
    const carol = await uniqueResident(w.app, 'm_carol');
    const c = await submittedCase(w, carol);
    const versionBefore = (await w.app.db.collection('applications').findOne({ number: c.number }))?.version;
    const result = await runOutboxOnce(w.app);
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const [entry] = await outboxOf(w.app, c.id);
    expect(entry).toMatchObject({ status: 'sent', channel: 'wechat', attempts: 1, lastError: null });
    expect(entry?.sentAt).toBeInstanceOf(Date);
    const sent = await messagesWithRef(mockBase, carol.openid, entry?.id ?? '');
    expect(sent).toHaveLength(1);
    const message = sent[0];
    expect(message?.template_id).toBe('tpl_case_status');
    expect(message?.page).toBe(`pages/cases/detail/index?id=${c.id}`);
    expect(message?.data.character_string1?.value).toBe(c.number);
    expect(message?.data.thing3?.value).toBe('已提交');
    for (const [key, { value }] of Object.entries(message?.data ?? {})) {
      if (key.startsWith('thing')) expect([...value].length).toBeLessThanOrEqual(20);
    }
    // bookkeeping does not bump the case version (no 409 for the next If-Match)
    expect((await w.app.db.collection('applications').findOne({ number: c.number }))?.version).toBe(versionBefore);
    // a second pass sends nothing again
    await runOutboxOnce(w.app, { now: later(10 * 60_000) });
    expect(await messagesWithRef(mockBase, carol.openid, entry?.id ?? '')).toHaveLength(1);
  });

  it('not subscribed (43101) → an SMS to the applicant instead, with the number and the reference', async () => {
    const dave = await uniqueResident(w.app, 'm_dave');
    const c = await submittedCase(w, dave);
    await arm(mockBase, 'not-subscribed', dave.openid);
    await runOutboxOnce(w.app);
    const [entry] = await outboxOf(w.app, c.id);
    expect(entry).toMatchObject({ status: 'sent', channel: 'sms', attempts: 1 });
    expect(await messagesTo(mockBase, dave.openid)).toEqual([]);
    const texts = await textsWithRef(mockBase, dave.phone, entry?.id ?? '');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({
      template: 'case_submitted',
      params: { number: c.number, code: dave.phone.slice(-4) },
    });
  });

  it('no openid → SMS', async () => {
    const erin = await uniqueResident(w.app, 'm_erin');
    const c = await submittedCase(w, erin);
    await usersModel(w.app.db).updateOne({ _id: erin.userId }, { $unset: { weappOpenid: 1 } });
    await runOutboxOnce(w.app);
    const [entry] = await outboxOf(w.app, c.id);
    expect(entry).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(await textsWithRef(mockBase, erin.phone, entry?.id ?? '')).toHaveLength(1);
  });

  it('sms-fail → retried with backoff, then sent once', async () => {
    const fred = await uniqueResident(w.app, 'm_fred');
    const c = await submittedCase(w, fred);
    await arm(mockBase, 'not-subscribed', fred.openid, 2);
    await arm(mockBase, 'sms-fail', fred.phone, 1);
    const t0 = new Date();
    await runOutboxOnce(w.app, { now: t0 });
    let [entry] = await outboxOf(w.app, c.id);
    expect(entry).toMatchObject({ status: 'pending', attempts: 1, lastError: 'sms ProviderError', channel: null });
    expect(entry?.nextAt.getTime()).toBe(t0.getTime() + w.app.config.NOTIFY_BACKOFF_MS);
    // not due yet: nothing happens
    await runOutboxOnce(w.app, { now: later(1_000, t0) });
    expect((await outboxOf(w.app, c.id))[0]).toMatchObject({ status: 'pending', attempts: 1 });
    await runOutboxOnce(w.app, { now: later(w.app.config.NOTIFY_BACKOFF_MS, t0) });
    [entry] = await outboxOf(w.app, c.id);
    expect(entry).toMatchObject({ status: 'sent', channel: 'sms', attempts: 2, lastError: null });
    expect(await textsWithRef(mockBase, fred.phone, entry?.id ?? '')).toHaveLength(1);
  });

  it('gives up after NOTIFY_MAX_ATTEMPTS with the last error, the delay doubling each time', async () => {
    const gina = await uniqueResident(w.app, 'm_gina');
    const c = await submittedCase(w, gina);
    const max = w.app.config.NOTIFY_MAX_ATTEMPTS;
    await arm(mockBase, 'wechat-busy', gina.openid, max);
    let now = new Date();
    const delays: number[] = [];
    for (let i = 0; i < max; i += 1) {
      await runOutboxOnce(w.app, { now });
      const [entry] = await outboxOf(w.app, c.id);
      expect(entry?.attempts).toBe(i + 1);
      if (entry?.status === 'pending') delays.push(entry.nextAt.getTime() - now.getTime());
      now = entry?.nextAt ?? now;
    }
    const [entry] = await outboxOf(w.app, c.id);
    expect(entry).toMatchObject({ status: 'failed', attempts: max, lastError: 'wechat errcode -1', sentAt: null });
    expect(delays).toEqual(delays.map((_, i) => w.app.config.NOTIFY_BACKOFF_MS * 2 ** i));
    await runOutboxOnce(w.app, { now: later(24 * 3_600_000) });
    expect((await outboxOf(w.app, c.id))[0]?.attempts).toBe(max);
    expect(await messagesTo(mockBase, gina.openid)).toEqual([]);
  });

  it('a pick-up code travels encrypted, is sent in its own template, and is gone from the case once sent', async () => {
    const hana = await uniqueResident(w.app, 'm_hana');
    const c = await submittedCase(w, hana);
    await runOutboxOnce(w.app);
    await queue(c.id, 'denied', { note: '不符合办理条件', code: '000000' });
    await queue(c.id, 'ready_for_pickup', { codeEnc: w.app.pii.encrypt('482913') });
    await arm(mockBase, 'not-subscribed', hana.openid); // the first one goes by SMS
    await runOutboxOnce(w.app);
    const [, denied, pickup] = await outboxOf(w.app, c.id);
    expect(pickup).toMatchObject({ kind: 'ready_for_pickup', status: 'sent', channel: 'wechat', extra: {} });
    expect(denied).toMatchObject({ kind: 'denied', status: 'sent', channel: 'sms', extra: { note: '不符合办理条件' } });
    const [message] = await messagesWithRef(mockBase, hana.openid, pickup?.id ?? '');
    expect(message).toMatchObject({
      template_id: 'tpl_pickup_code',
      data: { character_string1: { value: c.number }, character_string2: { value: '482913' } },
    });
    const [text] = await textsWithRef(mockBase, hana.phone, denied?.id ?? '');
    // A message ending a stage says whom to call (no centre phone is set in this world: 12345 alone).
    expect(text).toMatchObject({
      template: 'case_status',
      params: { number: c.number, status: '不予许可。如有疑问，请拨打12345政务服务便民热线' },
    });
    const raw = JSON.stringify(await w.app.db.collection('applications').findOne({ number: c.number }));
    expect(raw).not.toContain('482913');
  });
});

/** Queues a message on a case the way a transition does (updateVersioned + enqueue). */
async function queue(id: string, kind: NotificationKind, extra?: OutboxExtra) {
  const Model = applicationModel(w.app.db);
  const record = await Model.findById(id).lean<ApplicationRecord>();
  if (!record || !(await updateVersioned(Model, id, record.version, enqueue(record, kind, extra))))
    throw new Error('queueing failed');
}
