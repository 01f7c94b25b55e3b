import type { FormField } from '../../schemas/catalog';
import { missingRequired, validateFormData } from '../form-data';

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
const fields: FormField[] = [
  field('name', 'text', { label: '姓名', required: true }),
  field('gender', 'select', { label: '性别', required: true, options }),
  field('note', 'textarea'),
  field('agree', 'boolean'),
];

describe('validateFormData', () => {
  it('returns the cleaned data: trimmed, empty values left out, false kept', () => {
    const result = validateFormData(
      fields,
      { name: ' 张三 ', gender: 'a', note: '   ', agree: false },
      { today: TODAY },
    );
    expect(result).toEqual({ ok: true, data: { name: '张三', gender: 'a', agree: false } });
  });

  it('lists every missing required field with 请填写 / 请选择', () => {
    expect(validateFormData(fields, { name: '', gender: null }, { today: TODAY })).toEqual({
      ok: false,
      problems: [
        { field: 'name', reason: '请填写姓名' },
        { field: 'gender', reason: '请选择性别' },
      ],
    });
  });

  it('lets a draft leave required fields empty but still checks what is there', () => {
    expect(validateFormData(fields, {}, { partial: true })).toEqual({ ok: true, data: {} });
    expect(validateFormData(fields, { gender: 'x' }, { partial: true })).toEqual({
      ok: false,
      problems: [{ field: 'gender', reason: '性别的选项无效' }],
    });
  });

  it('refuses keys that are not fields, $ operators and __proto__', () => {
    const data = JSON.parse(
      '{"name":"张三","gender":"a","extra":1,"$where":"1","__proto__":{"admin":true}}',
    ) as unknown;
    expect(validateFormData(fields, data)).toEqual({
      ok: false,
      problems: [
        { field: 'extra', reason: '不认识的字段' },
        { field: '$where', reason: '不认识的字段' },
        { field: '__proto__', reason: '不认识的字段' },
      ],
    });
  });

  it('never takes a value from the prototype chain', () => {
    const f = [field('toString', 'text', { required: true })];
    expect(validateFormData(f, {})).toEqual({ ok: false, problems: [{ field: 'toString', reason: '请填写toString' }] });
  });

  it.each([null, [], 'text', 42, new Date()])('refuses data that is not a plain object: %p', (data) => {
    expect(validateFormData(fields, data)).toEqual({
      ok: false,
      problems: [{ field: '', reason: '表单数据格式不正确' }],
    });
  });
});

describe('validateFormData rules', () => {
  const reasons = (f: FormField, value: unknown) => {
    const result = validateFormData([f], { [f.key]: value });
    return result.ok ? [] : result.problems.map((p) => p.reason);
  };
  const text = field('t', 'text', {
    label: '名称',
    rules: { minLength: 2, maxLength: 5, pattern: '[\\u4e00-\\u9fa5]+' },
  });

  it('counts characters, not UTF-16 units, for minLength and maxLength', () => {
    expect(reasons(text, '张')).toEqual(['名称至少 2 个字']);
    expect(reasons(text, '张三')).toEqual([]);
    expect(reasons(text, '一二三四五')).toEqual([]);
    expect(reasons(text, '一二三四五六')).toEqual(['名称不能超过 5 个字']);
    expect(reasons(field('t', 'text', { rules: { maxLength: 2 } }), '😀😀')).toEqual([]);
  });

  it('lets maxLength raise the default limit', () => {
    expect(reasons(field('t', 'text', { rules: { maxLength: 300 } }), '路'.repeat(250))).toEqual([]);
  });

  it('matches the pattern against the whole value', () => {
    expect(reasons(text, '张三a')).toEqual(['名称格式不正确']);
    expect(reasons(field('c', 'text', { label: '编号', rules: { pattern: '[0-9]{3}' } }), 'x123x')).toEqual([
      '编号格式不正确',
    ]);
    expect(reasons(field('c', 'text', { rules: { pattern: '[0-9]{3}' } }), '123')).toEqual([]);
  });

  it('skips a pattern that is not a valid expression rather than fail the form', () => {
    expect(reasons(field('c', 'text', { rules: { pattern: '(' } }), 'anything')).toEqual([]);
  });

  it('bounds numbers with min and max, inclusive', () => {
    const area = field('n', 'number', { label: '面积', rules: { min: 1, max: 10 } });
    expect(reasons(area, 1)).toEqual([]);
    expect(reasons(area, 10)).toEqual([]);
    expect(reasons(area, 0.5)).toEqual(['面积不能小于 1']);
    expect(reasons(area, 11)).toEqual(['面积不能大于 10']);
  });

  it('states money bounds in yuan', () => {
    const price = field('m', 'money', { label: '价格', rules: { min: 100, max: 500000 } });
    expect(reasons(price, 99)).toEqual(['价格不能小于 1.00 元']);
    expect(reasons(price, 500001)).toEqual(['价格不能大于 5000.00 元']);
    expect(reasons(price, 100)).toEqual([]);
  });

  it('counts multiselect choices with minLength and maxLength', () => {
    const uses = field('u', 'multiselect', { label: '用途', options, rules: { minLength: 2, maxLength: 2 } });
    expect(reasons(uses, ['a'])).toEqual(['用途至少选择 2 项']);
    expect(reasons(uses, ['a', 'b'])).toEqual([]);
    expect(reasons(uses, ['a', 'b', 'c'])).toEqual(['用途最多选择 2 项']);
  });
});

describe('missingRequired', () => {
  it('lists required keys with no value, in field order', () => {
    const data = { name: '  ', agree: false, note: '' };
    expect(missingRequired([...fields, field('agree2', 'boolean', { required: true })], data)).toEqual([
      'name',
      'gender',
      'agree2',
    ]);
    expect(missingRequired(fields, { name: '张三', gender: 'a' })).toEqual([]);
  });

  it('treats data that is not an object as empty', () => {
    expect(missingRequired(fields, null)).toEqual(['name', 'gender']);
    expect(missingRequired(fields, ['张三'])).toEqual(['name', 'gender']);
  });
});
