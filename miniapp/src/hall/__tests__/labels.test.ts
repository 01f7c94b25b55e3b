import { addDays, beijingClock, chipDay, longDay, slotRange } from '@/hall/common/dates';
import { aheadText, appointmentStatus, ticketStatusText } from '@/hall/common/labels';
import { appointment, ticket } from './fixtures';

describe('the hall’s words', () => {
  it('counts days on the date alone, across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-12-03', 14)).toBe('2026-12-17');
    expect(longDay('2026-12-04')).toBe('12月4日 周五');
    expect(chipDay('2026-12-03', '2026-12-03')).toEqual({ name: '今天', short: '12/3' });
    expect(chipDay('2026-12-05', '2026-12-03')).toEqual({ name: '后天', short: '12/5' });
    expect(chipDay('2026-12-07', '2026-12-03')).toEqual({ name: '周一', short: '12/7' });
    expect(slotRange('11:30')).toBe('11:30–12:00');
    expect(slotRange('16:30')).toBe('16:30–17:00');
    expect(beijingClock('2026-12-03T01:05:00.000Z')).toBe('09:05');
  });

  it('tells where a ticket stands', () => {
    expect(ticketStatusText(ticket({ status: 'called', window: 'A03' }))).toBe('请到 A03 号窗口');
    expect(ticketStatusText(ticket({ status: 'serving' }))).toBe('办理中');
    expect(aheadText(ticket({ ahead: 0 }))).toBe('下一位就是您，请留意叫号');
    expect(aheadText(ticket({ ahead: 5 }))).toBe('前面还有 5 人');
    expect(aheadText(ticket({ status: 'called', ahead: null }))).toBe('');
  });

  it('a booked appointment whose day has passed is 已过期', () => {
    expect(appointmentStatus(appointment({ date: '2026-12-02' }), '2026-12-03').text).toBe('已过期');
    expect(appointmentStatus(appointment({ date: '2026-12-03' }), '2026-12-03').text).toBe('已预约');
    expect(appointmentStatus(appointment({ status: 'checked_in' }), '2026-12-09').text).toBe('已签到取号');
  });
});
