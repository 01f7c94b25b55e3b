import { Types } from 'mongoose';
import { type ApplicationView, type CourierShipment, type CourierShipmentList } from '@onetrip/shared';
import { storedCase } from '../../applications/testing/cases';
import { loginAs } from '../../../../test/helpers/login-as';
import {
  ADDRESS_PHONE,
  courierAct,
  EMS,
  otherCode,
  shipResident,
  shippedCase,
  shipWorld,
  type Resident,
  type ShipWorld,
  type Shipped,
} from '../testing/world';

let w: ShipWorld;
let alice: Resident;
beforeAll(async () => {
  w = await shipWorld();
  alice = await shipResident(w, 'cr_alice');
});
afterAll(async () => {
  await w.t.close();
});

const list = async (who = w.courier, query = '') => w.call(who, 'GET', `/courier/shipments${query}`);
const listed = async (who = w.courier, query = '') => (await list(who, query)).json<CourierShipmentList>();
const stored = async (id: string) =>
  (await storedCase(w.app, id)) as unknown as {
    status: string;
    version: number;
    completedAt?: Date;
    shipment: {
      status: string;
      events: { action: string; note?: string }[];
      receiptCodeHash?: string;
      receiptCodeEnc?: string;
    };
    timeline: { action: string; actor: { role: string }; note?: string }[];
    outbox: { kind: string }[];
  };

describe('the courier flow', () => {
  it('list → pick up → failed attempt → picked up again → delivered: the case is completed in the same write', async () => {
    const s = await shippedCase(w, alice);
    const active = await listed(w.courier, '?status=active');
    const row = active.items.find((i) => i.id === s.shipmentId);
    expect(row).toMatchObject({
      waybillNo: s.waybillNo,
      courierCompany: EMS,
      status: 'created',
      locked: false,
      itemNames: ['测试邮寄证照'],
      recipient: {
        name: '王*英',
        phoneMasked: '139****1111',
        address: { region: ['山东省', '临沂市', '莒南县'], detail: '十字路街道1号' },
      },
    });
    expect(row?.caseNumber).toMatch(/^ZW[0-9]{14}$/);
    expect(row?.qrToken).toMatch(/^s-/);
    expect((await w.call(w.courier, 'GET', `/courier/shipments/${s.shipmentId}`)).json()).toEqual(row);

    const picked = await courierAct(w, w.courier, s.shipmentId, 'pickup');
    expect(picked.statusCode).toBe(200);
    expect(picked.json<CourierShipment>().status).toBe('picked_up');
    const twice = await courierAct(w, w.courier, s.shipmentId, 'pickup');
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'INVALID_STATE']);

    const failed = await courierAct(w, w.courier, s.shipmentId, 'fail', { reason: '收件人不在家，电话无人接听' });
    expect(failed.json<CourierShipment>()).toMatchObject({ status: 'failed_attempt' });
    // Not picked up again yet: no delivery.
    const tooEarly = await courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode: s.receiptCode });
    expect([tooEarly.statusCode, tooEarly.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect((await courierAct(w, w.courier, s.shipmentId, 'pickup')).json<CourierShipment>().status).toBe('picked_up');

    const delivered = await courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode: s.receiptCode });
    expect(delivered.statusCode).toBe(200);
    expect(delivered.json<CourierShipment>()).toMatchObject({ status: 'delivered', locked: false });
    expect(delivered.json<CourierShipment>().events.map((e) => e.action)).toEqual([
      'created',
      'picked_up',
      'failed_attempt',
      'picked_up',
      'delivered',
    ]);

    const doc = await stored(s.id);
    // Shipment delivered, case delivered → completed, message queued, code forgotten: one write.
    expect(doc).toMatchObject({ status: 'completed', version: s.version + 4 });
    expect(doc.completedAt).toBeInstanceOf(Date);
    expect(doc.shipment.status).toBe('delivered');
    expect(doc.shipment.receiptCodeHash).toBeUndefined();
    expect(doc.shipment.receiptCodeEnc).toBeUndefined();
    expect(doc.timeline.slice(-6).map((e) => [e.action, e.actor.role])).toEqual([
      ['shipped', 'staff'],
      ['picked_up', 'courier'],
      ['delivery_failed', 'courier'],
      ['picked_up', 'courier'],
      ['delivered', 'courier'],
      ['completed', 'courier'],
    ]);
    expect(doc.timeline.find((e) => e.action === 'delivery_failed')?.note).toBe('收件人不在家，电话无人接听');
    expect(doc.outbox.map((e) => e.kind)).toContain('delivered');

    // The applicant: completed, the code no longer shown; and rating is open.
    const mine = (await w.call(alice, 'GET', `/applications/${s.id}`)).json<ApplicationView>();
    expect(mine).toMatchObject({ status: 'completed', shipment: { status: 'delivered' } });
    expect(mine.shipment).not.toHaveProperty('receiptCode');
    expect(
      (await w.call(alice, 'POST', `/applications/${s.id}/evaluation`, { payload: { score: 5 } })).statusCode,
    ).toBe(201);

    // Nothing more happens to a delivered shipment.
    for (const [action, payload] of [
      ['pickup', undefined],
      ['fail', { reason: '重复' }],
      ['deliver', { receiptCode: s.receiptCode }],
    ] as const) {
      const res = await courierAct(w, w.courier, s.shipmentId, action, payload);
      expect([action, res.statusCode, res.json().error.code]).toEqual([action, 409, 'INVALID_STATE']);
    }
    expect((await listed(w.courier, '?status=active')).items.map((i) => i.id)).not.toContain(s.shipmentId);
    expect((await listed(w.courier, '?status=delivered')).items.map((i) => i.id)).toContain(s.shipmentId);
  });

  it('a failed attempt needs a reason, and only after a pick-up', async () => {
    const s = await shippedCase(w, alice);
    const notYet = await courierAct(w, w.courier, s.shipmentId, 'fail', { reason: '地址不详' });
    expect([notYet.statusCode, notYet.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect((await stored(s.id)).version).toBe(s.version);
  });
});

describe('another company, other roles', () => {
  let s: Shipped;
  beforeAll(async () => {
    s = await shippedCase(w, alice);
  });

  it('a courier of another company gets 404 for the shipment, and does not see it listed', async () => {
    const theirs = await listed(w.otherCourier);
    expect(theirs.items.map((i) => i.id)).not.toContain(s.shipmentId);
    expect(theirs.items.every((i) => i.courierCompany !== EMS)).toBe(true);
    const calls = [
      () => w.call(w.otherCourier, 'GET', `/courier/shipments/${s.shipmentId}`),
      () => courierAct(w, w.otherCourier, s.shipmentId, 'pickup'),
      () => courierAct(w, w.otherCourier, s.shipmentId, 'deliver', { receiptCode: s.receiptCode }),
      () => courierAct(w, w.otherCourier, s.shipmentId, 'fail', { reason: '找不到地址' }),
    ];
    for (const call of calls) {
      const res = await call();
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
    // An unknown id answers the same.
    const unknown = await courierAct(w, w.courier, '0123456789abcdef01234567', 'pickup');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect(await stored(s.id)).toMatchObject({ version: s.version, shipment: { status: 'created' } });
  });

  it('residents and staff are not couriers (403); a courier whose role was removed is refused at once', async () => {
    for (const who of [alice, w.staffA]) {
      const res = await list(who);
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
      expect((await courierAct(w, who, s.shipmentId, 'pickup')).statusCode).toBe(403);
    }
    expect((await w.app.inject({ method: 'GET', url: '/api/v1/courier/shipments' })).statusCode).toBe(401);

    const gone = await loginAs(w.app, `shp_courier_gone_${s.shipmentId.slice(-6)}`, {
      roles: ['courier'],
      courierCompany: EMS,
    });
    expect((await list(gone)).statusCode).toBe(200);
    await w.app.db
      .collection('users')
      .updateOne({ _id: new Types.ObjectId(gone.userId) }, { $set: { roles: ['resident'] } });
    // The token still says courier; the user record no longer does.
    expect((await list(gone)).statusCode).toBe(403);
    expect((await courierAct(w, gone, s.shipmentId, 'pickup')).statusCode).toBe(403);
    expect(await stored(s.id)).toMatchObject({ version: s.version, shipment: { status: 'created' } });
  });
});

describe('the contract', () => {
  it('publishes the courier routes and the unlock in the OpenAPI document', async () => {
    const paths = Object.keys((await w.app.inject({ method: 'GET', url: '/api/v1/docs/json' })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/courier/shipments',
        '/api/v1/courier/shipments/{id}',
        '/api/v1/courier/shipments/{id}/pickup',
        '/api/v1/courier/shipments/{id}/deliver',
        '/api/v1/courier/shipments/{id}/fail',
        '/api/v1/staff/applications/{id}/shipment/unlock',
      ]),
    );
  });
});

describe('bad input', () => {
  it('is 400 with the error shape, and nothing is written', async () => {
    const s = await shippedCase(w, alice);
    await courierAct(w, w.courier, s.shipmentId, 'pickup');
    const version = (await stored(s.id)).version;
    const bad: [string, string, unknown][] = [
      ['POST', `/courier/shipments/${s.shipmentId}/deliver`, { receiptCode: '12ab56' }],
      ['POST', `/courier/shipments/${s.shipmentId}/deliver`, { receiptCode: '1234567' }],
      ['POST', `/courier/shipments/${s.shipmentId}/deliver`, { receiptCode: 123456 }],
      ['POST', `/courier/shipments/${s.shipmentId}/deliver`, {}],
      ['POST', `/courier/shipments/${s.shipmentId}/deliver`, { receiptCode: s.receiptCode, status: 'delivered' }],
      ['POST', `/courier/shipments/${s.shipmentId}/fail`, { reason: '' }],
      ['POST', `/courier/shipments/${s.shipmentId}/fail`, { reason: 'x'.repeat(201) }],
      ['POST', `/courier/shipments/${s.shipmentId}/fail`, { reason: '有\u0000控制字符' }],
      ['POST', `/courier/shipments/${s.shipmentId}/pickup`, { force: true }],
      ['POST', '/courier/shipments/not-an-id/pickup', undefined],
      ['POST', `/courier/shipments/${s.shipmentId}x/deliver`, { receiptCode: s.receiptCode }],
      ['GET', '/courier/shipments?status=lost', undefined],
      ['GET', '/courier/shipments?pageSize=500', undefined],
      ['GET', '/courier/shipments?courierCompany=%E9%A1%BA%E4%B8%B0%E9%80%9F%E8%BF%90', undefined],
    ];
    for (const [method, url, payload] of bad) {
      const res = await w.call(w.courier, method as 'GET' | 'POST', url, payload === undefined ? {} : { payload });
      expect([url, res.statusCode]).toEqual([url, 400]);
      expect(res.json()).toEqual({
        error: { code: 'VALIDATION_FAILED', message: expect.any(String), details: expect.any(Array) },
      });
    }
    const text = await w.app.inject({
      method: 'POST',
      url: `/api/v1/courier/shipments/${s.shipmentId}/deliver`,
      headers: { ...w.courier.headers, 'content-type': 'application/json' },
      payload: '{"receiptCode": ',
    });
    expect(text.statusCode).toBe(400);
    const doc = await stored(s.id);
    expect(doc).toMatchObject({ status: 'shipping', version, shipment: { status: 'picked_up' } });
    expect((doc.shipment as unknown as { wrongCodes: number }).wrongCodes).toBe(0);
    // A wrong but well-formed code is not bad input: it counts (422).
    const wrong = await courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode: otherCode(s.receiptCode) });
    expect(wrong.statusCode).toBe(422);
  });
});

describe('what a courier sees', () => {
  it('no courier response holds an ID number, an unmasked phone, upload ids, form data or the receipt code', async () => {
    const bob = await shipResident(w, 'cr_bob', '李建国');
    const s = await shippedCase(w, bob);
    const doc = await storedCase(w.app, s.id);
    const uploadIds = (doc?.materials as { uploadIds: string[] }[]).flatMap((m) => m.uploadIds);
    expect(uploadIds.length).toBeGreaterThan(0);
    const secrets = [
      bob.profile.idNumber,
      bob.profile.phone,
      ADDRESS_PHONE,
      s.receiptCode,
      ...uploadIds,
      '李建国',
      s.id,
    ];
    const bodies = [
      (await list()).body,
      (await list(w.courier, '?status=active')).body,
      (await w.call(w.courier, 'GET', `/courier/shipments/${s.shipmentId}`)).body,
      (await courierAct(w, w.courier, s.shipmentId, 'pickup')).body,
      (await courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode: otherCode(s.receiptCode) })).body,
      (await courierAct(w, w.courier, s.shipmentId, 'fail', { reason: '电话未接' })).body,
      (await courierAct(w, w.courier, s.shipmentId, 'pickup')).body,
      (await courierAct(w, w.courier, s.shipmentId, 'deliver', { receiptCode: s.receiptCode })).body,
    ];
    for (const body of bodies) {
      for (const secret of secrets) expect(body).not.toContain(secret);
      // Beyond the ids and numbers printed on the envelope, an 11-digit run would be a phone or ID number.
      const rest = body.replace(/"[0-9a-f]{24}"|ZW[0-9]{14}|EA[0-9]{9}CN/g, '');
      expect(rest).not.toMatch(/[0-9]{11}/);
      expect(body).not.toMatch(/uploadIds|idNumber|"data"|"form"|materials|receiptCode|purpose/);
    }
  });
});
