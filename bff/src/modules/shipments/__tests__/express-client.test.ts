import { randomBytes } from 'node:crypto';
import { UpstreamUnavailableError } from '../../../lib/app-error';
import { loadConfig } from '../../../config';
import { type WaybillRequest } from '../../../plugins/app/express';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';

let t: TestApp;
let down: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  // Nothing listens on port 9 of this machine (discard): the platform is unreachable.
  down = await buildTestApp({ EXPRESS_API_BASE: 'http://127.0.0.1:9' });
});
afterAll(async () => {
  await Promise.all([t.close(), down.close()]);
});

const request = (orderId = randomBytes(12).toString('hex')): WaybillRequest => ({
  orderId,
  company: '中国邮政EMS',
  sender: { name: '县政务服务中心', phone: '13800000000', address: '县政务服务中心一楼' },
  recipient: { name: '王秀英', phone: '13900001111', address: '山东省临沂市莒南县十字路街道1号' },
  cargo: { name: '政务证照', count: 1 },
});

describe('the express client', () => {
  it('creates one waybill per reference: asking again gives the same one', async () => {
    const ask = request();
    const first = await t.app.express.createWaybill(ask);
    expect(first).toEqual({ waybillNo: expect.stringMatching(/^EA[0-9]{9}CN$/), company: '中国邮政EMS' });
    await expect(t.app.express.createWaybill(ask)).resolves.toEqual(first);
  });

  it('cancels: cancelled (again too), unknown, or delivered (too late)', async () => {
    const { waybillNo } = await t.app.express.createWaybill(request());
    await expect(t.app.express.cancelWaybill(waybillNo)).resolves.toBe('cancelled');
    await expect(t.app.express.cancelWaybill(waybillNo)).resolves.toBe('cancelled');
    await expect(t.app.express.cancelWaybill('EA000000000CN')).resolves.toBe('unknown');
    const delivered = await t.app.express.createWaybill(request());
    for (const type of ['picked_up', 'delivered']) {
      await fetch(`${t.mockBase}/__mock/express/waybills/${delivered.waybillNo}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type }),
      });
    }
    await expect(t.app.express.cancelWaybill(delivered.waybillNo)).resolves.toBe('delivered');
  });

  it('a platform that is busy, refuses the request or cannot be reached is UPSTREAM_UNAVAILABLE (503)', async () => {
    const busy = request();
    await fetch(`${t.mockBase}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'express-busy', match: busy.orderId }),
    });
    await expect(t.app.express.createWaybill(busy)).rejects.toBeInstanceOf(UpstreamUnavailableError);
    // A company the platform does not carry for: our configuration's fault, never the caller's.
    const refused = { ...request(), company: '某某快递' };
    await expect(t.app.express.createWaybill(refused)).rejects.toMatchObject({
      statusCode: 503,
      code: 'UPSTREAM_UNAVAILABLE',
    });
    await expect(down.app.express.createWaybill(request())).rejects.toBeInstanceOf(UpstreamUnavailableError);
    await expect(down.app.express.cancelWaybill('EA000000000CN')).rejects.toBeInstanceOf(UpstreamUnavailableError);
  });

  it('production refuses the development API key', () => {
    const prod = { NODE_ENV: 'production', MONGODB_URI: 'mongodb://127.0.0.1:1/x' };
    expect(() => loadConfig(prod)).toThrow(/EXPRESS_API_KEY/);
  });
});
