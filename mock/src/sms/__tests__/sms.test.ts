import { type FastifyInstance } from 'fastify';
import { armScenario, buildTestApp } from '../../testing/mock-app';
import { placeholdersOf } from '../templates';

const auth = { authorization: 'Bearer sms_dev_key' };
const submitted = {
  phone: '13800138000',
  template: 'case_submitted',
  params: { number: 'YC2026110001', code: '4821' },
};

describe('POST /sms/v1/send', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(() => app.close());

  const send = (payload: object, headers: Record<string, string> = auth) =>
    app.inject({ method: 'POST', url: '/sms/v1/send', payload, headers });

  it.each([
    ['case_submitted', { number: 'YC1', code: '4821' }, '您的办件YC1已提交，查询码4821'],
    ['case_status', { number: 'YC1', status: '已受理' }, '您的办件YC1已受理'],
    ['receipt_code', { number: 'SF123', code: '7788' }, '您的证照快件SF123签收码7788，请在快递员送达时出示'],
    ['pickup_code', { number: 'YC1', code: '0042' }, '您的办件YC1已可领取，取件码0042'],
    [
      'case_completed_rate',
      { number: 'YC1', link: 'https://h5.example.cn/#/pages/cases/rate/index?t=abc' },
      '您的办件YC1已办结，欢迎评价本次服务（30天内有效，仅可评价一次）：https://h5.example.cn/#/pages/cases/rate/index?t=abc',
    ],
    [
      'counter_receipt',
      { number: 'ZW20261125000001', days: '30', link: 'https://api.example.cn/api/v1/receipts/abc' },
      '您的办件ZW20261125000001已在窗口受理，受理回执（30天内有效）：https://api.example.cn/api/v1/receipts/abc，凭办件编号和手机号后4位可查询进度',
    ],
    [
      'counter_notice',
      { days: '30', link: 'https://api.example.cn/api/v1/receipts/abc' },
      '您申请的事项材料尚不齐全，一次性告知书（30天内有效）：https://api.example.cn/api/v1/receipts/abc，补齐后请到窗口或在小程序中继续办理',
    ],
    ['generic', { text: '明天窗口暂停办理' }, '明天窗口暂停办理'],
  ])('sends %s and records the rendered text', async (template, params, text) => {
    const res = await send({ phone: '13800138000', template, params });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({ requestId: expect.any(String), code: 'OK', message: 'OK', messageId: expect.any(String) });
    expect(app.records.sms).toEqual([
      {
        id: body.messageId,
        phone: '13800138000',
        template,
        params,
        signName: '一次办',
        text,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });

  it('keeps the sign name it was given', async () => {
    await send({ ...submitted, signName: '某某县政务服务中心' });
    expect(app.records.sms[0]?.signName).toBe('某某县政务服务中心');
  });

  it('lists texts by phone, newest last', async () => {
    await send(submitted);
    await send({ ...submitted, phone: '13900139000' });
    await send({ ...submitted, params: { number: 'YC2', code: '1' } });
    const res = await app.inject({ method: 'GET', url: '/__mock/sms', query: { phone: '13800138000' } });
    expect(res.json().items.map((m: { text: string }) => m.text)).toEqual([
      '您的办件YC2026110001已提交，查询码4821',
      '您的办件YC2已提交，查询码1',
    ]);
    expect((await app.inject({ method: 'GET', url: '/__mock/sms' })).json().items).toHaveLength(3);
  });

  it.each(['1380013800', '23800138000', '12800138000', '+8613800138000', '138 0013 8000', undefined])(
    'refuses phone %j with 400 InvalidPhone',
    async (phone) => {
      const res = await send({ ...submitted, phone });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ requestId: expect.any(String), code: 'InvalidPhone', message: expect.any(String) });
      expect(app.records.sms).toHaveLength(0);
    },
  );

  it('refuses an unknown template with 400 InvalidTemplate', async () => {
    for (const template of ['case_deleted', 'toString', undefined]) {
      const res = await send({ ...submitted, template });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('InvalidTemplate');
    }
  });

  it('refuses a template whose placeholder has no value', async () => {
    const res = await send({ ...submitted, params: { number: 'YC1' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      requestId: expect.any(String),
      code: 'InvalidParameter',
      message: 'params.code is required',
    });
  });

  it('refuses params that are not strings', async () => {
    const res = await send({ ...submitted, params: { number: 'YC1', code: 4821 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('InvalidParameter');
  });

  it('refuses malformed JSON in its own error shape', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/sms/v1/send',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{"phone":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      requestId: expect.any(String),
      code: 'InvalidParameter',
      message: expect.any(String),
    });
  });

  it.each<Record<string, string>>([{}, { authorization: 'Bearer ' }, { authorization: 'Basic abc' }])(
    'answers 401 to %j',
    async (headers) => {
      const res = await send(submitted, headers);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('Unauthorized');
      expect(app.records.sms).toHaveLength(0);
    },
  );

  it('fails under sms-fail (header) and records nothing', async () => {
    const res = await send(submitted, { ...auth, 'x-mock-scenario': 'sms-fail' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ requestId: expect.any(String), code: 'ProviderError', message: expect.any(String) });
    expect(app.records.sms).toHaveLength(0);
  });

  it('fails only the sends whose body contains the armed match text', async () => {
    await armScenario(app, { name: 'sms-fail', times: 5, match: '13900000002' });
    expect((await send(submitted)).statusCode).toBe(200);
    expect((await send({ ...submitted, phone: '13900000002' })).statusCode).toBe(500);
    expect(app.records.sms.map((m) => m.phone)).toEqual(['13800138000']);
  });

  it('fails the armed number of sends, then sends again', async () => {
    await armScenario(app, { name: 'sms-fail', times: 2, path: '/sms/' });
    expect((await send(submitted)).statusCode).toBe(500);
    expect((await send(submitted)).statusCode).toBe(500);
    expect((await send(submitted)).statusCode).toBe(200);
    expect(app.records.sms).toHaveLength(1);
  });
});

describe('SMS templates', () => {
  it('names each placeholder', () => {
    expect(placeholdersOf('receipt_code')).toEqual(['number', 'code']);
    expect(placeholdersOf('generic')).toEqual(['text']);
    expect(placeholdersOf('case_completed_rate')).toEqual(['number', 'link']);
  });

  it('refuses the rating text without its link', async () => {
    const app = await buildTestApp();
    const res = await app.inject({
      method: 'POST',
      url: '/sms/v1/send',
      headers: auth,
      payload: { phone: '13800138000', template: 'case_completed_rate', params: { number: 'YC1' } },
    });
    expect([res.statusCode, res.json().code]).toEqual([400, 'InvalidParameter']);
    expect(app.records.sms).toEqual([]);
    await app.close();
  });
});
