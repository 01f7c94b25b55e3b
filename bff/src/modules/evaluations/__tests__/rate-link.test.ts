import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { type ApplicationView, type StaffApplicationView, type StaffQueue } from '@onetrip/shared';
import { REDACT_PATHS } from '../../../lib/logger';
import { storedCase, uploadOf } from '../../applications/testing/cases';
import { runOutboxOnce } from '../../notifications/worker';
import { messagesTo, textsTo } from '../../notifications/testing/outbox-world';
import { act, FREE_A, setStored, staffView, submittedCase } from '../../staff/testing/world';
import {
  agentWorld,
  confirmedSubmittedCase,
  readyAgentCase,
  stranger,
  submit,
  type Applicant,
  type AgentWorld,
} from '../../authorizations/testing/world';
import { someClientIp, type LoggedIn } from '../../../../test/helpers/login-as';
import { evaluationCount, rate, storedEvaluation } from '../testing/world';

// Everything the app logs, at the most detailed level, to look for the tokens in it.
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString('utf8'));
    done();
  },
});
/** Every token this file received by text (checked against the log at the end). */
const tokens: string[] = [];

let w: AgentWorld;
beforeAll(async () => {
  w = await agentWorld({
    logger: { level: 'trace', redact: { paths: REDACT_PATHS, censor: '[redacted]' }, stream: logStream },
  });
});
afterAll(async () => {
  await w.t.close();
});

const LINK = /\/#\/pages\/cases\/rate\/index\?t=([A-Za-z0-9_-]+)$/;

/** GET or POST /rate/:token with no login, from an address of its own (unless given: the rate limit test). */
const anon = (method: 'GET' | 'POST', token: string, payload?: unknown, remoteAddress = someClientIp()) =>
  w.t.app.inject({
    method,
    url: `/api/v1/rate/${token}`,
    remoteAddress,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

/** Accepted, approved, issued for window pick-up and handed over with the code the agent sees. */
async function complete(id: string, agent: LoggedIn = w.agent): Promise<void> {
  let version = (await staffView(w, w.staffA, id)).version;
  const step = async (action: string, payload: unknown, by = w.staffA) => {
    const res = await act(w, by, id, action, version, payload);
    if (res.statusCode !== 200) throw new Error(`${action} failed: ${res.statusCode} ${res.body}`);
    version = res.json<StaffApplicationView>().version;
  };
  await step('accept', {}, w.staffA2); // 受审分离: the acceptor does not approve
  await step(`items/${FREE_A}/approve`, {});
  await step('issue', { certificateNo: '测证字2026第123号' });
  const code = (await w.call(agent, 'GET', `/applications/${id}`)).json<ApplicationView>().pickupCode;
  await step('handover', { pickupCode: code });
}

/** The rating link of the case `number` texted to `phone` (after running the outbox). */
async function texted(phone: string, number: string): Promise<string> {
  await runOutboxOnce(w.app);
  const texts = (await textsTo(w.t.mockBase, phone)).filter(
    (t) => t.template === 'case_completed_rate' && t.params.number === number,
  );
  expect(texts).toHaveLength(1);
  const token = LINK.exec(texts[0]?.params.link ?? '')?.[1] ?? '';
  expect(token.length).toBeGreaterThanOrEqual(22);
  tokens.push(token);
  return token;
}

/** An agent's case for someone without WeChat (paper authorization), completed; its texted token. */
async function completedForStranger(applicant: Applicant) {
  const view = await readyAgentCase(w, applicant);
  const paper = await w.call(w.agent, 'PUT', `/applications/${view.id}/paper-authorization`, {
    payload: { uploadId: await uploadOf(w.app, w.agent) },
  });
  expect(paper.statusCode).toBe(200);
  const number = (await submit(w, w.agent, view.id)).json<{ number: string }>().number;
  await complete(view.id);
  return { id: view.id, number, token: await texted(applicant.phone, number) };
}

describe('rating by the texted link (no WeChat, no login)', () => {
  it('an agent case completed at the window texts a link that shows the case and rates it once; a 2 opens a follow-up', async () => {
    const dan = stranger('冯老汉');
    const { id, number, token } = await completedForStranger(dan);

    const shown = await anon('GET', token);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({
      number,
      itemNames: ['测试甲事项'],
      completedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      rated: false,
    });
    for (const secret of [dan.name, dan.phone, dan.idNumber, id]) expect(shown.body).not.toContain(secret);

    // The case keeps a keyed hash only; the sent message no longer carries the token.
    const before = await storedCase(w.app, id);
    expect(before?.ratingLink?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(before)).not.toContain(token);
    const message = (before?.outbox as { kind: string; status: string; channel: string; extra?: object }[]).find(
      (e) => e.kind === 'completed',
    );
    expect(message).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(message?.extra).not.toHaveProperty('rateTokenEnc');

    // No case view shows the token or the link's hash.
    const views = [
      (await w.call(w.agent, 'GET', `/applications/${id}`)).body,
      JSON.stringify(await staffView(w, w.staffA, id)),
      (await w.call(w.staffA, 'GET', '/staff/applications?stage=issuance')).body,
      (
        await w.t.app.inject({
          method: 'GET',
          url: `/api/v1/progress?number=${number}&phoneLast4=${dan.phone.slice(-4)}`,
        })
      ).body,
    ];
    for (const body of views) {
      expect(body).not.toContain(token);
      expect(body).not.toContain('ratingLink');
      expect(body).not.toContain(before?.ratingLink?.hash);
    }

    const rated = await anon('POST', token, { score: 2, tags: ['态度'], comment: '窗口人员态度冷淡' });
    expect(rated.statusCode).toBe(201);
    expect(rated.json()).toMatchObject({ score: 2, tags: ['态度'], comment: '窗口人员态度冷淡' });
    expect(await storedEvaluation(w, id)).toMatchObject({ number, score: 2, followup: { status: 'open' } });
    const queue = (await w.call(w.staffA, 'GET', '/staff/applications?stage=followup')).json<StaffQueue>();
    expect(queue.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id, number, followup: expect.objectContaining({ score: 2, status: 'open' }) }),
      ]),
    );
    const after = await storedCase(w.app, id);
    expect(after).not.toHaveProperty('ratingLink');
    expect(after?.timeline.at(-1)).toMatchObject({ action: 'evaluated', actor: { role: 'resident' } });

    // Spent: the same link again is unknown, for reading and for rating.
    for (const res of [await anon('GET', token), await anon('POST', token, { score: 5 })]) {
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
      expect(res.json().error.message).toBe('评价链接无效或已使用');
    }
    expect(await evaluationCount(w, id)).toBe(1);
  });

  it('a wrong, forged or expired token is 404 and writes nothing', async () => {
    const { id, token } = await completedForStranger(stranger('蒋二妹'));
    const swapCase = [...token].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
    const lastChanged = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const forged = [
      randomBytes(24).toString('base64url'),
      lastChanged,
      swapCase === token ? lastChanged : swapCase,
      token.slice(0, -1),
      `${token}A`,
      'not-a-token',
      encodeURIComponent("' OR 1=1 --"),
    ];
    for (const t of forged) {
      for (const res of [await anon('GET', t), await anon('POST', t, { score: 1 })]) {
        expect([t, res.statusCode, res.json().error.code]).toEqual([t, 404, 'NOT_FOUND']);
      }
    }
    expect(await evaluationCount(w, id)).toBe(0);

    await setStored(w, id, { 'ratingLink.expiresAt': new Date(Date.now() - 1000) });
    for (const res of [await anon('GET', token), await anon('POST', token, { score: 4 })]) {
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
    expect(await evaluationCount(w, id)).toBe(0);
  });

  it('bad bodies are 400 in the contract shape and write nothing; the link still works after', async () => {
    const { id, token } = await completedForStranger(stranger('韩小满'));
    const bad: unknown[] = [
      {},
      { score: 0 },
      { score: 6 },
      { score: 2.5 },
      { score: '5' },
      { score: 5, tags: ['态度', '态度'] },
      { score: 5, tags: ['很好'] },
      { score: 5, comment: '长'.repeat(501) },
      { score: 5, caseId: id },
      [5],
    ];
    for (const body of bad) {
      const res = await anon('POST', token, body);
      expect([JSON.stringify(body).slice(0, 40), res.statusCode, res.json().error.code]).toEqual([
        JSON.stringify(body).slice(0, 40),
        400,
        'VALIDATION_FAILED',
      ]);
    }
    expect(await evaluationCount(w, id)).toBe(0);
    expect((await storedCase(w.app, id))?.ratingLink).toBeDefined();
    expect((await anon('GET', token)).json()).toMatchObject({ rated: false });
    expect((await anon('POST', token, { score: 5 })).statusCode).toBe(201);
  });

  it('a case rated in the app first: the link shows it rated and refuses a second rating with 409', async () => {
    // An agent case is texted even to a resident with WeChat: she may not have followed it in the app.
    const view = await confirmedSubmittedCase(w);
    await complete(view.id);
    const token = await texted(w.carol.profile.phone, view.number ?? '');
    expect((await rate(w, w.carol, view.id, { score: 4 })).statusCode).toBe(201);

    expect((await anon('GET', token)).json()).toMatchObject({ number: view.number, rated: true });
    const second = await anon('POST', token, { score: 1 });
    expect([second.statusCode, second.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(await evaluationCount(w, view.id)).toBe(1);
    expect(await storedEvaluation(w, view.id)).toMatchObject({ score: 4, followup: null });
  });

  it("a resident's own case completed at the window: a subscription message opens the rating page in the app", async () => {
    const mine = await submittedCase(w, w.alice);
    await complete(mine.id, w.alice);
    await runOutboxOnce(w.app);
    // `staffWorld` signs alice in as `case_st_alice`: the simulator's openid is `openid_<name>`.
    const openid = 'openid_case_st_alice';
    const done = (await messagesTo(w.t.mockBase, openid)).filter(
      (m) => m.page === `pages/cases/rate/index?id=${mine.id}`,
    );
    expect(done).toHaveLength(1);
    expect(done[0]?.data.thing3?.value).toBe('已办结');
    expect(JSON.stringify(done)).not.toMatch(/\?t=/);
  });

  it('is rate-limited per client address', async () => {
    const address = someClientIp();
    const token = randomBytes(24).toString('base64url');
    const codes: number[] = [];
    for (let i = 0; i < 10; i += 1) codes.push((await anon('GET', token, undefined, address)).statusCode);
    expect(codes).toEqual(Array(10).fill(404));
    const limited = await anon('GET', token, undefined, address);
    expect([limited.statusCode, limited.json().error.code]).toEqual([429, 'RATE_LIMITED']);
  });

  it('no token ever reaches the log', () => {
    expect(tokens.length).toBe(4);
    const log = logLines.join('');
    expect(log).toContain('/rate/[redacted]');
    for (const token of tokens) expect(log).not.toContain(token);
  });
});
