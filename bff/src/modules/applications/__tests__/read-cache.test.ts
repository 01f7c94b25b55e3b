/**
 * Cases, lists, queues and progress are kept by each BFF copy between reads
 * (case-read.ts, change tokens): a change made through one copy must be what
 * the other copy answers next, never what it kept from before.
 */
import { type ApplicationList, type ApplicationView, type ProgressView, type StaffQueue } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { caseWorld, ifMatch, newKey, readyCase, resident, type CaseWorld } from '../testing/cases';

let w: CaseWorld;
let other: TestApp;
let who: Awaited<ReturnType<typeof resident>>;
let clerk: LoggedIn;

const on = (
  t: TestApp['app'],
  as: LoggedIn,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) =>
  t.inject({ method, url: `/api/v1${url}`, headers: { ...as.headers, ...headers }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  w = await caseWorld();
  // A second copy of the BFF on the same database.
  other = await buildTestApp({ MONGODB_URI: w.app.config.MONGODB_URI });
  who = await resident(w.app, 'cache_reader', '赵一');
  clerk = await loginAs(w.app, 'cache_clerk', { roles: ['staff'], department: '县测试局' });
});

afterAll(async () => {
  await other.app.close();
  await w.t.close();
});

describe('what one copy keeps, after a change through the other', () => {
  it("a case read shows the other copy's edit, with its new version", async () => {
    const draft = (
      await w.call(who, 'POST', '/applications', { payload: { items: ['TEST-SIMPLE'] } })
    ).json<ApplicationView>();
    const first = (await w.call(who, 'GET', `/applications/${draft.id}`)).json<ApplicationView>();
    expect((await w.call(who, 'GET', `/applications/${draft.id}`)).json<ApplicationView>().version).toBe(first.version);
    const edited = await on(
      other.app,
      who,
      'PATCH',
      `/applications/${draft.id}`,
      { data: { purpose: '出国' } },
      ifMatch(first.version),
    );
    expect(edited.statusCode).toBe(200);
    const again = (await w.call(who, 'GET', `/applications/${draft.id}`)).json<ApplicationView>();
    expect(again.version).toBe(first.version + 1);
    expect(again.data.purpose).toBe('出国');
  });

  it('my cases shows a case the other copy created', async () => {
    const before = (await w.call(who, 'GET', '/applications?scope=mine')).json<ApplicationList>();
    const created = await on(other.app, who, 'POST', '/applications', { items: ['TEST-SIMPLE'] });
    expect(created.statusCode).toBe(201);
    const after = (await w.call(who, 'GET', '/applications?scope=mine')).json<ApplicationList>();
    expect(after.total).toBe(before.total + 1);
    expect(after.items.map((i) => i.id)).toContain(created.json<ApplicationView>().id);
  });

  it('the staff queue and the progress lookup follow a submit and an acceptance made on the other copy', async () => {
    const queueUrl = '/staff/applications?stage=acceptance';
    const waiting = () => w.call(clerk, 'GET', queueUrl).then((r) => r.json<StaffQueue>().items.map((i) => i.id));
    const ready = await readyCase(w, who);
    expect(await waiting()).not.toContain(ready.id);

    const submitted = await on(other.app, who, 'POST', `/applications/${ready.id}/submit`, undefined, {
      ...ifMatch(ready.version),
      'idempotency-key': newKey(),
    });
    expect(submitted.statusCode).toBe(200);
    const { number } = submitted.json<{ number: string }>();
    expect(await waiting()).toContain(ready.id);
    const lookup = `/progress?number=${number}&phoneLast4=${who.profile.phone.slice(-4)}`;
    expect((await w.call(who, 'GET', lookup)).json<ProgressView>().status).toBe('submitted');

    const view = (await on(other.app, clerk, 'GET', `/staff/applications/${ready.id}`)).json<{ version: number }>();
    const accepted = await on(
      other.app,
      clerk,
      'POST',
      `/staff/applications/${ready.id}/accept`,
      {},
      ifMatch(view.version),
    );
    expect(accepted.statusCode).toBe(200);
    expect(await waiting()).not.toContain(ready.id);
    expect((await w.call(who, 'GET', lookup)).json<ProgressView>().status).toBe('accepted');
    expect((await w.call(who, 'GET', `/applications/${ready.id}`)).json<ApplicationView>().status).toBe('accepted');
  });
});
