import { AppointmentBody, HALL_SLOTS, HallDate, HallGroupInput, ServicePhone, WindowNumber } from '../hall';

const group = {
  name: '综合受理',
  hall: '县政务服务中心一楼',
  prefix: 'A',
  items: ['LAONIAN-YOUDAIZHENG'],
  windows: ['A03', 'A04'],
  hours: '工作日 9:00–12:00，13:30–17:00',
  phone: '0539-7211003',
  capacity: 6,
};

describe('hall schemas', () => {
  it('has 13 half-hour slots, 9:00–12:00 and 13:30–17:00', () => {
    expect(HALL_SLOTS).toHaveLength(13);
    expect(HALL_SLOTS[0]).toBe('09:00');
    expect(HALL_SLOTS).not.toContain('12:00');
    expect(HALL_SLOTS.at(-1)).toBe('16:30');
  });

  it('takes a group, and refuses a mobile number as its phone', () => {
    expect(HallGroupInput.safeParse(group).success).toBe(true);
    for (const phone of ['0539-7211003', '05397211003', '12345', '400-123-4567'])
      expect([phone, ServicePhone.safeParse(phone).success]).toEqual([phone, true]);
    for (const phone of ['13912345678', '139-1234-5678', '110', ''])
      expect([phone, ServicePhone.safeParse(phone).success]).toEqual([phone, false]);
  });

  it.each([
    ['duplicate items', { items: ['A-B', 'A-B'] }],
    ['a lower-case window', { windows: ['a03'] }],
    ['a prefix of two letters', { prefix: 'AB' }],
    ['capacity over 50', { capacity: 51 }],
    ['an extra key', { note: 'x' }],
  ])('refuses %s', (_name, change) => {
    expect(HallGroupInput.safeParse({ ...group, ...change }).success).toBe(false);
  });

  it('checks dates, slots and windows', () => {
    expect(HallDate.safeParse('2026-02-29').success).toBe(false);
    expect(HallDate.safeParse('2028-02-29').success).toBe(true);
    expect(WindowNumber.safeParse('B12').success).toBe(true);
    expect(AppointmentBody.safeParse({ group: 'zonghe', date: '2026-12-03', slot: '12:00' }).success).toBe(false);
    expect(AppointmentBody.safeParse({ group: 'zonghe', date: '2026-12-03', slot: '13:30' }).success).toBe(true);
  });
});
