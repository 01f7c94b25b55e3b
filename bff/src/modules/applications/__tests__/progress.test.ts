import { type ApplicationView } from '@onetrip/shared';
import { someClientIp } from '../../../../test/helpers/login-as';
import { caseWorld, newKey, readyCase, resident, type CaseWorld } from '../testing/cases';

let w: CaseWorld;
let alice: Awaited<ReturnType<typeof resident>>;
let submitted: { view: ApplicationView; number: string };
beforeAll(async () => {
  w = await caseWorld();
  alice = await resident(w.app, 'g_alice', '冯晓燕');
  const view = await readyCase(w, alice);
  const res = await w.call(alice, 'POST', `/applications/${view.id}/submit`, {
    headers: { 'idempotency-key': newKey() },
  });
  submitted = { view, number: res.json().number };
});
afterAll(async () => {
  await w.t.close();
});

const lookup = (query: string, remoteAddress = someClientIp()) =>
  w.app.inject({ method: 'GET', url: `/api/v1/progress?${query}`, remoteAddress });
const last4 = () => alice.profile.phone.slice(-4);

describe('GET /progress', () => {
  it('answers the right number and phone pair without a login, and without any personal data', async () => {
    const res = await lookup(`number=${submitted.number}&phoneLast4=${last4()}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      number: submitted.number,
      status: 'submitted',
      itemNames: ['测试证明办理'],
      timeline: [
        { at: expect.any(String), label: '创建申请' },
        { at: expect.any(String), label: '提交申请' },
      ],
    });
    const { name, idNumber, phone } = alice.profile;
    for (const secret of [name, idNumber, phone, idNumber.slice(-4), phone.slice(0, 7)])
      expect(res.body).not.toContain(secret);
    expect(res.body).not.toContain(alice.userId);
  });

  it('answers 404 to a wrong phone, an unknown number, and a draft (which has no number)', async () => {
    const wrong = String((Number(last4()) + 1) % 10_000).padStart(4, '0');
    const bad = await lookup(`number=${submitted.number}&phoneLast4=${wrong}`);
    expect(bad.statusCode).toBe(404);
    expect(bad.json().error.code).toBe('NOT_FOUND');
    expect((await lookup(`number=ZW20200101999999&phoneLast4=${last4()}`)).statusCode).toBe(404);
  });

  it('refuses malformed input (400)', async () => {
    for (const query of [
      `number=ZW123&phoneLast4=${last4()}`,
      `number=${submitted.number}&phoneLast4=12a4`,
      `number=${submitted.number}`,
    ]) {
      const res = await lookup(query);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('limits lookups to 10 a minute per client address (429 RATE_LIMITED), other addresses unaffected', async () => {
    const ip = someClientIp();
    const answers = [];
    for (let i = 0; i < 11; i += 1)
      answers.push((await lookup(`number=ZW20200101000001&phoneLast4=0000`, ip)).statusCode);
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(answers[10]).toBe(429);
    const limited = await lookup(`number=${submitted.number}&phoneLast4=${last4()}`, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect((await lookup(`number=${submitted.number}&phoneLast4=${last4()}`)).statusCode).toBe(200);
  });
});
