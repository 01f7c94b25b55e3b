import { type FormField } from '../../schemas/catalog';
import { caseGaps, type CompletenessMaterial } from '../case-missing';

const fields: FormField[] = [
  { key: 'name', label: '姓名', type: 'text', required: true },
  { key: 'note', label: '备注', type: 'text', required: false },
  { key: 'phone', label: '电话', type: 'phone', required: true },
];
const material = (code: string, over: Partial<CompletenessMaterial> = {}): CompletenessMaterial => ({
  code,
  required: true,
  gapAllowed: false,
  present: false,
  ...over,
});

describe('caseGaps', () => {
  it('lists required fields without a value, the missing delivery and required materials not present', () => {
    const gaps = caseGaps({
      fields,
      data: { name: '张三', phone: '' },
      delivery: null,
      materials: [material('id_card'), material('photo', { required: false }), material('hukou', { present: true })],
      committed: false,
    });
    expect(gaps).toEqual({ fields: ['phone'], delivery: true, materials: ['id_card'] });
  });

  it('lets a gapAllowed material stay missing once the commitment is signed (容缺)', () => {
    const materials = [material('tax', { gapAllowed: true }), material('id_card')];
    const input = { fields, data: { name: '张三', phone: '13800138000' }, delivery: { method: 'window' }, materials };
    expect(caseGaps({ ...input, committed: false }).materials).toEqual(['tax', 'id_card']);
    expect(caseGaps({ ...input, committed: true })).toEqual({ fields: [], delivery: false, materials: ['id_card'] });
  });
});
