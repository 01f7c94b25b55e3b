import { Writable } from 'node:stream';
import { REDACT_PATHS } from '../../../lib/logger';
import { storedCase } from '../../applications/testing/cases';
import { runOutboxOnce } from '../../notifications';
import { arm, messagesTo, textsTo } from '../../notifications/testing/outbox-world';
import { staffView } from '../../staff/testing/world';
import { courierAct, shipResident, shippedCase, shipWorld, type ShipWorld } from '../testing/world';

// Everything the app logs, at the most detailed level, to look for the codes in it.
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString('utf8'));
    done();
  },
});

/** Every code the recipients of this file received (filled by the tests before the log check). */
const received: string[] = [];
/** Every rating token texted in this file. */
const tokens: string[] = [];

let w: ShipWorld;
beforeAll(async () => {
  w = await shipWorld({
    logger: { level: 'trace', redact: { paths: REDACT_PATHS, censor: '[redacted]' }, stream: logStream },
  });
});
afterAll(async () => {
  await w.t.close();
});

const outbox = async (id: string) =>
  ((await storedCase(w.app, id))?.outbox ?? []) as {
    kind: string;
    status: string;
    channel: string | null;
    extra?: Record<string, string>;
  }[];

describe('the receipt code reaches the recipient, and nobody else', () => {
  it('by subscription message: shipped and receipt code on issue, delivered at the end', async () => {
    const alice = await shipResident(w, 'msg_alice');
    const s = await shippedCase(w, alice);
    await runOutboxOnce(w.app);
    const messages = await messagesTo(w.t.mockBase, alice.openid);
    const receipt = messages.filter((m) => m.template_id === 'tpl_receipt_code');
    expect(receipt).toHaveLength(1);
    expect(receipt[0]?.data.character_string2?.value).toBe(s.receiptCode);
    received.push(s.receiptCode);
    expect(receipt[0]?.page).toBe(`pages/cases/detail/index?id=${s.id}`);
    const statuses = messages.filter((m) => m.template_id === 'tpl_case_status').map((m) => m.data.thing3?.value);
    expect(statuses).toContain('证照已寄出');
    const shipped = messages.find((m) => m.data.thing3?.value === '证照已寄出');
    expect(shipped?.data.thing5?.value).toBe(`运单号${s.waybillNo}`);
    // Once sent, the code is no longer kept in the message entry.
    const sentEntry = (await outbox(s.id)).find((e) => e.kind === 'receipt_code');
    expect(sentEntry).toMatchObject({ status: 'sent', channel: 'wechat' });
    expect(sentEntry?.extra?.codeEnc).toBeUndefined();

    await courierAct(w, w.courier, s.shipmentId, 'pickup');
    expect((await courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode: s.receiptCode })).statusCode).toBe(
      200,
    );
    await runOutboxOnce(w.app);
    const after = await messagesTo(w.t.mockBase, alice.openid);
    expect(after.map((m) => m.data.thing3?.value)).toContain('证照已签收');
    // The delivery completes the case: its message opens the rating page in the app (never a token).
    const delivered = after.find((m) => m.data.thing3?.value === '证照已签收');
    expect(delivered?.page).toBe(`pages/cases/rate/index?id=${s.id}`);
  });

  it('by SMS when the recipient has not subscribed; a code re-issued by staff is sent again', async () => {
    const bob = await shipResident(w, 'msg_bob', '李建国');
    await arm(w.t.mockBase, 'not-subscribed', bob.openid, 50);
    const s = await shippedCase(w, bob);
    await runOutboxOnce(w.app);
    const texts = await textsTo(w.t.mockBase, bob.profile.phone);
    const receipt = texts.filter((t) => t.template === 'receipt_code');
    expect(receipt).toHaveLength(1);
    expect(receipt[0]?.params).toMatchObject({ code: s.receiptCode });
    received.push(s.receiptCode);

    await courierAct(w, w.courier, s.shipmentId, 'pickup');
    for (let i = 1; i <= 5; i += 1) {
      const wrong = String((Number(s.receiptCode) + i) % 1_000_000).padStart(6, '0');
      await courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode: wrong });
    }
    const unlocked = await w.call(w.staffA, 'POST', `/staff/applications/${s.id}/shipment/unlock`, {
      payload: { note: '已电话核实' },
    });
    expect(unlocked.statusCode).toBe(200);
    await runOutboxOnce(w.app);
    const again = (await textsTo(w.t.mockBase, bob.profile.phone)).filter((t) => t.template === 'receipt_code');
    expect(again).toHaveLength(2);
    const newCode = again[1]?.params.code ?? '';
    expect(newCode).toMatch(/^[0-9]{6}$/);
    received.push(newCode);
    expect((await courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode: newCode })).statusCode).toBe(200);

    // Staff never saw either code, in any view.
    const staffBody = JSON.stringify(await staffView(w, w.staffA, s.id));
    const queue = (await w.call(w.staffA, 'GET', '/staff/applications?stage=issuance')).body;
    for (const code of [s.receiptCode, newCode]) {
      expect(staffBody).not.toContain(`"${code}"`);
      expect(unlocked.body).not.toContain(`"${code}"`);
      expect(queue).not.toContain(code);
    }
    expect(staffBody).not.toContain('receiptCode');
  });

  it('a recipient without a subscription gets the rating link by SMS at delivery; it rates the case once', async () => {
    const carl = await shipResident(w, 'msg_carl', '孔令辉');
    await arm(w.t.mockBase, 'not-subscribed', carl.openid, 50);
    const s = await shippedCase(w, carl);
    await courierAct(w, w.courier, s.shipmentId, 'pickup');
    expect((await courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode: s.receiptCode })).statusCode).toBe(
      200,
    );
    await runOutboxOnce(w.app);
    const texts = (await textsTo(w.t.mockBase, carl.profile.phone)).filter((t) => t.template === 'case_completed_rate');
    expect(texts).toHaveLength(1);
    const token = /\/#\/pages\/cases\/rate\/index\?t=([A-Za-z0-9_-]+)$/.exec(texts[0]?.params.link ?? '')?.[1] ?? '';
    expect(token).not.toBe('');
    tokens.push(token);
    expect((await outbox(s.id)).find((e) => e.kind === 'delivered')).toMatchObject({ status: 'sent', channel: 'sms' });

    const anon = (method: 'GET' | 'POST', payload?: object) =>
      w.t.app.inject({ method, url: `/api/v1/rate/${token}`, ...(payload ? { payload } : {}) });
    expect((await anon('GET')).json()).toMatchObject({ itemNames: ['测试邮寄证照'], rated: false });
    expect((await anon('POST', { score: 5 })).statusCode).toBe(201);
    expect((await anon('POST', { score: 5 })).statusCode).toBe(404);
    expect(JSON.stringify(await staffView(w, w.staffA, s.id))).not.toContain(token);
  });

  it('no code ever reaches the log', () => {
    expect(tokens).toHaveLength(1);
    for (const token of tokens) expect(logLines.join('')).not.toContain(token);
    expect(received.length).toBe(3);
    expect(logLines.length).toBeGreaterThan(50);
    const log = logLines.join('');
    // A code on its own, not part of a longer number, an id or a time.
    for (const code of received) expect(log).not.toMatch(new RegExp(`(?<![0-9a-f.])${code}(?![0-9a-f])`));
  });
});
