import { type HallStatistics, type StaffTicketView, type TicketList, type TicketView } from '@onetrip/shared';
import { Types } from 'mongoose';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { hallSnapshot, hallWorld, THURSDAY, type HallWorld } from '../testing/world';

let w: HallWorld;
beforeAll(async () => {
  w = await hallWorld();
});
afterAll(async () => {
  await w.t.close();
});

const FRIDAY = '2026-12-04';
const take = async (who: LoggedIn, group: string) => {
  const res = await w.req(who, 'POST', '/tickets', { group });
  if (res.statusCode !== 201) throw new Error(`taking a ticket failed: ${res.body}`);
  return res.json<TicketView>();
};
const mine = async (who: LoggedIn) => {
  const res = await w.req(who, 'GET', '/tickets');
  expect(res.statusCode).toBe(200);
  return res.json<TicketList>().items;
};
const giveUp = (who: LoggedIn, id: string) => w.req(who, 'DELETE', `/tickets/${id}`);
const callNext = (who: LoggedIn, group: string, window: string) =>
  w.req(who, 'POST', `/hall/groups/${group}/call-next`, { window });
const stored = (id: string) => w.app.db.collection('hall_tickets').findOne({ _id: new Types.ObjectId(id) });

let serial = 0;
const someone = () => loginAs(w.app, `hall_own_${(serial += 1)}`);

describe('GET /tickets: the resident’s own tickets of today', () => {
  it('lists today’s tickets of every group, the latest first; not another day’s, not anyone else’s', async () => {
    const [dana, erin] = await Promise.all([someone(), someone()]);
    w.at(THURSDAY, '09:00');
    const yesterday = await take(dana, 'test-a');
    w.at(FRIDAY, '09:00');
    const first = await take(dana, 'test-a');
    await take(erin, 'test-a');
    w.at(FRIDAY, '09:05');
    const second = await take(dana, 'test-b');
    const listed = await mine(dana);
    expect(listed.map((t) => t.id)).toEqual([second.id, first.id]);
    expect(listed[1]).toMatchObject({ group: 'test-a', groupName: '测试综合窗口', status: 'waiting', ahead: 0 });
    expect(listed.map((t) => t.id)).not.toContain(yesterday.id);
    expect((await mine(erin)).every((t) => ![first.id, second.id].includes(t.id))).toBe(true);
    expect((await w.req(null, 'GET', '/tickets')).statusCode).toBe(401);
  });

  it('is empty for a resident without tickets today', async () => {
    w.at('2026-12-07', '09:00');
    expect(await mine(await someone())).toEqual([]);
  });
});

describe('DELETE /tickets/:id: giving up a waiting ticket (放弃排队)', () => {
  beforeEach(() => w.at('2026-12-08', '09:00'));

  it('cancels it; those behind move up; the holder may take a new one', async () => {
    const [dana, erin] = await Promise.all([someone(), someone()]);
    const front = await take(dana, 'test-a');
    const behind = await take(erin, 'test-a');
    expect(behind.ahead).toBe(1);
    const res = await giveUp(dana, front.id);
    expect(res.statusCode).toBe(200);
    expect(res.json<TicketView>()).toMatchObject({ id: front.id, status: 'cancelled', ahead: null });
    expect(await stored(front.id)).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(Date) });
    expect((await w.req(erin, 'GET', `/tickets/${behind.id}`)).json<TicketView>().ahead).toBe(0);
    const detail = await w.req(null, 'GET', '/hall/groups/test-a');
    expect(detail.json<{ today: { waiting: number } }>().today.waiting).toBe(1);
    // The next call skips it.
    expect((await callNext(w.clerkA, 'test-a', 'T01')).json<StaffTicketView>().id).toBe(behind.id);
    expect((await w.req(dana, 'POST', '/tickets', { group: 'test-a' })).statusCode).toBe(201);
  });

  it('is 409 once the ticket is called, and for a ticket given up already; nothing changes', async () => {
    const dana = await someone();
    const ticket = await take(dana, 'test-b');
    expect((await giveUp(dana, ticket.id)).statusCode).toBe(200);
    const twice = await giveUp(dana, ticket.id);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'INVALID_STATE']);
    const next = await take(dana, 'test-b');
    expect((await callNext(w.clerkB, 'test-b', 'U01')).json<StaffTicketView>().id).toBe(next.id);
    const before = await hallSnapshot(w);
    const late = await giveUp(dana, next.id);
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(await hallSnapshot(w)).toBe(before);
    expect(await stored(next.id)).toMatchObject({ status: 'called', window: 'U01' });
  });

  it('given up while a clerk calls: the ticket is either called or cancelled, never both', async () => {
    for (let round = 0; round < 3; round += 1) {
      const dana = await someone();
      const ticket = await take(dana, 'test-b');
      const [cancel, call] = await Promise.all([giveUp(dana, ticket.id), callNext(w.clerkB, 'test-b', 'U01')]);
      const after = await stored(ticket.id);
      if (cancel.statusCode === 200) {
        expect([call.statusCode, after?.status, after?.window]).toEqual([409, 'cancelled', null]);
      } else {
        expect([cancel.statusCode, call.statusCode, after?.status]).toEqual([409, 200, 'called']);
        expect(call.json<StaffTicketView>().id).toBe(ticket.id);
        await w.req(w.clerkB, 'POST', `/tickets/${ticket.id}/done`, {});
      }
    }
  });

  it('another’s ticket is 404 and stays as it was; a malformed id 400; no login 401', async () => {
    const [dana, erin] = await Promise.all([someone(), someone()]);
    const ticket = await take(dana, 'test-a');
    const before = await hallSnapshot(w);
    expect((await giveUp(erin, ticket.id)).statusCode).toBe(404);
    expect((await giveUp(erin, new Types.ObjectId().toHexString())).statusCode).toBe(404);
    expect((await giveUp(erin, 'nope')).statusCode).toBe(400);
    expect((await w.req(null, 'DELETE', `/tickets/${ticket.id}`)).statusCode).toBe(401);
    expect(await hallSnapshot(w)).toBe(before);
    expect(await stored(ticket.id)).toMatchObject({ status: 'waiting' });
  });

  it('counts given-up tickets in the day’s statistics', async () => {
    w.at('2026-12-09', '09:00');
    const dana = await someone();
    await giveUp(dana, (await take(dana, 'test-b')).id);
    const res = await w.req(w.clerkB, 'GET', '/hall/statistics?date=2026-12-09');
    const row = res.json<HallStatistics>().groups.find((g) => g.group === 'test-b');
    expect(row).toMatchObject({ tickets: 1, waiting: 0, cancelled: 1, waitSeconds: { count: 0 } });
  });
});
