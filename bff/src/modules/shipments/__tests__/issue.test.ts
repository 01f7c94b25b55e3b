import { type ApplicationView, type StaffApplicationView } from '@onetrip/shared';
import { changeStoredCase, storedCase } from '../../applications/testing/cases';
import { staffView } from '../../staff/testing/world';
import {
  ADDRESS_PHONE,
  approvedExpressCase,
  EMS,
  issue,
  paidExpressCase,
  payFee,
  shipResident,
  shipWorld,
  waybillsOf,
  type ShipWorld,
} from '../testing/world';

let w: ShipWorld;
beforeAll(async () => {
  w = await shipWorld();
});
afterAll(async () => {
  await w.t.close();
});

type Stored = Record<string, unknown> & {
  version: number;
  status: string;
  shipment?: Record<string, unknown> & { events: { action: string }[] };
  timeline: { action: string; note?: string }[];
  outbox: { kind: string; extra?: { code?: string; codeEnc?: string; note?: string } }[];
};
const stored = async (id: string) => (await storedCase(w.app, id)) as unknown as Stored;

/** Every shipment QR token points at a stored shipment, and every stored shipment has one. */
async function expectTokensOfStoredShipmentsOnly() {
  const tokens = await w.app.db.collection('qrcodes').find({ kind: 'shipment' }).toArray();
  const cases = await w.app.db
    .collection('applications')
    .find({ 'shipment.id': { $exists: true } })
    .toArray();
  const shipmentIds = cases.map((c) => (c.shipment as { id: string }).id);
  expect(tokens.map((t) => t.target as string).sort()).toEqual(shipmentIds.sort());
}

describe('POST /staff/applications/:id/issue of an express case', () => {
  it('creates the waybill, moves the case to shipping and sends the receipt code; only the applicant sees the code', async () => {
    const alice = await shipResident(w, 'iss_alice');
    const { id, version } = await paidExpressCase(w, alice);
    const res = await issue(w, id, version);
    expect(res.statusCode).toBe(200);
    const staffSide = res.json<StaffApplicationView>();
    expect(staffSide).toMatchObject({
      status: 'shipping',
      version: version + 1,
      shipment: { courierCompany: EMS, status: 'created', locked: false, events: [{ action: 'created' }] },
    });
    expect(staffSide.shipment).not.toHaveProperty('receiptCode');
    expect(await staffView(w, w.staffA, id)).toMatchObject({ shipment: { id: staffSide.shipment?.id } });
    expect((await staffView(w, w.staffA, id)).shipment).not.toHaveProperty('receiptCode');

    // The express platform has one live waybill for the case, addressed to the recipient.
    const [waybill, ...more] = await waybillsOf(w, id);
    expect(more).toEqual([]);
    expect(waybill).toMatchObject({
      waybillNo: staffSide.shipment?.waybillNo,
      company: EMS,
      status: 'created',
      recipient: { name: '王秀英', phone: ADDRESS_PHONE, address: '山东省临沂市莒南县十字路街道1号' },
      cargo: { count: 1 },
    });

    const mine = (await w.call(alice, 'GET', `/applications/${id}`)).json<ApplicationView>();
    expect(mine.status).toBe('shipping');
    expect(mine.shipment?.receiptCode).toMatch(/^[0-9]{6}$/);
    const code = mine.shipment?.receiptCode ?? '';
    expect(mine.timeline.slice(-2).map((e) => e.action)).toEqual(['issued', 'shipped']);

    // Stored: the hash to check and the ciphertext to show; the plain code nowhere.
    const doc = await stored(id);
    expect(doc).toMatchObject({ status: 'shipping', certificateNo: '测证字2026第088号' });
    expect(doc.shipment).toMatchObject({ orderId: id, wrongCodes: 0, locked: false });
    expect(doc.shipment?.receiptCodeEnc).toMatch(/^v1\./);
    expect(doc.shipment?.receiptCodeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(doc)).not.toContain(`"${code}"`);
    const kinds = doc.outbox.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['shipped', 'receipt_code']));
    const message = doc.outbox.find((e) => e.kind === 'receipt_code');
    expect(message?.extra?.code).toBeUndefined();
    expect(w.app.pii.decrypt(message?.extra?.codeEnc ?? '')).toBe(code);
  });

  it('the envelope QR token opens the shipment (GET /qr/:token)', async () => {
    const bob = await shipResident(w, 'iss_bob', '李建国');
    const { id, version } = await paidExpressCase(w, bob);
    const shipment = (await issue(w, id, version)).json<StaffApplicationView>().shipment;
    const token = (await stored(id)).shipment?.qrToken as string;
    expect(token).toMatch(/^s-[A-Za-z0-9_-]{11}$/);
    const res = await w.app.inject({ method: 'GET', url: `/api/v1/qr/${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ kind: 'shipment', target: shipment?.id });
  });

  it('is refused with 409 while the postage is unpaid: no waybill, nothing written', async () => {
    const carol = await shipResident(w, 'iss_carol', '赵敏');
    const { id, version } = await approvedExpressCase(w, carol);
    expect((await stored(id)).fee).toMatchObject({ items: 0, express: 1200, total: 1200 });
    const res = await issue(w, id, version);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(await stored(id)).toMatchObject({ status: 'approved', version });
    expect((await stored(id)).shipment).toBeUndefined();
    expect(await waybillsOf(w, id)).toEqual([]);
    // Paid, it goes.
    const paidVersion = await payFee(w, carol, id);
    expect((await issue(w, id, paidVersion)).statusCode).toBe(200);
  });

  it('the express platform down → 503 UPSTREAM_UNAVAILABLE and the case unchanged; a later issue works', async () => {
    const dave = await shipResident(w, 'iss_dave', '孙丽');
    const { id, version } = await paidExpressCase(w, dave);
    const before = await stored(id);
    await w.mock('PUT', '/__mock/scenario', { name: 'express-busy', match: id });
    const res = await issue(w, id, version);
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ error: { code: 'UPSTREAM_UNAVAILABLE', message: expect.any(String) } });
    const after = await stored(id);
    expect(after).toMatchObject({ status: 'approved', version });
    expect(after.shipment).toBeUndefined();
    expect(after.timeline).toHaveLength(before.timeline.length);
    expect(after.outbox).toHaveLength(before.outbox.length);
    expect(await waybillsOf(w, id)).toEqual([]);
    await expectTokensOfStoredShipmentsOnly();

    const again = await issue(w, id, version);
    expect(again.statusCode).toBe(200);
    expect(await waybillsOf(w, id)).toHaveLength(1);
  });

  it('a waybill made while the case write loses is cancelled, and the next issue gets a live one', async () => {
    const erin = await shipResident(w, 'iss_erin', '周洁');
    const { id, version } = await paidExpressCase(w, erin);
    // The platform answers slowly (2 s); meanwhile someone else changes the case.
    await w.mock('PUT', '/__mock/scenario', { name: 'slow', path: '/express/v1/waybills', match: id });
    const pending = issue(w, id, version);
    await new Promise((r) => setTimeout(r, 500));
    await changeStoredCase(w.app, id, { $inc: { version: 1 } });
    const res = await pending;
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const after = await stored(id);
    expect(after).toMatchObject({ status: 'approved', version: version + 1 });
    expect(after.shipment).toBeUndefined();
    const [cancelled, ...rest] = await waybillsOf(w, id);
    expect(rest).toEqual([]);
    expect(cancelled?.status).toBe('cancelled');
    // Its QR token was removed too.
    await expectTokensOfStoredShipmentsOnly();

    const again = await issue(w, id, version + 1);
    expect(again.statusCode).toBe(200);
    const waybills = await waybillsOf(w, id);
    expect(waybills.map((b) => b.status)).toEqual(['cancelled', 'created']);
    expect(again.json<StaffApplicationView>().shipment?.waybillNo).toBe(waybills[1]?.waybillNo);
  });

  it('a waybill that could not be cancelled stays live, and the next issue of the case reuses it', async () => {
    const gail = await shipResident(w, 'iss_gail', '郑红');
    const { id, version } = await paidExpressCase(w, gail);
    // The platform gives one live waybill per reference (the case id): learn its number to make its cancel fail.
    const created = await fetch(`${w.t.mockBase}/express/v1/waybills`, {
      method: 'POST',
      headers: { 'x-api-key': 'test_key', 'content-type': 'application/json' },
      body: JSON.stringify({
        orderId: id,
        sender: { name: '测试', phone: '13800000000', address: '测试地址' },
        recipient: { name: '测试', phone: '13800000001', address: '测试地址' },
        cargo: { name: '证照', count: 1 },
      }),
    });
    const { waybillNo } = (await created.json()) as { waybillNo: string };
    await w.mock('PUT', '/__mock/scenario', { name: 'express-busy', path: `/express/v1/waybills/${waybillNo}/cancel` });
    await w.mock('PUT', '/__mock/scenario', { name: 'slow', path: '/express/v1/waybills', match: id });
    const pending = issue(w, id, version);
    await new Promise((r) => setTimeout(r, 500));
    await changeStoredCase(w.app, id, { $inc: { version: 1 } });
    expect((await pending).statusCode).toBe(409);
    expect((await waybillsOf(w, id)).map((b) => [b.waybillNo, b.status])).toEqual([[waybillNo, 'created']]);

    const again = await issue(w, id, version + 1);
    expect(again.statusCode).toBe(200);
    expect(again.json<StaffApplicationView>().shipment?.waybillNo).toBe(waybillNo);
    expect((await waybillsOf(w, id)).map((b) => [b.waybillNo, b.status])).toEqual([[waybillNo, 'created']]);
  });

  it('two staff issuing at once: exactly one wins, one waybill stays live', async () => {
    const fay = await shipResident(w, 'iss_fay', '吴芳');
    const { id, version } = await paidExpressCase(w, fay);
    const results = await Promise.all([issue(w, id, version), issue(w, id, version)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const doc = await stored(id);
    expect(doc).toMatchObject({ status: 'shipping', version: version + 1 });
    expect(doc.timeline.filter((e) => e.action === 'shipped')).toHaveLength(1);
    const live = (await waybillsOf(w, id)).filter((b) => b.status !== 'cancelled');
    expect(live.map((b) => b.waybillNo)).toEqual([doc.shipment?.waybillNo]);
  });
});
