import { caseBody, MAX_ITEMS, NOTHING, toggleChain, toggleItem, type Choice } from '@/staff/counter/choice';
import { splitMissing } from '@/staff/counter/missing';

const item = (n: number) => ({ code: `ITEM-${n}`, name: `事项${n}`, department: '县民政局' });
const chain = { code: 'ESF', name: '二手房交易', department: '县自然资源局' };

describe('what the person came for', () => {
  it('takes up to the contract’s ten items, and taps one out again', () => {
    let choice: Choice = NOTHING;
    for (let n = 1; n <= MAX_ITEMS + 1; n += 1) choice = toggleItem(choice, item(n));
    expect(caseBody('p1', choice)).toEqual({
      personId: 'p1',
      items: Array.from({ length: 10 }, (_, i) => `ITEM-${i + 1}`),
    });
    choice = toggleItem(choice, item(3));
    expect(caseBody('p1', choice)).toMatchObject({ items: expect.not.arrayContaining(['ITEM-3']) });
  });

  it('is one chain or items, never both; nothing chosen makes no body', () => {
    const withChain = toggleChain(toggleItem(NOTHING, item(1)), chain);
    expect(caseBody('p1', withChain)).toEqual({ personId: 'p1', chain: 'ESF' });
    expect(caseBody('p1', toggleItem(withChain, item(2)))).toEqual({ personId: 'p1', items: ['ITEM-2'] });
    expect(caseBody('p1', toggleChain(withChain, chain))).toBeNull();
  });
});

describe('what is missing at the counter', () => {
  it('splits gapAllowed materials from what must be brought first', () => {
    expect(
      splitMissing([
        { materialCode: 'household_register', reason: '请上传', gapAllowed: true },
        { materialCode: 'id_card', reason: '请上传', gapAllowed: false },
        { field: 'delivery', reason: '请选择领取方式', gapAllowed: false },
      ]),
    ).toEqual({
      gaps: ['household_register'],
      blocking: [
        { materialCode: 'id_card', reason: '请上传', gapAllowed: false },
        { field: 'delivery', reason: '请选择领取方式', gapAllowed: false },
      ],
    });
  });
});
