import type { FormField } from '../../schemas/catalog';
import { validateFormData } from '../form-data';
import { idCheckChar } from '../id-number';

const TODAY = new Date('2026-11-25T00:00:00Z');
const field = (key: string, type: FormField['type'], over: Partial<FormField> = {}): FormField => ({
  key,
  label: key,
  type,
  required: false,
  ...over,
});
const options = [
  { value: 'a', label: '甲' },
  { value: 'b', label: '乙' },
  { value: 'c', label: '丙' },
];
describe('validateFormData field types', () => {
  const valid18 = (first17: string) => first17 + idCheckChar(first17);
  const check = (f: FormField, value: unknown) => validateFormData([f], { [f.key]: value }, { today: TODAY });
  const good = (f: FormField, value: unknown, cleaned: unknown = value) =>
    expect(check(f, value)).toEqual({ ok: true, data: { [f.key]: cleaned } });
  const badReason = (f: FormField, value: unknown) => {
    const result = check(f, value);
    return result.ok ? null : result.problems.map((p) => p.reason);
  };

  it.each<[string, FormField, unknown, unknown]>([
    ['text', field('t', 'text'), '  王  ', '王'],
    ['textarea keeps line breaks', field('t', 'textarea'), '第一行\n第二行', '第一行\n第二行'],
    ['number', field('n', 'number'), -3.5, -3.5],
    ['number 0', field('n', 'number'), 0, 0],
    ['money in fen', field('m', 'money'), 1250, 1250],
    ['money 0', field('m', 'money'), 0, 0],
    ['date', field('d', 'date'), '2024-02-29', '2024-02-29'],
    ['select', field('s', 'select', { options }), ' b ', 'b'],
    ['multiselect', field('s', 'multiselect', { options }), ['c', 'a'], ['c', 'a']],
    ['phone', field('p', 'phone'), ' 13812345678 ', '13812345678'],
    ['idNumber with lowercase x', field('i', 'idNumber'), '11010519491231002x', '11010519491231002X'],
    ['idNumber with a digit', field('i', 'idNumber'), valid18('37132719560312001'), valid18('37132719560312001')],
    ['region', field('r', 'region'), [' 山东省', '济宁市', '微山县 '], ['山东省', '济宁市', '微山县']],
    ['boolean true', field('b', 'boolean'), true, true],
  ])('accepts %s', (_what, f, value, cleaned) => good(f, value, cleaned));

  it.each<[string, FormField, unknown, string]>([
    ['a number as text', field('t', 'text', { label: '地址' }), 12, '地址应为文字'],
    ['control characters in text', field('t', 'text', { label: '地址' }), '人民\u0000路', '地址不能包含控制字符'],
    ['a line break in a one-line text', field('t', 'text', { label: '地址' }), '人民\n路', '地址不能包含控制字符'],
    [
      'text longer than the default 200',
      field('t', 'text', { label: '地址' }),
      '路'.repeat(201),
      '地址不能超过 200 个字',
    ],
    [
      'a textarea longer than the default 2000',
      field('t', 'textarea', { label: '说明' }),
      '字'.repeat(2001),
      '说明不能超过 2000 个字',
    ],
    ['a numeric string as number', field('n', 'number', { label: '面积' }), '12', '面积应为数字'],
    ['NaN as number', field('n', 'number', { label: '面积' }), Number.NaN, '面积应为数字'],
    ['a fractional fen', field('m', 'money', { label: '价格' }), 12.5, '价格金额不正确'],
    ['negative money', field('m', 'money', { label: '价格' }), -1, '价格金额不正确'],
    ['money as a string', field('m', 'money', { label: '价格' }), '100', '价格应为金额'],
    ['30 February', field('d', 'date', { label: '日期' }), '2026-02-30', '日期应为有效日期（YYYY-MM-DD）'],
    [
      'a date without zero padding',
      field('d', 'date', { label: '日期' }),
      '2026-2-3',
      '日期应为有效日期（YYYY-MM-DD）',
    ],
    ['a date-time', field('d', 'date', { label: '日期' }), '2026-02-03T00:00:00Z', '日期应为有效日期（YYYY-MM-DD）'],
    ['a value not among the options', field('s', 'select', { label: '类型', options }), 'z', '类型的选项无效'],
    ['an array for a select', field('s', 'select', { label: '类型', options }), ['a'], '类型的选项无效'],
    ['a string for a multiselect', field('s', 'multiselect', { label: '用途', options }), 'a', '用途应为选项列表'],
    ['an unknown choice', field('s', 'multiselect', { label: '用途', options }), ['a', 'z'], '用途包含无效的选项'],
    ['a repeated choice', field('s', 'multiselect', { label: '用途', options }), ['a', ' a'], '用途的选项重复'],
    ['a non-string choice', field('s', 'multiselect', { label: '用途', options }), ['a', 1], '用途应为选项列表'],
    ['a landline', field('p', 'phone', { label: '电话' }), '053712345678', '电话应为11位手机号码'],
    ['a phone starting 12', field('p', 'phone', { label: '电话' }), '12812345678', '电话应为11位手机号码'],
    ['a phone as a number', field('p', 'phone', { label: '电话' }), 13812345678, '电话应为11位手机号码'],
    ['a wrong check digit', field('i', 'idNumber'), '110105194912310021', '身份证号校验位不正确，请核对'],
    [
      'a 17-character ID',
      field('i', 'idNumber'),
      '11010519491231002',
      '身份证号应为18位，前17位为数字，最后一位为数字或X',
    ],
    [
      'an ID as a number',
      field('i', 'idNumber'),
      110105194912310020,
      '身份证号应为18位，前17位为数字，最后一位为数字或X',
    ],
    ['two levels of region', field('r', 'region', { label: '地区' }), ['山东省', '济宁市'], '地区应选择省、市、县三级'],
    [
      'a blank level of region',
      field('r', 'region', { label: '地区' }),
      ['山东省', '', '微山县'],
      '地区应选择省、市、县三级',
    ],
    ['a region as a string', field('r', 'region', { label: '地区' }), '山东省济宁市微山县', '地区应选择省、市、县三级'],
    ['a string for a boolean', field('b', 'boolean', { label: '同意' }), 'true', '同意应为“是”或“否”'],
    ['a number for a boolean', field('b', 'boolean', { label: '同意' }), 1, '同意应为“是”或“否”'],
    ['an object as text', field('t', 'text', { label: '地址' }), { $gt: '' }, '地址应为文字'],
  ])('refuses %s', (_what, f, value, reason) => {
    expect(badReason(f, value)).toEqual([reason]);
  });

  it('refuses an ID birth date after today', () => {
    expect(badReason(field('i', 'idNumber'), valid18('37132720261201001'))).toEqual(['身份证号中的出生日期不正确']);
  });

  it('treats an all-blank region and an empty multiselect as no value', () => {
    const region = field('r', 'region', { label: '地区', required: true });
    expect(badReason(region, ['', ' ', ''])).toEqual(['请选择地区']);
    expect(badReason(field('s', 'multiselect', { label: '用途', required: true, options }), [])).toEqual([
      '请选择用途',
    ]);
  });
});
