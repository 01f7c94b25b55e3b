import { ItemInput } from '../../schemas/catalog';
import { tripsKept, ZERO_TRIPS_UNDELIVERABLE } from '../trips-kept';

const item = (trips: 0 | 1, express: boolean) => ({ trips, delivery: { express } });

describe('tripsKept', () => {
  it('keeps 零跑腿 only with express delivery', () => {
    expect(tripsKept(item(0, true))).toBe(true);
    expect(tripsKept(item(0, false))).toBe(false);
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

  it('refuses 零跑腿 without express, on delivery.express, even with an electronic licence', () => {
    const result = ItemInput.safeParse({ ...guide, licence: { type: '营业执照' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['delivery.express', ZERO_TRIPS_UNDELIVERABLE],
    ]);
  });

  it('accepts it with express, or labelled 只跑一次', () => {
    expect(ItemInput.safeParse({ ...guide, delivery: { ...guide.delivery, express: true } }).success).toBe(true);
    expect(ItemInput.safeParse({ ...guide, trips: 1 }).success).toBe(true);
  });
});
