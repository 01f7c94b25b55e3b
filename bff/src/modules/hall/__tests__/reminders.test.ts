import { Types } from 'mongoose';
import { type AppointmentView } from '@onetrip/shared';
import { runRemindersOnce } from '../reminders';
import { hallWorld, THURSDAY, type HallWorld } from '../testing/world';

let w: HallWorld;
beforeAll(async () => {
  w = await hallWorld();
});
afterAll(async () => {
  await w.t.close();
});

const FRIDAY = '2026-12-04';
/** Thursday evening: Friday's appointments are due for their reminder. */
const EVENING = new Date(`${THURSDAY}T18:00:00+08:00`);

interface Message {
  touser: string;
  template_id: string;
  data: Record<string, { value: string }>;
}
interface Text {
  phone: string;
  template: string;
  params: Record<string, string>;
  text: string;
}
const messagesTo = async (openid: string) =>
  ((await w.t.mock('GET', `/__mock/messages?touser=${openid}`)).body as { items: Message[] }).items;
const textsTo = async (phone: string) =>
  ((await w.t.mock('GET', `/__mock/sms?phone=${phone}`)).body as { items: Text[] }).items;

const book = async (who: HallWorld['alice'], group: string, date: string, slot: string) => {
  const res = await w.req(who, 'POST', '/appointments', { group, date, slot });
  if (res.statusCode !== 201) throw new Error(`booking failed: ${res.body}`);
  return res.json<AppointmentView>();
};

describe('the day-before reminder', () => {
  it('reminds each of tomorrow’s booked appointments once, even with two jobs running at once', async () => {
    const appt = await book(w.alice, 'test-a', FRIDAY, '09:30');
    const later = await book(w.alice, 'test-a', '2026-12-07', '09:30');
    const cancelled = await book(w.carol, 'test-a', FRIDAY, '10:00');
    await w.req(w.carol, 'DELETE', `/appointments/${cancelled.id}`);
    const runs = await Promise.all([
      runRemindersOnce(w.app, { now: EVENING }),
      runRemindersOnce(w.app, { now: EVENING }),
    ]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
    const sent = (await messagesTo('openid_case_hall_alice')).filter(
      (m) => m.data.character_string9?.value === appt.id,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.template_id).toBe('tpl_appointment');
    expect(sent[0]?.data.time2?.value).toBe(`${FRIDAY} 09:30`);
    // Not the one of Monday, nor the cancelled one.
    expect((await messagesTo('openid_case_hall_alice')).some((m) => m.data.character_string9?.value === later.id)).toBe(
      false,
    );
    expect(await messagesTo('openid_case_hall_carol')).toHaveLength(0);
    // A later pass sends nothing again.
    expect(await runRemindersOnce(w.app, { now: EVENING })).toMatchObject({ sent: 0, skipped: 1 });
    const stored = await w.app.db.collection('hall_reminders').findOne({ _id: new Types.ObjectId(appt.id) });
    expect(stored).toMatchObject({ status: 'sent', channel: 'wechat' });
  });

  it('texts the profile’s phone when the resident has no mini-program openid', async () => {
    const appt = await book(w.bob, 'test-b', FRIDAY, '14:00');
    await w.app.db
      .collection('users')
      .updateOne({ _id: new Types.ObjectId(w.bob.userId) }, { $unset: { weappOpenid: 1 } });
    expect((await runRemindersOnce(w.app, { now: EVENING })).sent).toBe(1);
    const texts = (await textsTo(w.bob.profile.phone)).filter((t) => t.params.ref === appt.id);
    expect(texts).toHaveLength(1);
    expect(texts[0]?.text).toContain(`${FRIDAY}）14:00`);
    expect(texts[0]?.text).toContain('测试专项窗口');
  });
});
