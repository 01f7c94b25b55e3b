import { type AppointmentView, type HallStatistics, type StaffTicketView, type TicketView } from '@onetrip/shared';
import { Types } from 'mongoose';
import { readyCase } from '../../applications/testing/cases';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import { hallSnapshot, hallWorld, THURSDAY, type HallWorld } from '../testing/world';

let w: HallWorld;
beforeAll(async () => {
  w = await hallWorld();
});
afterAll(async () => {
  await w.t.close();
});

const take = (who: LoggedIn, group: string) => w.req(who, 'POST', '/tickets', { group });
const callNext = (who: LoggedIn, group: string, window: string) =>
  w.req(who, 'POST', `/hall/groups/${group}/call-next`, { window });
const act = (who: LoggedIn, id: string, action: string, payload: unknown = {}) =>
  w.req(who, 'POST', `/tickets/${id}/${action}`, payload);
const ticket = (who: LoggedIn, id: string) => w.req(who, 'GET', `/tickets/${id}`);

/** Residents of their own (one waiting ticket per person and group). */
let serial = 0;
async function walkIns(n: number, group = 'test-a'): Promise<{ who: LoggedIn; ticket: TicketView }[]> {
  const { loginAs } = await import('../../../../test/helpers/login-as');
  const people = await Promise.all(
    Array.from({ length: n }, () => loginAs(w.app, `hall_walkin_${(serial += 1)}_${group.replace(/-/g, '_')}`)),
  );
  const out: { who: LoggedIn; ticket: TicketView }[] = [];
  for (const who of people) {
    const res = await take(who, group);
    if (res.statusCode !== 201) throw new Error(`taking a ticket failed: ${res.body}`);
    out.push({ who, ticket: res.json<TicketView>() });
  }
  return out;
}

/** Calls until nobody waits, so each test starts with an empty queue. */
async function drain(group: string, clerk: LoggedIn, window: string) {
  while ((await callNext(clerk, group, window)).statusCode === 200);
}

describe('taking a ticket', () => {
  beforeEach(() => w.at(THURSDAY, '08:40'));

  it('gives numbers with the group’s prefix in order, and shows the holder how many are ahead', async () => {
    const [first, second] = await walkIns(2);
    expect(first?.ticket).toMatchObject({ group: 'test-a', status: 'waiting', booked: false, date: THURSDAY });
    expect(first?.ticket.number).toMatch(/^T\d{3}$/);
    const n = (t?: { ticket: TicketView }) => Number(t?.ticket.number.slice(1));
    expect(n(second)).toBe(n(first) + 1);
    const seen = await ticket(second!.who, second!.ticket.id);
    expect([seen.statusCode, seen.json<TicketView>().ahead]).toEqual([200, 1]);
    await drain('test-a', w.clerkA, 'T01');
  });

  it('numbers taken at once are all different', async () => {
    const { loginAs } = await import('../../../../test/helpers/login-as');
    const people = await Promise.all([1, 2, 3, 4, 5].map((i) => loginAs(w.app, `hall_burst_${i}`)));
    const res = await Promise.all(people.map((who) => take(who, 'test-b')));
    expect(res.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const numbers = res.map((r) => r.json<TicketView>().number);
    expect(new Set(numbers).size).toBe(5);
    await drain('test-b', w.clerkB, 'U01');
  });

  it('refuses a second waiting ticket of the same group (409), an unknown group and bad bodies (400)', async () => {
    const [one] = await walkIns(1);
    const before = await hallSnapshot(w);
    expect((await take(one!.who, 'test-a')).statusCode).toBe(409);
    for (const body of [{ group: 'no-such' }, {}, { group: 'test-a', extra: 1 }, { group: ['test-a'] }]) {
      const res = await w.req(one!.who, 'POST', '/tickets', body);
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await w.req(null, 'POST', '/tickets', { group: 'test-a' })).statusCode).toBe(401);
    expect(await hallSnapshot(w)).toBe(before);
    await drain('test-a', w.clerkA, 'T01');
  });

  it('is refused (409) on a weekend, a statutory holiday and after closing time', async () => {
    for (const [date, time] of [
      ['2026-12-05', '10:00'],
      ['2026-10-01', '10:00'],
      [THURSDAY, '17:00'],
    ] as const) {
      w.at(date, time);
      const res = await take(w.carol, 'test-a');
      expect([date, time, res.statusCode]).toEqual([date, time, 409]);
    }
  });

  it('another’s ticket is 404 to its holder’s neighbours; a malformed id 400', async () => {
    const [one] = await walkIns(1);
    expect((await ticket(w.bob, one!.ticket.id)).statusCode).toBe(404);
    expect((await ticket(w.bob, new Types.ObjectId().toHexString())).statusCode).toBe(404);
    expect((await ticket(w.bob, 'nope')).statusCode).toBe(400);
    await drain('test-a', w.clerkA, 'T01');
  });
});

describe('calling', () => {
  beforeEach(() => w.at(THURSDAY, '09:00'));

  it('two clerks calling at once get two different tickets, at their own windows', async () => {
    for (let round = 0; round < 3; round += 1) {
      const waiting = await walkIns(2);
      const [a, b] = await Promise.all([callNext(w.clerkA, 'test-a', 'T01'), callNext(w.clerkA2, 'test-a', 'T02')]);
      expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
      const ids = [a.json<StaffTicketView>().id, b.json<StaffTicketView>().id];
      expect(new Set(ids).size).toBe(2);
      expect(ids.sort()).toEqual(waiting.map((t) => t.ticket.id).sort());
      expect([a.json<StaffTicketView>().window, b.json<StaffTicketView>().window]).toEqual(['T01', 'T02']);
      const seen = await ticket(waiting[0]!.who, waiting[0]!.ticket.id);
      expect(seen.json<TicketView>()).toMatchObject({ status: 'called', ahead: null });
      expect(['T01', 'T02']).toContain(seen.json<TicketView>().window);
    }
    const none = await callNext(w.clerkA, 'test-a', 'T01');
    expect([none.statusCode, none.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('calls a checked-in booked ticket first once its slot has started, then by number', async () => {
    w.at(THURSDAY, '08:30');
    const appt = (
      await w.req(w.carol, 'POST', '/appointments', { group: 'test-a', date: THURSDAY, slot: '09:30' })
    ).json<AppointmentView>();
    w.at(THURSDAY, '09:00');
    const [early] = await walkIns(1);
    const booked = (await w.req(w.carol, 'POST', `/appointments/${appt.id}/check-in`)).json<TicketView>();
    const [late] = await walkIns(1);
    expect((await ticket(w.carol, booked.id)).json<TicketView>().ahead).toBe(1);
    // Before 9:30 the booked ticket waits its turn by number…
    expect((await callNext(w.clerkA, 'test-a', 'T01')).json<StaffTicketView>().id).toBe(early!.ticket.id);
    // …from 9:30 it goes before the walk-in who came earlier.
    w.at(THURSDAY, '09:31');
    expect((await ticket(w.carol, booked.id)).json<TicketView>().ahead).toBe(0);
    expect((await callNext(w.clerkA, 'test-a', 'T01')).json<StaffTicketView>().id).toBe(booked.id);
    expect((await callNext(w.clerkA, 'test-a', 'T01')).json<StaffTicketView>().id).toBe(late!.ticket.id);
  });

  it('refuses clerks of other departments (403), a window not of the group (400), residents (403)', async () => {
    const before = await hallSnapshot(w);
    await walkIns(1);
    const mid = await hallSnapshot(w);
    expect((await callNext(w.clerkB, 'test-a', 'T01')).statusCode).toBe(403);
    expect((await callNext(w.clerkC, 'test-a', 'T01')).statusCode).toBe(403);
    expect((await callNext(w.clerkA, 'test-a', 'U01')).statusCode).toBe(400);
    expect((await callNext(w.clerkA, 'test-a', 't1')).statusCode).toBe(400);
    expect((await callNext(w.alice, 'test-a', 'T01')).statusCode).toBe(403);
    expect((await callNext(w.clerkA, 'no-such', 'T01')).statusCode).toBe(404);
    expect(await hallSnapshot(w)).toBe(mid);
    expect(before).not.toBe(mid);
    await drain('test-a', w.clerkA, 'T01');
  });

  it('a comprehensive window (综合窗口) calls every group of its own hall, not of another', async () => {
    const { loginAs } = await import('../../../../test/helpers/login-as');
    const [here, elsewhere] = await Promise.all([
      loginAs(w.app, 'hall_front_1', { roles: ['staff'], staffKind: 'comprehensive', hall: '县政务服务中心一楼' }),
      loginAs(w.app, 'hall_front_2', { roles: ['staff'], staffKind: 'comprehensive', hall: '县政务服务中心二楼' }),
    ]);
    await walkIns(1, 'test-b');
    expect((await callNext(elsewhere, 'test-b', 'U01')).statusCode).toBe(403);
    expect((await callNext(here, 'test-b', 'U01')).statusCode).toBe(200);
  });
});

describe('handling a called ticket', () => {
  let called: StaffTicketView;
  let holder: LoggedIn;
  beforeEach(async () => {
    w.at(THURSDAY, '10:00');
    const [one] = await walkIns(1);
    holder = one!.who;
    w.at(THURSDAY, '10:05');
    called = (await callNext(w.clerkA, 'test-a', 'T01')).json<StaffTicketView>();
    expect(called.id).toBe(one!.ticket.id);
  });

  it('recall → serve (linking a case) → done; each audited; a wrong next step is 409', async () => {
    expect((await act(w.clerkA, called.id, 'recall')).json<StaffTicketView>().recalls).toBe(1);
    const own = await readyCase(w, w.alice);
    const served = await act(w.clerkA, called.id, 'serve', { caseId: own.id });
    expect(served.json<StaffTicketView>()).toMatchObject({ status: 'serving', caseId: own.id });
    expect((await act(w.clerkA, called.id, 'recall')).statusCode).toBe(409);
    w.at(THURSDAY, '10:20');
    const done = await act(w.clerkA, called.id, 'done');
    expect(done.json<StaffTicketView>()).toMatchObject({ status: 'done' });
    expect((await act(w.clerkA, called.id, 'done')).statusCode).toBe(409);
    expect((await ticket(holder, called.id)).json<TicketView>().status).toBe('done');
    const audit = await w.app.db.collection('audit_logs').find({ target: called.id }).sort({ at: 1 }).toArray();
    expect(audit.map((a) => a.action)).toEqual([
      'hall.ticket.call',
      'hall.ticket.recall',
      'hall.ticket.serve',
      'hall.ticket.done',
    ]);
    expect(audit.find((a) => a.action === 'hall.ticket.serve')?.caseId).toBe(own.id);
  });

  it('serve with an unknown case is 400 and changes nothing', async () => {
    const before = await hallSnapshot(w);
    const res = await act(w.clerkA, called.id, 'serve', { caseId: new Types.ObjectId().toHexString() });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await act(w.clerkA, called.id, 'serve', { caseId: 'x' })).statusCode).toBe(400);
    expect(await hallSnapshot(w)).toBe(before);
    await act(w.clerkA, called.id, 'no-show');
  });

  it('no-show ends it; the holder sees it', async () => {
    expect((await act(w.clerkA, called.id, 'no-show')).json<StaffTicketView>().status).toBe('no_show');
    expect((await ticket(holder, called.id)).json<TicketView>().status).toBe('no_show');
    expect((await act(w.clerkA, called.id, 'serve')).statusCode).toBe(409);
  });

  it('transfer gives the holder a ticket of the other group, called there first', async () => {
    const [other] = await walkIns(1, 'test-b');
    expect((await act(w.clerkA, called.id, 'transfer', { group: 'test-a' })).statusCode).toBe(400);
    expect((await act(w.clerkA, called.id, 'transfer', { group: 'no-such' })).statusCode).toBe(400);
    const moved = (await act(w.clerkA, called.id, 'transfer', { group: 'test-b' })).json<StaffTicketView>();
    expect(moved.status).toBe('transferred');
    const seen = (await ticket(holder, called.id)).json<TicketView>();
    expect(seen.transferredTo).toMatchObject({ group: 'test-b' });
    expect(seen.transferredTo?.number).toMatch(/^U\d{3}$/);
    const next = (await callNext(w.clerkB, 'test-b', 'U01')).json<StaffTicketView>();
    expect(next.id).toBe(seen.transferredTo?.id);
    expect((await ticket(holder, next.id)).json<TicketView>().status).toBe('called');
    expect((await callNext(w.clerkB, 'test-b', 'U01')).json<StaffTicketView>().id).toBe(other!.ticket.id);
  });

  it('a clerk of another department, or a resident, cannot touch it (404 / 403); nothing changes', async () => {
    const before = await hallSnapshot(w);
    for (const action of ['recall', 'no-show', 'done', 'serve']) {
      expect([action, (await act(w.clerkB, called.id, action)).statusCode]).toEqual([action, 404]);
      expect([action, (await act(holder, called.id, action)).statusCode]).toEqual([action, 403]);
    }
    expect((await act(w.clerkB, called.id, 'transfer', { group: 'test-b' })).statusCode).toBe(404);
    expect((await act(w.clerkA, new Types.ObjectId().toHexString(), 'recall')).statusCode).toBe(404);
    expect(await hallSnapshot(w)).toBe(before);
    await act(w.clerkA, called.id, 'done');
  });

  it('a waiting ticket cannot be served or ended before it is called (409)', async () => {
    const [waiting] = await walkIns(1);
    for (const action of ['recall', 'no-show', 'done', 'serve'])
      expect([action, (await act(w.clerkA, waiting!.ticket.id, action)).statusCode]).toEqual([action, 409]);
    await act(w.clerkA, called.id, 'done');
    await drain('test-a', w.clerkA, 'T01');
  });
});

describe('statistics', () => {
  it('gives per group the day’s waiting and service times, for staff and admins only', async () => {
    const date = '2026-12-07';
    w.at(date, '09:00');
    const [one] = await walkIns(1, 'test-b');
    w.at(date, '09:10');
    await callNext(w.clerkB, 'test-b', 'U01');
    w.at(date, '09:25');
    await act(w.clerkB, one!.ticket.id, 'done');
    const res = await w.req(w.clerkA, 'GET', `/hall/statistics?date=${date}`);
    expect(res.statusCode).toBe(200);
    const row = res.json<HallStatistics>().groups.find((g) => g.group === 'test-b');
    expect(row).toMatchObject({
      tickets: 1,
      done: 1,
      waitSeconds: { count: 1, average: 600, max: 600 },
      serviceSeconds: { count: 1, average: 900, max: 900 },
    });
    expect((await w.req(w.admin, 'GET', `/hall/statistics?date=${date}`)).statusCode).toBe(200);
    expect((await w.req(w.alice, 'GET', `/hall/statistics?date=${date}`)).statusCode).toBe(403);
    expect((await w.req(w.clerkA, 'GET', '/hall/statistics?date=2026-13-01')).statusCode).toBe(400);
  });
});
