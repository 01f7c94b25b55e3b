import { type ApplicationView, type CourierShipment, type StaffApplicationView } from '@onetrip/shared';
import { storedCase } from '../../applications/testing/cases';
import { act } from '../../staff/testing/world';
import {
  courierAct,
  otherCode,
  shipResident,
  shippedCase,
  shipWorld,
  type Resident,
  type Shipped,
  type ShipWorld,
} from '../testing/world';

let w: ShipWorld;
let alice: Resident;
beforeAll(async () => {
  w = await shipWorld();
  alice = await shipResident(w, 'rc_alice');
});
afterAll(async () => {
  await w.t.close();
});

type StoredShipment = {
  status: string;
  locked: boolean;
  wrongCodes: number;
  receiptCodeHash?: string;
  events: { action: string; note?: string }[];
};
const stored = async (id: string) =>
  (await storedCase(w.app, id)) as unknown as {
    status: string;
    version: number;
    shipment: StoredShipment;
    timeline: { action: string; actor: { role: string }; note?: string }[];
    outbox: { kind: string; extra?: { codeEnc?: string } }[];
  };
const deliver = (s: Pick<Shipped, 'shipmentId'>, receiptCode: string) =>
  courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode });
const unlock = (id: string, note = '已电话核实收件人身份', by = w.staffA) =>
  act(w, by, id, 'shipment/unlock', null, { note });
const codes = (res: { statusCode: number; json: () => { error?: { code: string } } }) => [
  res.statusCode,
  res.json().error?.code,
];

/** Shipped and picked up: ready for a delivery attempt. */
async function onTheWay(who: Resident = alice): Promise<Shipped> {
  const s = await shippedCase(w, who);
  const picked = await courierAct(w, w.courier, s.shipmentId, 'pickup');
  if (picked.statusCode !== 200) throw new Error(`pickup failed: ${picked.body}`);
  return s;
}

describe('wrong receipt codes', () => {
  it('4 × 422 RECEIPT_CODE_WRONG, the 5th → 423 LOCKED; then 423 even with the right code until staff unlock', async () => {
    const s = await onTheWay();
    for (let i = 1; i <= 4; i += 1) {
      const res = await deliver(s, otherCode(s.receiptCode, i));
      expect(codes(res)).toEqual([422, 'RECEIPT_CODE_WRONG']);
      expect(res.json().error.details).toEqual([{ attemptsLeft: 5 - i }]);
    }
    expect((await stored(s.id)).shipment).toMatchObject({ wrongCodes: 4, locked: false });
    expect(codes(await deliver(s, otherCode(s.receiptCode, 5)))).toEqual([423, 'LOCKED']);
    expect(codes(await deliver(s, s.receiptCode))).toEqual([423, 'LOCKED']);
    expect(codes(await deliver(s, otherCode(s.receiptCode, 6)))).toEqual([423, 'LOCKED']);
    // Every courier action waits for staff while locked.
    expect(codes(await courierAct(w, w.courier, s.shipmentId, 'fail', { reason: '无法核实' }))).toEqual([
      423,
      'LOCKED',
    ]);
    expect(codes(await courierAct(w, w.courier, s.shipmentId, 'pickup'))).toEqual([423, 'LOCKED']);

    const doc = await stored(s.id);
    expect(doc.status).toBe('shipping');
    expect(doc.shipment).toMatchObject({ status: 'picked_up', locked: true, wrongCodes: 5 });
    expect(doc.shipment.events.at(-1)).toMatchObject({ action: 'locked' });
    expect(doc.timeline.at(-1)).toMatchObject({ action: 'shipment_locked', actor: { role: 'courier' } });
    // The courier sees it locked; so do the applicant and staff.
    const row = (await w.call(w.courier, 'GET', `/courier/shipments/${s.shipmentId}`)).json<CourierShipment>();
    expect(row).toMatchObject({ locked: true, status: 'picked_up' });
    const mine = (await w.call(alice, 'GET', `/applications/${s.id}`)).json<ApplicationView>();
    expect(mine.shipment).toMatchObject({ locked: true, receiptCode: s.receiptCode });

    // Staff unlock: a new code is issued and sent; the old one stops working.
    const unlocked = await unlock(s.id);
    expect(unlocked.statusCode).toBe(200);
    const staffSide = unlocked.json<StaffApplicationView>();
    expect(staffSide.shipment).toMatchObject({ locked: false });
    expect(staffSide.shipment).not.toHaveProperty('receiptCode');
    expect(staffSide.shipment?.events.at(-1)).toMatchObject({ action: 'unlocked', note: '已电话核实收件人身份' });
    const after = await stored(s.id);
    expect(after.shipment).toMatchObject({ locked: false, wrongCodes: 0 });
    expect(after.timeline.at(-1)).toMatchObject({ action: 'shipment_unlocked', actor: { role: 'staff' } });
    const newCode = (await w.call(alice, 'GET', `/applications/${s.id}`)).json<ApplicationView>().shipment?.receiptCode;
    expect(newCode).toMatch(/^[0-9]{6}$/);
    const message = after.outbox.filter((e) => e.kind === 'receipt_code').at(-1);
    expect(w.app.pii.decrypt(message?.extra?.codeEnc ?? '')).toBe(newCode);

    if (newCode !== s.receiptCode) {
      expect(codes(await deliver(s, s.receiptCode))).toEqual([422, 'RECEIPT_CODE_WRONG']);
    }
    const delivered = await deliver(s, newCode ?? '');
    expect(delivered.statusCode).toBe(200);
    expect((await stored(s.id)).status).toBe('completed');
  });

  it('unlock: only the lead department, only a locked shipment; bad input is 400', async () => {
    const s = await onTheWay();
    expect(codes(await unlock(s.id))).toEqual([409, 'INVALID_STATE']);
    for (let i = 1; i <= 5; i += 1) await deliver(s, otherCode(s.receiptCode, i));
    expect((await stored(s.id)).shipment.locked).toBe(true);
    const version = (await stored(s.id)).version;

    expect(codes(await unlock(s.id, '核实', w.staffB))).toEqual([404, 'NOT_FOUND']);
    expect(codes(await unlock(s.id, '核实', alice))).toEqual([403, 'FORBIDDEN']);
    expect(codes(await unlock(s.id, '核实', w.courier))).toEqual([403, 'FORBIDDEN']);
    for (const payload of [{}, { note: '' }, { note: 'x'.repeat(201) }, { note: '核实', receiptCode: '123456' }]) {
      const res = await act(w, w.staffA, s.id, 'shipment/unlock', null, payload);
      expect(codes(res)).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(codes(await act(w, w.staffA, s.id, 'shipment/unlock', version - 1, { note: '核实' }))).toEqual([
      409,
      'VERSION_CONFLICT',
    ]);
    expect(await stored(s.id)).toMatchObject({ version, shipment: { locked: true } });
    expect((await act(w, w.staffA, s.id, 'shipment/unlock', version, { note: '核实' })).statusCode).toBe(200);
  });
});

describe('a code belongs to its shipment', () => {
  it("the code of another shipment is refused, even the recipient's own other parcel", async () => {
    const first = await onTheWay();
    const second = await onTheWay();
    const foreign = second.receiptCode === first.receiptCode ? null : second.receiptCode;
    if (foreign) expect(codes(await deliver(first, foreign))).toEqual([422, 'RECEIPT_CODE_WRONG']);
    // Even if the digits were equal, the stored hashes differ: each is bound to its shipment id.
    const [a, b] = [await stored(first.id), await stored(second.id)];
    expect(a.shipment.receiptCodeHash).not.toBe(b.shipment.receiptCodeHash);
    expect(w.app.pii.hash(`${first.shipmentId}:${first.receiptCode}`)).toBe(a.shipment.receiptCodeHash);
    expect(w.app.pii.hash(`${second.shipmentId}:${first.receiptCode}`)).not.toBe(b.shipment.receiptCodeHash);
    expect((await deliver(second, second.receiptCode)).statusCode).toBe(200);
    expect((await deliver(first, first.receiptCode)).statusCode).toBe(200);
  });
});

describe('concurrent tries', () => {
  it('12 wrong codes at once: exactly 4 × 422, the rest 423, locked after 5 counted', async () => {
    const s = await onTheWay();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => deliver(s, otherCode(s.receiptCode, i + 1))),
    );
    const byCode = results.map(codes).map(([status, code]) => `${status} ${code}`);
    expect(byCode.filter((c) => c === '422 RECEIPT_CODE_WRONG')).toHaveLength(4);
    expect(byCode.filter((c) => c === '423 LOCKED')).toHaveLength(8);
    const doc = await stored(s.id);
    expect(doc.shipment).toMatchObject({ locked: true, wrongCodes: 5, status: 'picked_up' });
    expect(doc.timeline.filter((e) => e.action === 'shipment_locked')).toHaveLength(1);
    expect(codes(await deliver(s, s.receiptCode))).toEqual([423, 'LOCKED']);
  });

  it('the right code racing wrong ones: either delivered before the lock, or locked — never both', async () => {
    const s = await onTheWay();
    for (let i = 1; i <= 4; i += 1) await deliver(s, otherCode(s.receiptCode, i));
    const [right, ...wrong] = await Promise.all([
      deliver(s, s.receiptCode),
      ...Array.from({ length: 4 }, (_, i) => deliver(s, otherCode(s.receiptCode, 10 + i))),
    ]);
    const doc = await stored(s.id);
    if (right?.statusCode === 200) {
      expect(doc).toMatchObject({ status: 'completed', shipment: { status: 'delivered', locked: false } });
      for (const res of wrong)
        expect(res.statusCode === 409 || res.statusCode === 422 || res.statusCode === 423).toBe(true);
      expect(doc.shipment.wrongCodes).toBeLessThanOrEqual(4);
    } else {
      expect(codes(right as never)).toEqual([423, 'LOCKED']);
      expect(doc).toMatchObject({ status: 'shipping', shipment: { locked: true, wrongCodes: 5 } });
    }
  });
});
