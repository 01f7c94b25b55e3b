import { type FormField, type Material } from '../../schemas/catalog';
import { mergeFields, mergeMaterials } from '../chain-merge';

const material = (code: string, over: Partial<Material> = {}): Material => ({
  code,
  name: code,
  category: '证件类',
  required: true,
  gapAllowed: false,
  formats: ['jpg', 'png', 'pdf'],
  ...over,
});
const field = (key: string, over: Partial<FormField> = {}): FormField => ({
  key,
  label: key,
  type: 'text',
  required: false,
  ...over,
});

describe('mergeMaterials (一链办理)', () => {
  const merged = mergeMaterials([
    { code: 'A', materials: [material('id_card'), material('property_cert', { required: false, gapAllowed: true })] },
    { code: 'B', materials: [material('id_card', { formats: ['jpg', 'pdf'] }), material('tax_form')] },
    { code: 'C', materials: [material('id_card'), material('property_cert', { required: true, gapAllowed: true })] },
  ]);

  it('lists a material needed by several items once, with every item that needs it', () => {
    expect(merged.map((m) => m.code)).toEqual(['id_card', 'property_cert', 'tax_form']);
    expect(merged[0]?.itemCodes).toEqual(['A', 'B', 'C']);
  });

  it('makes a material required when any item requires it', () => {
    expect(merged[1]?.required).toBe(true);
  });

  it('allows a gap only when every item allows it', () => {
    expect(merged[1]?.gapAllowed).toBe(true);
    const strict = mergeMaterials([
      { code: 'A', materials: [material('x', { gapAllowed: true })] },
      { code: 'B', materials: [material('x', { gapAllowed: false })] },
    ]);
    expect(strict[0]?.gapAllowed).toBe(false);
  });

  it('keeps what holds a material (材料免提交) only when every item says the same', () => {
    const held = material('id_card', { satisfiedBy: 'identity' });
    expect(
      mergeMaterials([
        { code: 'A', materials: [held] },
        { code: 'B', materials: [held] },
      ])[0]?.satisfiedBy,
    ).toBe('identity');
    const mixed = mergeMaterials([
      { code: 'A', materials: [held] },
      { code: 'B', materials: [material('id_card')] },
    ]);
    expect(mixed[0]).not.toHaveProperty('satisfiedBy');
  });

  it('keeps only the licence types every item takes (电子证照)', () => {
    const both = mergeMaterials([
      { code: 'A', materials: [material('x', { licenceTypes: ['营业执照', '不动产权证书'] })] },
      { code: 'B', materials: [material('x', { licenceTypes: ['营业执照'] })] },
    ]);
    expect(both[0]?.licenceTypes).toEqual(['营业执照']);
    const one = mergeMaterials([
      { code: 'A', materials: [material('x', { licenceTypes: ['营业执照'] })] },
      { code: 'B', materials: [material('x')] },
    ]);
    expect(one[0]).not.toHaveProperty('licenceTypes');
  });

  it('accepts only formats every item accepts', () => {
    expect(merged[0]?.formats).toEqual(['jpg', 'pdf']);
  });

  it('does not change the inputs', () => {
    const input = [
      { code: 'A', materials: [material('x', { required: false })] },
      { code: 'B', materials: [material('x')] },
    ];
    mergeMaterials(input);
    expect(input[0]?.materials[0]?.required).toBe(false);
  });
});

describe('mergeFields', () => {
  it('keeps one field per key, first definition first, required if any item requires it', () => {
    const fields = mergeFields([
      [field('name', { profile: 'profile.name' }), field('address')],
      [field('name', { label: '姓名2' }), field('address', { required: true }), field('price', { type: 'money' })],
    ]);
    expect(fields.map((f) => f.key)).toEqual(['name', 'address', 'price']);
    expect(fields[0]?.label).toBe('name');
    expect(fields[1]?.required).toBe(true);
  });
});
