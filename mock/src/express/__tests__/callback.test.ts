import { createHmac } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import { buildTestApp } from '../../testing/mock-app';
import { startReceiver, type Receiver } from '../../testing/receiver';

const API_KEY = 'express_dev_key';

describe('express test controls and status callbacks', () => {
  let app: FastifyInstance;
  let receiver: Receiver;
  beforeEach(async () => {
    app = await buildTestApp();
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
    await app.close();
  });

  const create = async (orderId: string, callbackUrl?: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/express/v1/waybills',
      headers: { 'x-api-key': API_KEY },
      payload: {
        orderId,
        company: '顺丰速运',
        sender: { name: '政务服务中心', phone: '13800138000', address: '人民路1号' },
        recipient: { name: '李四', phone: '15900159000', address: '幸福街2号' },
        cargo: { name: '不动产权证书', count: 1 },
        ...(callbackUrl ? { callbackUrl } : {}),
      },
    });
    return res.json<{ waybillNo: string }>().waybillNo;
  };
  const scan = (no: string, payload: object) =>
    app.inject({ method: 'POST', url: `/__mock/express/waybills/${no}/events`, payload });

  it('appends events, moves the status and posts a signed callback', async () => {
    const no = await create('shp_cb_1', `${receiver.base}/api/v1/express/callback`);
    const res = await scan(no, { type: 'picked_up' });
    expect(res.statusCode).toBe(200);
    const event = { at: expect.any(String), type: 'picked_up', note: '快递员已揽收' };
    expect(res.json()).toEqual({ waybillNo: no, status: 'picked_up', event, callback: { status: 200 } });

    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    if (!got) throw new Error('no callback');
    expect(got.url).toBe('/api/v1/express/callback');
    expect(JSON.parse(got.body)).toEqual({ waybillNo: no, orderId: 'shp_cb_1', event });
    const expected = createHmac('sha256', API_KEY).update(got.body).digest('hex');
    expect(got.headers['x-express-signature']).toBe(expected);

    await scan(no, { type: 'in_transit', note: '已到达某某分拣中心' });
    await scan(no, { type: 'failed_attempt' });
    await scan(no, { type: 'delivered' });
    const tracking = await app.inject({
      method: 'GET',
      url: `/express/v1/waybills/${no}`,
      headers: { 'x-api-key': 'k' },
    });
    expect(tracking.json().status).toBe('delivered');
    expect(tracking.json().events.map((e: { type: string; note: string }) => `${e.type}:${e.note}`)).toEqual([
      'created:已下单，等待揽收',
      'picked_up:快递员已揽收',
      'in_transit:已到达某某分拣中心',
      'failed_attempt:投递未成功，将再次投递',
      'delivered:已签收',
    ]);
    expect(receiver.received).toHaveLength(4);
  });

  it('answers callback: null without a callbackUrl and {status: null} when it cannot be reached', async () => {
    const quiet = await create('shp_cb_2');
    expect((await scan(quiet, { type: 'picked_up' })).json().callback).toBeNull();
    const gone = await startReceiver();
    await gone.close();
    const lost = await create('shp_cb_3', `${gone.base}/cb`);
    expect((await scan(lost, { type: 'picked_up' })).json().callback).toEqual({ status: null });
  });

  it('refuses events after delivery or cancellation, bad types and unknown waybills', async () => {
    const no = await create('shp_cb_4');
    await scan(no, { type: 'delivered' });
    expect((await scan(no, { type: 'in_transit' })).json().code).toBe('ALREADY_DELIVERED');
    const cancelled = await create('shp_cb_5');
    await app.inject({
      method: 'POST',
      url: `/express/v1/waybills/${cancelled}/cancel`,
      headers: { 'x-api-key': 'k' },
    });
    const res = await scan(cancelled, { type: 'picked_up' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CANCELLED');
    expect((await scan(no, { type: 'lost' })).json().code).toBe('INVALID_ARGUMENT');
    expect((await scan('SF0000000000000', { type: 'picked_up' })).statusCode).toBe(404);
  });

  it('lists waybills with what was asked and the callbacks made, never the API key', async () => {
    const no = await create('shp_cb_6', `${receiver.base}/cb`);
    await create('shp_cb_7');
    await scan(no, { type: 'picked_up' });
    const res = await app.inject({ method: 'GET', url: '/__mock/express/waybills', query: { orderId: 'shp_cb_6' } });
    expect(res.json().items).toEqual([
      expect.objectContaining({
        waybillNo: no,
        orderId: 'shp_cb_6',
        company: '顺丰速运',
        recipient: { name: '李四', phone: '15900159000', address: '幸福街2号' },
        callbackUrl: `${receiver.base}/cb`,
        status: 'picked_up',
        callbacks: [{ at: expect.any(String), type: 'picked_up', status: 200 }],
      }),
    ]);
    expect(res.body).not.toContain(API_KEY);
    expect((await app.inject({ method: 'GET', url: '/__mock/express/waybills' })).json().items).toHaveLength(2);
  });
});
