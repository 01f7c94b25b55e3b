import { ItemInput } from '../../schemas/catalog';
import { tripsKept, ZERO_TRIPS_UNDELIVERABLE } from '../trips-kept';

const item = (trips: 0 | 1, express: boolean, electronic?: boolean) => ({ trips, delivery: { express, electronic } });

describe('tripsKept', () => {
  it('keeps 零跑腿 only with express or electronic delivery', () => {
    expect(tripsKept(item(0, true))).toBe(true);
    expect(tripsKept(item(0, false, true))).toBe(true);
    expect(tripsKept(item(0, false))).toBe(false);
    expect(tripsKept(item(0, false, false))).toBe(false);
  });

  it('asks nothing of 只跑一次', () => {
    expect(tripsKept(item(1, false))).toBe(true);
    expect(tripsKept(item(1, true))).toBe(true);
  });
});

describe('ItemInput', () => {
  const guide = {
    name: '测试事项',
    department: '县民政局',
    kind: '公共服务',
    legalBasis: '依据',
    conditions: [],
    materials: [],
    form: { fields: [] },
    process: ['申请'],
    legalDays: 5,
    promisedDays: 2,
    fee: { amount: 0 },
    delivery: { window: true, express: false, expressFee: 0 },
    windows: [],
    trips: 0,
  };

  it('refuses 零跑腿 without express or an electronic result, on delivery.express, even with an electronic licence', () => {
    const result = ItemInput.safeParse({ ...guide, licence: { type: '营业执照' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['delivery.express', ZERO_TRIPS_UNDELIVERABLE],
    ]);
  });

  it('accepts it with express, with an electronic result, or labelled 只跑一次', () => {
    expect(ItemInput.safeParse({ ...guide, delivery: { ...guide.delivery, express: true } }).success).toBe(true);
    expect(ItemInput.safeParse({ ...guide, delivery: { ...guide.delivery, electronic: true } }).success).toBe(true);
    expect(ItemInput.safeParse({ ...guide, trips: 1 }).success).toBe(true);
  });

  it('accepts an item whose only result is electronic, and refuses one with no way to deliver', () => {
    const electronicOnly = { window: false, express: false, electronic: true, expressFee: 0 };
    expect(ItemInput.safeParse({ ...guide, delivery: electronicOnly }).success).toBe(true);
    const none = ItemInput.safeParse({ ...guide, trips: 1, delivery: { ...electronicOnly, electronic: false } });
    expect(none.error?.issues.map((i) => i.path.join('.'))).toEqual(['delivery']);
  });
});
