import { type AppointmentList, type AppointmentView, type HallDaySlots, type TicketView } from '@onetrip/shared';
import { readyCase } from '../../applications/testing/cases';
import { hallSnapshot, hallWorld, THURSDAY, type HallWorld } from '../testing/world';

let w: HallWorld;
beforeAll(async () => {
  w = await hallWorld();
});
afterAll(async () => {
  await w.t.close();
});
beforeEach(() => w.at(THURSDAY, '08:30'));

const FRIDAY = '2026-12-04';
const book = (who: HallWorld['alice'], body: Record<string, unknown>) => w.req(who, 'POST', '/appointments', body);
const slots = (group: string, date: string) => w.req(null, 'GET', `/hall/groups/${group}/slots?date=${date}`);
const remaining = async (group: string, date: string, slot: string) =>
  (await slots(group, date)).json<HallDaySlots>().slots.find((s) => s.slot === slot)?.remaining;

describe('slots', () => {
  it('lists the half-hour slots of a working day with their capacity, Beijing time', async () => {
    const res = await slots('test-a', FRIDAY);
    expect(res.statusCode).toBe(200);
    const day = res.json<HallDaySlots>();
    expect(day.open).toBe(true);
    expect(day.slots.map((s) => s.slot)).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
    ]);
    expect(day.slots[0]).toEqual({
      slot: '09:00',
      start: '2026-12-04T01:00:00.000Z',
      capacity: 2,
      remaining: 2,
      bookable: true,
    });
  });

  it('has none on weekends and statutory holidays; a 调休 Saturday works', async () => {
    expect((await slots('test-a', '2026-12-05')).json<HallDaySlots>()).toMatchObject({ open: false, slots: [] });
    expect((await slots('test-a', '2026-10-01')).json<HallDaySlots>().open).toBe(false);
    expect((await slots('test-a', '2026-10-10')).json<HallDaySlots>().open).toBe(true);
  });

  it('marks started slots of today as not bookable', async () => {
    w.at(THURSDAY, '10:15');
    const day = (await slots('test-a', THURSDAY)).json<HallDaySlots>();
    expect(day.slots.filter((s) => s.bookable).map((s) => s.slot)[0]).toBe('10:30');
  });

  it('refuses a malformed or impossible date (400) and an unknown group (404)', async () => {
    expect((await slots('test-a', '2026-02-30')).statusCode).toBe(400);
    expect((await slots('test-a', '20261204')).statusCode).toBe(400);
    expect((await w.req(null, 'GET', '/hall/groups/test-a/slots')).statusCode).toBe(400);
    expect((await slots('no-such', FRIDAY)).statusCode).toBe(404);
  });
});

describe('appointments', () => {
  it('books a slot (201), lowers its remaining seats and lists it as the resident’s own only', async () => {
    const res = await book(w.alice, { group: 'test-a', date: FRIDAY, slot: '09:30' });
    expect(res.statusCode).toBe(201);
    expect(res.json<AppointmentView>()).toMatchObject({
      group: 'test-a',
      groupName: '测试综合窗口',
      date: FRIDAY,
      slot: '09:30',
      status: 'booked',
    });
    expect(await remaining('test-a', FRIDAY, '09:30')).toBe(1);
    const own = (await w.req(w.alice, 'GET', '/appointments')).json<AppointmentList>();
    expect(own.items.map((a) => a.id)).toContain(res.json<AppointmentView>().id);
    const bobs = (await w.req(w.bob, 'GET', '/appointments')).json<AppointmentList>();
    expect(bobs.items.map((a) => a.id)).not.toContain(res.json<AppointmentView>().id);
  });

  it('one active appointment per resident, group and day: a second is 409 INVALID_STATE', async () => {
    const before = await hallSnapshot(w);
    const res = await book(w.alice, { group: 'test-a', date: FRIDAY, slot: '14:00' });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(await hallSnapshot(w)).toBe(before);
    // Another group the same day is fine.
    expect((await book(w.alice, { group: 'test-b', date: FRIDAY, slot: '14:00' })).statusCode).toBe(201);
  });

  it('two residents racing for the last seat: exactly one 201 and one 409', async () => {
    // test-b has one seat per slot.
    for (let round = 0; round < 3; round += 1) {
      const slot = ['10:00', '10:30', '11:00'][round] as string;
      const [a, b] = await Promise.all([
        book(w.bob, { group: 'test-b', date: FRIDAY, slot }),
        book(w.carol, { group: 'test-b', date: FRIDAY, slot }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect(loser.json().error.code).toBe('INVALID_STATE');
      expect(await remaining('test-b', FRIDAY, slot)).toBe(0);
      const stored = await w.app.db
        .collection('hall_appointments')
        .countDocuments({ group: 'test-b', slot, date: FRIDAY });
      expect(stored).toBe(1);
      // The winner cancels, so both can race again for the next slot.
      const winner = a.statusCode === 201 ? a : b;
      const owner = a.statusCode === 201 ? w.bob : w.carol;
      expect((await w.req(owner, 'DELETE', `/appointments/${winner.json<AppointmentView>().id}`)).statusCode).toBe(200);
    }
  });

  it.each([
    ['a weekend', { group: 'test-a', date: '2026-12-05', slot: '09:00' }],
    ['a day in the past', { group: 'test-a', date: '2026-12-02', slot: '09:00' }],
    ['a day too far ahead', { group: 'test-a', date: '2026-12-18', slot: '09:00' }],
    ['a slot that is not one', { group: 'test-a', date: FRIDAY, slot: '12:00' }],
    ['an impossible date', { group: 'test-a', date: '2026-11-31', slot: '09:00' }],
    ['an unknown group', { group: 'no-such', date: FRIDAY, slot: '09:00' }],
    ['an unknown key', { group: 'test-a', date: FRIDAY, slot: '09:00', note: 'x' }],
    ['a malformed case id', { group: 'test-a', date: FRIDAY, slot: '09:00', caseId: 'x' }],
    ['someone else’s case', { group: 'test-a', date: FRIDAY, slot: '09:00', caseId: 'OTHER' }],
    ['an operator instead of a group', { group: { $ne: null }, date: FRIDAY, slot: '09:00' }],
  ])('refuses %s with 400 and writes nothing', async (_name, body) => {
    const payload = { ...body } as Record<string, unknown>;
    if (payload.caseId === 'OTHER') payload.caseId = (await readyCase(w, w.alice)).id;
    const before = await hallSnapshot(w);
    const res = await book(w.carol, payload);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await hallSnapshot(w)).toBe(before);
  });

  it('refuses a slot of today that has started (400); a later one is fine', async () => {
    w.at(THURSDAY, '09:05');
    expect((await book(w.carol, { group: 'test-a', date: THURSDAY, slot: '09:00' })).statusCode).toBe(400);
    expect((await book(w.carol, { group: 'test-a', date: THURSDAY, slot: '09:30' })).statusCode).toBe(201);
  });

  it('books a 调休 Saturday and links the resident’s own case', async () => {
    w.at('2026-09-30', '10:00');
    const own = await readyCase(w, w.bob);
    expect((await book(w.bob, { group: 'test-a', date: '2026-10-01', slot: '09:00' })).statusCode).toBe(400);
    const res = await book(w.bob, { group: 'test-a', date: '2026-10-10', slot: '09:00', caseId: own.id });
    expect(res.statusCode).toBe(201);
    expect(res.json<AppointmentView>().caseId).toBe(own.id);
  });

  it('needs a login', async () => {
    expect(
      (await w.req(null, 'POST', '/appointments', { group: 'test-a', date: FRIDAY, slot: '09:00' })).statusCode,
    ).toBe(401);
    expect((await w.req(null, 'GET', '/appointments')).statusCode).toBe(401);
  });
});

describe('cancel and check-in', () => {
  let mine: AppointmentView;
  beforeAll(async () => {
    w.at(THURSDAY, '08:30');
    mine = (await book(w.alice, { group: 'test-a', date: THURSDAY, slot: '11:00' })).json<AppointmentView>();
  });

  it('another resident’s appointment is 404 to cancel or check in, and nothing changes', async () => {
    const before = await hallSnapshot(w);
    expect((await w.req(w.bob, 'DELETE', `/appointments/${mine.id}`)).statusCode).toBe(404);
    expect((await w.req(w.bob, 'POST', `/appointments/${mine.id}/check-in`, {})).statusCode).toBe(404);
    expect((await w.req(w.bob, 'DELETE', '/appointments/0123456789abcdef01234567')).statusCode).toBe(404);
    expect((await w.req(w.bob, 'DELETE', '/appointments/not-an-id')).statusCode).toBe(400);
    expect(await hallSnapshot(w)).toBe(before);
  });

  it('checks in on the day: a booked ticket; a second check-in is 409', async () => {
    w.at(THURSDAY, '10:40');
    const res = await w.req(w.alice, 'POST', `/appointments/${mine.id}/check-in`, {});
    expect(res.statusCode).toBe(201);
    const ticket = res.json<TicketView>();
    expect(ticket).toMatchObject({ group: 'test-a', status: 'waiting', booked: true, slot: '11:00', date: THURSDAY });
    expect(ticket.number).toMatch(/^T\d{3}$/);
    const before = await hallSnapshot(w);
    const again = await w.req(w.alice, 'POST', `/appointments/${mine.id}/check-in`);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(await hallSnapshot(w)).toBe(before);
    const listed = (await w.req(w.alice, 'GET', '/appointments')).json<AppointmentList>();
    expect(listed.items.find((a) => a.id === mine.id)).toMatchObject({ status: 'checked_in', ticketId: ticket.id });
    // Checked in: no longer cancellable.
    expect((await w.req(w.alice, 'DELETE', `/appointments/${mine.id}`)).statusCode).toBe(409);
  });

  it('two check-ins at once give one ticket', async () => {
    w.at(THURSDAY, '08:30');
    const appt = (await book(w.bob, { group: 'test-a', date: THURSDAY, slot: '16:30' })).json<AppointmentView>();
    w.at(THURSDAY, '15:00');
    const results = await Promise.all([1, 2, 3].map(() => w.req(w.bob, 'POST', `/appointments/${appt.id}/check-in`)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(
      await w.app.db.collection('hall_tickets').countDocuments({ appointmentId: { $eq: results[0] && appt.id } }),
    ).toBeDefined();
  });

  it('check-in on another day is 409; cancelling frees the seat and the day', async () => {
    w.at(THURSDAY, '08:30');
    const appt = (await book(w.alice, { group: 'test-a', date: '2026-12-07', slot: '09:00' })).json<AppointmentView>();
    expect((await w.req(w.alice, 'POST', `/appointments/${appt.id}/check-in`)).statusCode).toBe(409);
    expect(await remaining('test-a', '2026-12-07', '09:00')).toBe(1);
    const cancelled = await w.req(w.alice, 'DELETE', `/appointments/${appt.id}`);
    expect([cancelled.statusCode, cancelled.json<AppointmentView>().status]).toEqual([200, 'cancelled']);
    expect(await remaining('test-a', '2026-12-07', '09:00')).toBe(2);
    expect((await w.req(w.alice, 'DELETE', `/appointments/${appt.id}`)).statusCode).toBe(409);
    expect((await book(w.alice, { group: 'test-a', date: '2026-12-07', slot: '09:30' })).statusCode).toBe(201);
  });
});
