import { type FastifyInstance } from 'fastify';
import { armScenario, buildTestApp } from '../../testing/mock-app';
import { newWaybillNo, s10CheckDigit } from '../waybills';

const KEY = { 'x-api-key': 'express_dev_key' };
let seq = 0;
const shipment = (overrides: Record<string, unknown> = {}) => {
  seq += 1;
  return {
    orderId: `shp_${seq}`,
    sender: { name: '某某县政务服务中心', phone: '13800138000', address: '某某县人民路1号' },
    recipient: { name: '张三', phone: '13900139000', address: '某某县幸福街2号' },
    cargo: { name: '营业执照', count: 1 },
    ...overrides,
  };
};

describe('express waybill API', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(() => app.close());

  const create = (body: unknown, headers: Record<string, string> = KEY) =>
    app.inject({ method: 'POST', url: '/express/v1/waybills', payload: body as object, headers });
  const track = (no: string) => app.inject({ method: 'GET', url: `/express/v1/waybills/${no}`, headers: KEY });
  const cancel = (no: string) => app.inject({ method: 'POST', url: `/express/v1/waybills/${no}/cancel`, headers: KEY });
  const scan = (no: string, type: string) =>
    app.inject({ method: 'POST', url: `/__mock/express/waybills/${no}/events`, payload: { type } });

  it('creates an EMS waybill by default (EA + 8 digits + S10 check digit + CN)', async () => {
    const body = shipment();
    const res = await create(body);
    expect(res.statusCode).toBe(201);
    const { waybillNo, company, orderId } = res.json();
    expect(company).toBe('中国邮政EMS');
    expect(orderId).toBe(body.orderId);
    expect(waybillNo).toMatch(/^EA\d{9}CN$/);
    expect(Number(waybillNo[10])).toBe(s10CheckDigit(waybillNo.slice(2, 10)));
    const tracking = await track(waybillNo);
    expect(tracking.json()).toEqual({
      waybillNo,
      company: '中国邮政EMS',
      orderId: body.orderId,
      status: 'created',
      events: [{ at: expect.any(String), type: 'created', note: '已下单，等待揽收' }],
    });
  });

  it('creates an SF waybill (SF + 13 digits)', async () => {
    const res = await create(shipment({ company: '顺丰速运' }));
    expect(res.json()).toEqual(
      expect.objectContaining({ company: '顺丰速运', waybillNo: expect.stringMatching(/^SF\d{13}$/) }),
    );
  });

  it('computes S10 check digits as UPU does', () => {
    expect(s10CheckDigit('47312482')).toBe(9); // RR473124829GB
    expect(newWaybillNo('中国邮政EMS')).toMatch(/^EA\d{9}CN$/);
  });

  it('gives the same waybill for the same orderId, a new one after cancelling', async () => {
    const body = shipment();
    const first = (await create(body)).json();
    const again = await create({ ...body, cargo: { name: '另一个', count: 2 } });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first);
    expect((await cancel(first.waybillNo)).json()).toEqual({ cancelled: true });
    expect((await create(body)).json().waybillNo).not.toBe(first.waybillNo);
  });

  it('requires x-api-key', async () => {
    for (const headers of [{}, { 'x-api-key': ' ' }] as Record<string, string>[]) {
      const res = await create(shipment(), headers);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
    }
    expect((await app.inject({ method: 'GET', url: '/express/v1/waybills/EA1' })).statusCode).toBe(401);
  });

  it.each([
    ['recipient.phone', { recipient: { name: '张三', phone: '1390013900', address: '某地' } }],
    ['recipient.phone', { recipient: { name: '张三', phone: '+8613900139000', address: '某地' } }],
    ['sender.phone', { sender: { name: '窗口', phone: '12800138000', address: '某地' } }],
    ['recipient.name', { recipient: { name: ' ', phone: '13900139000', address: '某地' } }],
    ['recipient.address', { recipient: { name: '张三', phone: '13900139000' } }],
    ['cargo.count', { cargo: { name: '证照', count: 0 } }],
    ['company', { company: '圆通' }],
    ['orderId', { orderId: 'has space' }],
    ['callbackUrl', { callbackUrl: 'http://evil.example.com/cb' }],
  ])('refuses a bad %s with 400 INVALID_ARGUMENT', async (field, change) => {
    const res = await create(shipment(change));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'INVALID_ARGUMENT', message: expect.stringContaining(`${field}:`) });
  });

  it('refuses malformed JSON with INVALID_ARGUMENT', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/express/v1/waybills',
      payload: '{',
      headers: { ...KEY, 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_ARGUMENT');
  });

  it('cancels (idempotently) until delivered, then 409 ALREADY_DELIVERED', async () => {
    const a = (await create(shipment())).json().waybillNo;
    expect((await cancel(a)).json()).toEqual({ cancelled: true });
    expect((await cancel(a)).json()).toEqual({ cancelled: true });
    expect((await track(a)).json().status).toBe('cancelled');
    const b = (await create(shipment())).json().waybillNo;
    await scan(b, 'picked_up');
    await scan(b, 'delivered');
    const res = await cancel(b);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({ code: 'ALREADY_DELIVERED', message: expect.any(String) });
  });

  it('answers 404 NOT_FOUND for an unknown waybill', async () => {
    for (const res of [await track('EA000000000CN'), await cancel('EA000000000CN')]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
  });

  it('acts out express-busy on create, before anything else', async () => {
    const res = await create({}, { 'x-mock-scenario': 'express-busy' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ code: 'BUSY', message: expect.any(String) });
    await armScenario(app, { name: 'express-busy', match: 'shp_busy' });
    expect((await create(shipment())).statusCode).toBe(201);
    expect((await create(shipment({ orderId: 'shp_busy' }))).statusCode).toBe(503);
    expect((await create(shipment({ orderId: 'shp_busy' }))).statusCode).toBe(201);
  });

  it('acts out express-busy on cancel (armed by path): the waybill stays live; tracking is never busy', async () => {
    const no = (await create(shipment())).json().waybillNo;
    const header = await app.inject({
      method: 'POST',
      url: `/express/v1/waybills/${no}/cancel`,
      headers: { ...KEY, 'x-mock-scenario': 'express-busy' },
    });
    expect(header.statusCode).toBe(503);
    expect(header.json()).toEqual({ code: 'BUSY', message: expect.any(String) });
    await armScenario(app, { name: 'express-busy', path: `/express/v1/waybills/${no}/cancel` });
    // Neither a create nor a track uses it up.
    expect((await create(shipment())).statusCode).toBe(201);
    expect((await track(no)).statusCode).toBe(200);
    expect((await cancel(no)).statusCode).toBe(503);
    expect((await track(no)).json().status).toBe('created');
    expect((await cancel(no)).json()).toEqual({ cancelled: true });
  });
});
