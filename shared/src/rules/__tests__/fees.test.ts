import { computeFee, type FeeItem, formatFen } from '../fees';

const item = (code: string, amount: number, expressFee: number): FeeItem => ({
  code,
  fee: { amount },
  delivery: { expressFee },
});
const chain = [item('A', 0, 1200), item('B', 5000, 1800), item('C', 2550, 0)];

describe('computeFee', () => {
  it('sums the item fees and adds no postage for window pick-up', () => {
    expect(computeFee({ items: chain, delivery: { method: 'window' } })).toEqual({
      items: 7550,
      express: 0,
      total: 7550,
    });
  });

  it('charges one parcel for express: the largest express fee, not the sum', () => {
    expect(computeFee({ items: chain, delivery: { method: 'express' } })).toEqual({
      items: 7550,
      express: 1800,
      total: 9350,
    });
  });

  it('adds no postage before a delivery method is chosen', () => {
    expect(computeFee({ items: chain, delivery: null })).toEqual({ items: 7550, express: 0, total: 7550 });
  });

  it('is free for free items with free express', () => {
    expect(computeFee({ items: [item('A', 0, 0)], delivery: { method: 'express' } })).toEqual({
      items: 0,
      express: 0,
      total: 0,
    });
  });

  it('is zero for no items', () => {
    expect(computeFee({ items: [], delivery: { method: 'express' } })).toEqual({ items: 0, express: 0, total: 0 });
  });

  it.each([-1, 1.5, Number.NaN])('refuses a fee that is not whole fen: %p', (amount) => {
    expect(() => computeFee({ items: [item('A', amount, 0)], delivery: null })).toThrow(RangeError);
    expect(() => computeFee({ items: [item('A', 0, amount)], delivery: { method: 'express' } })).toThrow(RangeError);
  });
});

describe('formatFen', () => {
  it.each([
    [0, '免费'],
    [1, '¥0.01'],
    [5, '¥0.05'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [1200, '¥12.00'],
    [1250, '¥12.50'],
    [123456, '¥1234.56'],
    [-500, '-¥5.00'],
  ])('%i → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('refuses fractions of a fen', () => {
    expect(() => formatFen(12.5)).toThrow(RangeError);
  });
});
