import { ChainInput, ItemInput } from '@onetrip/shared';
import { fromDotted, moveEntry, setIn } from '../paths';
import { detailProblems, schemaProblems } from '../schema-problems';
import { guideInput } from './catalog-fixtures';

describe('paths of an edited guide', () => {
  it('sets a value deep inside without touching the rest, and leaves an emptied optional part out', () => {
    const guide = { fee: { amount: 1, basis: '依据' }, materials: [{ code: 'a' }, { code: 'b' }] };
    const changed = setIn(guide, ['materials', 1, 'code'], 'c');
    expect(changed).toEqual({ fee: { amount: 1, basis: '依据' }, materials: [{ code: 'a' }, { code: 'c' }] });
    expect(changed.fee).toBe(guide.fee);
    expect(guide.materials[1]).toEqual({ code: 'b' });
    expect(setIn(guide, ['fee', 'basis'], undefined).fee).toEqual({ amount: 1 });
  });

  it('moves an entry within the list, and nowhere past its ends', () => {
    expect(moveEntry(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveEntry(['a', 'b', 'c'], 0, 3)).toEqual(['a', 'b', 'c']);
  });

  it('reads the server’s dotted paths with list indexes as numbers', () => {
    expect(fromDotted('form.fields.0.rules.pattern')).toEqual(['form', 'fields', 0, 'rules', 'pattern']);
    expect(detailProblems([{ in: 'headers', path: 'if-match', message: '应为正整数版本号' }])).toEqual([]);
  });
});

describe('problems in Chinese', () => {
  it('keeps the schema’s own messages and words its generic checks, money in 元', () => {
    const guide = {
      ...guideInput(),
      name: '',
      legalDays: 'abc',
      fee: { amount: 12.5 },
      delivery: { window: true, express: true, expressFee: 200_000, electronic: false },
    };
    const problems = schemaProblems(ItemInput, guide, [
      ['fee', 'amount'],
      ['delivery', 'expressFee'],
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: ['name'], message: '请填写' },
        { path: ['legalDays'], message: '应为数字' },
        { path: ['fee', 'amount'], message: '金额最多两位小数' },
        { path: ['delivery', 'expressFee'], message: '不能超过 1000 元' },
      ]),
    );
    expect(schemaProblems(ChainInput, { name: '一链', leadDepartment: '部门', items: ['A-1', 'A-1'] })).toEqual([
      { path: ['items'], message: '一链办理中的事项不能重复' },
    ]);
  });
});
