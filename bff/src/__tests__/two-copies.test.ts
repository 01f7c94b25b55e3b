/**
 * Two BFF copies on one database, one upload folder and one Redis, as behind
 * a load balancer that sends each request to either: a resident's and a staff
 * member's whole journey alternates between them, both copies' background
 * jobs run at once, and the rate limits hold across both.
 */
import { randomBytes } from 'node:crypto';
import { type LightMyRequestResponse as InjectResponse } from 'fastify';
import { Redis } from 'ioredis';
import { type ApplicationView, type PaymentCreated, type StaffApplicationView, type UploadView } from '@onetrip/shared';
import { putItem } from '../modules/catalog/item.service';
import { ifMatch, newKey, person, setStoredCase, simpleItem, storedCase } from '../modules/applications/testing/cases';
import { messagesTo, messagesWithRef, outboxOf } from '../modules/notifications/testing/outbox-world';
import { acceptOverdue } from '../modules/staff/deemed-acceptance';
import { fileBody, filesUnder, SAMPLES, tempUploadRoot } from '../modules/uploads/testing/multipart';
import { buildTestApp, withDatabase, type TestApp } from '../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../test/helpers/login-as';
import { startRedisServer, type RedisServer } from '../../test/helpers/redis-server';

const DEPT = '县测试局';
const ITEM = 'TEST-TWO-COPIES';
const FEE = 500;

interface LogLine {
  level: number;
  msg: string;
}

interface Copy {
  name: string;
  t: TestApp;
  log: LogLine[];
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';

let redis: RedisServer;
let uploads: ReturnType<typeof tempUploadRoot>;
let env: Record<string, string>;
let a: Copy;
let b: Copy;

/** A copy with its log kept (info and above), built from the shared configuration. */
async function startCopy(name: string): Promise<Copy> {
  const log: LogLine[] = [];
  const t = await buildTestApp(env, {
    logger: { level: 'info', stream: { write: (line: string) => void log.push(JSON.parse(line) as LogLine) } },
  });
  return { name, t, log };
}

function call(
  copy: Copy,
  who: LoggedIn | null,
  method: Method,
  url: string,
  opts: { payload?: unknown; headers?: Record<string, string>; remoteAddress?: string } = {},
): Promise<InjectResponse> {
  return copy.t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...who?.headers, ...opts.headers },
    ...(opts.payload === undefined ? {} : { payload: opts.payload as object }),
    ...(opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {}),
  });
}

/** The response when it has `status`; otherwise the test fails saying which step and what came back. */
function expectStatus(step: string, res: InjectResponse, status: number): InjectResponse {
  if (res.statusCode !== status) throw new Error(`${step}: expected ${status}, got ${res.statusCode} ${res.body}`);
  return res;
}

/** Polls `probe` until it gives a truthy value; fails naming `what` after `timeoutMs`. */
async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every message of the case sent, each by exactly one worker attempt, and each received exactly once. */
async function expectEachMessageOnce(caseId: string, openid: string) {
  const entries = await until('every message of the case to be sent', async () => {
    const outbox = await outboxOf(a.t.app, caseId);
    return outbox.length > 0 && outbox.every((e) => e.status === 'sent') && outbox;
  });
  for (const entry of entries) {
    expect({ kind: entry.kind, attempts: entry.attempts }).toEqual({ kind: entry.kind, attempts: 1 });
    expect(await messagesWithRef(a.t.mockBase, openid, entry.id)).toHaveLength(1);
  }
  return entries;
}

beforeAll(async () => {
  redis = await startRedisServer();
  uploads = tempUploadRoot();
  const baseUri = process.env.ONETRIP_TEST_MONGODB_URI;
  if (!baseUri) throw new Error('the jest global setup did not start the database');
  env = {
    MONGODB_URI: withDatabase(baseUri, `onetrip_t_two_${randomBytes(5).toString('hex')}`),
    UPLOAD_DIR: uploads.dir,
    REDIS_URL: redis.url,
    // Every background job runs in both copies, often, for the whole file.
    NOTIFY_WORKER_INTERVAL_MS: '100',
    DEEMED_ACCEPTANCE_INTERVAL_MS: '100',
    WECHATPAY_RECONCILE_INTERVAL_MS: '100',
    WECHATPAY_RECONCILE_MIN_AGE_MS: '0',
  };
  [a, b] = await Promise.all([startCopy('A'), startCopy('B')]);
  await putItem(
    a.t.app.db,
    ITEM,
    simpleItem({
      name: '两地测试事项',
      department: DEPT,
      fee: { amount: FEE },
      delivery: { window: true, express: false, expressFee: 0 },
      trips: 1,
    }),
  );
}, 60_000);

afterAll(async () => {
  // B first without dropping the database A still uses; A's close drops it.
  await b?.t.app.close();
  await a?.t.close();
  await redis?.stop();
  uploads?.remove();
});

/** A resident of this file only (the simulators are shared by every test file). */
async function newResident(copy: Copy, realName: string) {
  const login = `two_${randomBytes(4).toString('hex')}`;
  const profile = person(realName);
  const signedIn = await loginAs(copy.t.app, login, { profile });
  return { ...signedIn, openid: `openid_${login}`, profile };
}

/** POST /uploads of a small JPEG on `copy`. */
async function upload(copy: Copy, who: LoggedIn): Promise<UploadView> {
  const body = fileBody('身份证.jpg', SAMPLES.jpeg);
  const res = await copy.t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...who.headers, ...body.headers },
    payload: body.payload,
  });
  return expectStatus(`upload on ${copy.name}`, res, 201).json<UploadView>();
}

/** A filled draft with the upload attached, each step on the other copy. */
async function readyDraft(who: LoggedIn, uploadId: string): Promise<ApplicationView> {
  const created = expectStatus(
    'create on B',
    await call(b, who, 'POST', '/applications', { payload: { items: [ITEM] } }),
    201,
  );
  let view = created.json<ApplicationView>();
  const filled = await call(a, who, 'PATCH', `/applications/${view.id}`, {
    headers: ifMatch(view.version),
    payload: { data: { purpose: '异地办理' }, delivery: { method: 'window' } },
  });
  view = expectStatus('fill in on A', filled, 200).json<ApplicationView>();
  const attached = await call(b, who, 'PUT', `/applications/${view.id}/materials/id_card`, {
    headers: ifMatch(view.version),
    payload: { uploadIds: [uploadId] },
  });
  return expectStatus('attach on B', attached, 200).json<ApplicationView>();
}

it('a whole case, each request on the other copy: one case number, one payment, one message per change', async () => {
  const resident = await newResident(a, '韩梅梅');
  const staff = await loginAs(b.t.app, `two_staff_${randomBytes(3).toString('hex')}`, {
    roles: ['staff'],
    department: DEPT,
  });
  // 受审分离 (on by default): a colleague accepts, `staff` approves.
  const acceptor = await loginAs(a.t.app, `two_front_${randomBytes(3).toString('hex')}`, {
    roles: ['staff'],
    department: DEPT,
  });

  // The file uploaded on A is stored once in the shared folder and served by B, byte for byte.
  const file = await upload(a, resident);
  expect(filesUnder(uploads.dir)).toEqual([`${file.sha256.slice(0, 2)}/${file.sha256}`]);
  const readOnB = expectStatus('read on B', await call(b, resident, 'GET', `/uploads/${file.id}`), 200);
  expect(readOnB.rawPayload.equals(SAMPLES.jpeg)).toBe(true);
  const again = await upload(b, resident);
  expect(again.sha256).toBe(file.sha256);
  expect(filesUnder(uploads.dir)).toHaveLength(1);

  const draft = await readyDraft(resident, file.id);

  // Submit on A; the same tap retried through B gives the same case, not a second one.
  const key = { 'idempotency-key': newKey() };
  const submitted = expectStatus(
    'submit on A',
    await call(a, resident, 'POST', `/applications/${draft.id}/submit`, { headers: key }),
    200,
  );
  const { number } = submitted.json<{ number: string }>();
  expect(number).toMatch(/^ZW[0-9]{14}$/);
  const retried = expectStatus(
    'retry on B',
    await call(b, resident, 'POST', `/applications/${draft.id}/submit`, { headers: key }),
    200,
  );
  expect(retried.json()).toEqual({ status: 'submitted', number });
  expect(await a.t.app.db.collection('applications').countDocuments({ number })).toBe(1);
  expect(await storedCase(a.t.app, draft.id)).toMatchObject({ status: 'submitted', version: draft.version + 1 });

  // Paid without WeChat Pay's notification: both copies' order queries find it; it is recorded once.
  const payRes = await call(a, resident, 'POST', `/applications/${draft.id}/payments`, {
    headers: { 'idempotency-key': newKey() },
    payload: {},
  });
  const { outTradeNo } = expectStatus('pay on A', payRes, 200).json<PaymentCreated>();
  await a.t.mock('PUT', '/__mock/scenario', { name: 'notify-drop', match: outTradeNo });
  await expect(a.t.mock('POST', `/__mock/wechatpay/pay/${outTradeNo}`, {})).resolves.toMatchObject({
    body: { paid: true, notified: null },
  });
  await until(
    'the payment to be recorded',
    async () => (await storedCase(a.t.app, draft.id))?.payment?.status === 'paid',
  );

  // Staff: accept on B, approve on A, issue on B, hand over on A.
  let version = expectStatus(
    'staff view on B',
    await call(b, staff, 'GET', `/staff/applications/${draft.id}`),
    200,
  ).json<StaffApplicationView>().version;
  const staffStep = async (copy: Copy, action: string, payload: unknown, by = staff) => {
    const res = await call(copy, by, 'POST', `/staff/applications/${draft.id}/${action}`, {
      headers: ifMatch(version),
      payload,
    });
    const view = expectStatus(`${action} on ${copy.name}`, res, 200).json<StaffApplicationView>();
    version = view.version;
    return view;
  };
  expect(await staffStep(b, 'accept', {}, acceptor)).toMatchObject({ status: 'accepted' });
  expect(await staffStep(a, `items/${ITEM}/approve`, {})).toMatchObject({ status: 'approved' });
  expect(await staffStep(b, 'issue', { certificateNo: '两地字2026第001号' })).toMatchObject({
    status: 'ready_for_pickup',
  });
  const { pickupCode } = expectStatus(
    'case on B',
    await call(b, resident, 'GET', `/applications/${draft.id}`),
    200,
  ).json<ApplicationView>();
  expect(pickupCode).toMatch(/^[0-9]{6}$/);
  expect(await staffStep(a, 'handover', { pickupCode })).toMatchObject({ status: 'completed' });

  // The resident sees the end on B, and the file is still there for her.
  const final = expectStatus(
    'final view on B',
    await call(b, resident, 'GET', `/applications/${draft.id}`),
    200,
  ).json<ApplicationView>();
  expect(final).toMatchObject({ number, status: 'completed' });
  expect(
    expectStatus('file on B', await call(b, resident, 'GET', `/uploads/${file.id}`), 200).rawPayload.equals(
      SAMPLES.jpeg,
    ),
  ).toBe(true);

  const stored = await storedCase(a.t.app, draft.id);
  const actions = (stored?.timeline as { action: string }[]).map((e) => e.action);
  expect(actions.filter((x) => x === 'submitted')).toHaveLength(1);
  expect(actions.filter((x) => x === 'paid')).toHaveLength(1);

  // Both copies' outbox workers ran the whole time: every change was sent, once.
  const entries = await expectEachMessageOnce(draft.id, resident.openid);
  expect(entries.map((e) => e.kind)).toEqual(
    expect.arrayContaining(['submitted', 'accepted', 'ready_for_pickup', 'completed']),
  );
  expect(await messagesTo(a.t.mockBase, resident.openid)).toHaveLength(entries.length);
}, 120_000);

it('deemed acceptance (§32) running in both copies at once accepts an overdue case once, with one message', async () => {
  const resident = await newResident(b, '李雷');
  const file = await upload(b, resident);
  const draft = await readyDraft(resident, file.id);
  const submitted = await call(a, resident, 'POST', `/applications/${draft.id}/submit`, {
    headers: { 'idempotency-key': newKey() },
  });
  expectStatus('submit on A', submitted, 200);
  // Submitted 30 days ago: five working days have passed whatever the holidays.
  await setStoredCase(a.t.app, draft.id, { submittedAt: new Date(Date.now() - 30 * 86_400_000) });
  // Besides the copies' own timers, one pass of each at the same moment.
  const [byA, byB] = await Promise.all([acceptOverdue(a.t.app), acceptOverdue(b.t.app)]);
  expect(byA + byB).toBeLessThanOrEqual(1);
  await until(
    'the case to be deemed accepted',
    async () => (await storedCase(a.t.app, draft.id))?.status === 'accepted',
  );

  const stored = await storedCase(a.t.app, draft.id);
  const actions = (stored?.timeline as { action: string }[]).map((e) => e.action);
  expect(actions.filter((x) => x === 'deemed_accepted')).toHaveLength(1);
  const entries = await expectEachMessageOnce(draft.id, resident.openid);
  expect(entries.map((e) => e.kind).sort()).toEqual(['accepted', 'submitted']);
}, 60_000);

/** A guess at a case number with someone's last four phone digits, from `address`, on `copy`. */
const guess = (copy: Copy, address: string, n: number) =>
  call(copy, null, 'GET', `/progress?number=ZW20261202${String(900_000 + n)}&phoneLast4=1234`, {
    remoteAddress: address,
  });

/** 10 guesses from `address` alternating between the copies (each an ordinary 404), then the 11th. */
async function guessTenTimesOnBoth(address: string) {
  for (let n = 0; n < 10; n += 1) {
    const res = await guess(n % 2 === 0 ? a : b, address, n);
    expect([n, res.statusCode]).toEqual([n, 404]);
  }
}

it('the progress lookup limit (10 a minute per address) counts both copies together, through Redis', async () => {
  await guessTenTimesOnBoth('203.0.113.10');
  for (const copy of [a, b]) {
    const res = await guess(copy, '203.0.113.10', 11);
    expect([copy.name, res.statusCode, res.json().error.code]).toEqual([copy.name, 429, 'RATE_LIMITED']);
  }
  // Another address is not affected.
  expect((await guess(b, '203.0.113.11', 0)).statusCode).toBe(404);
});

it('a copy that closes leaves no connection to Redis behind', async () => {
  const probe = new Redis(redis.url);
  try {
    const clients = async () =>
      String(await probe.call('CLIENT', 'LIST'))
        .trim()
        .split('\n').length;
    const before = await clients();
    const third = await buildTestApp({ REDIS_URL: redis.url });
    expect(await clients()).toBe(before + 1);
    await third.close();
    await until('the closed copy’s connection to go', async () => (await clients()) === before, 5_000);
  } finally {
    probe.disconnect();
  }
});

it('Redis down: no errors, each copy limits on its own and warns once; Redis back: the limit is shared again', async () => {
  await redis.stop();
  for (let n = 0; n < 10; n += 1) expect((await guess(a, '203.0.113.20', n)).statusCode).toBe(404);
  const eleventh = await guess(a, '203.0.113.20', 10);
  expect([eleventh.statusCode, eleventh.json().error.code]).toEqual([429, 'RATE_LIMITED']);
  // B has not seen this address: it counts on its own.
  expect((await guess(b, '203.0.113.20', 11)).statusCode).toBe(404);
  const warnings = (copy: Copy) => copy.log.filter((l) => l.level === 40 && l.msg.startsWith('Redis does not answer'));
  expect(warnings(a)).toHaveLength(1);

  // A copy starting now starts all the same, says so once, and limits on its own too.
  const late = await startCopy('C');
  try {
    for (let n = 0; n < 10; n += 1) expect((await guess(late, '203.0.113.22', n)).statusCode).toBe(404);
    expect((await guess(late, '203.0.113.22', 10)).statusCode).toBe(429);
    expect(warnings(late)).toHaveLength(1);
  } finally {
    await late.t.app.close();
  }

  await redis.start();
  // Each copy reconnects by itself (within the client's back-off, ~2 s); any request tells when it counts in Redis again.
  const answersAgain = (copy: Copy) => copy.log.some((l) => l.msg.startsWith('Redis answers again'));
  let probe = 0;
  await until('both copies to count in Redis again', async () => {
    probe += 1;
    await guess(a, `198.51.100.${probe % 250}`, 0);
    await guess(b, `198.51.100.${probe % 250}`, 0);
    return answersAgain(a) && answersAgain(b);
  });
  await guessTenTimesOnBoth('203.0.113.21');
  expect((await guess(b, '203.0.113.21', 11)).statusCode).toBe(429);
}, 60_000);
