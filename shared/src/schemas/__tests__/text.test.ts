import { checkFieldValue } from '../../rules/form-field-value';
import { AddressBody } from '../auth';
import { Text } from '../common';

/** Each bidi control that can make text read otherwise than it is stored (U+202E turns `gpj.exe` around). */
const BIDI = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
];

describe('Text refuses bidi controls', () => {
  it.each(BIDI.map((c) => [c.codePointAt(0)!.toString(16)]))('U+%s', (hex) => {
    const result = Text(40).safeParse(`县民政局${String.fromCodePoint(parseInt(hex, 16))}局政民县`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('不能包含改变文字方向的控制字符');
  });

  it('keeps ordinary text, Arabic and Hebrew included', () => {
    expect(Text(40).parse(' 县民政局 مرحبا שלום ')).toBe('县民政局 مرحبا שלום');
  });

  it('in an address', () => {
    const result = AddressBody.safeParse({
      name: '张三',
      phone: '13800138000',
      region: ['浙江省', '杭州市', '西湖区'],
      detail: '文三路\u202e号001',
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['detail']);
  });
});

describe('form values refuse bidi controls', () => {
  it.each(['text', 'textarea'] as const)('in a %s field', (type) => {
    const field = { key: 'note', label: '备注', type, required: false };
    expect(checkFieldValue(field, '正常\u202e文字')).toEqual({
      ok: false,
      reason: '备注不能包含改变文字方向的控制字符',
    });
  });

  it('in a region part', () => {
    const field = { key: 'where', label: '地区', type: 'region' as const, required: false };
    expect(checkFieldValue(field, ['浙江省', '杭州\u2067市', '西湖区']).ok).toBe(false);
  });
});
