import { catalogFileRefs, ConsultationPhone, ItemDraftBody, ItemInput, type Material } from '../index';

const material = (code: string, extra: Partial<Material> = {}): Material => ({
  code,
  name: '申请书',
  category: '文书类',
  required: true,
  gapAllowed: false,
  formats: ['pdf'],
  ...extra,
});

const guide = (extra: Partial<ItemInput> = {}): unknown => ({
  name: '测试事项',
  department: '县测试局',
  kind: '公共服务',
  legalBasis: '《测试条例》',
  conditions: [],
  materials: [material('application')],
  form: { fields: [] },
  process: ['申请'],
  legalDays: 5,
  promisedDays: 3,
  fee: { amount: 0 },
  delivery: { window: true, express: false, expressFee: 0 },
  windows: [],
  trips: 1,
  ...extra,
});

const FILE = { id: '0123456789abcdef01234567', name: '样表.pdf' };

describe('ConsultationPhone', () => {
  it.each(['0539-8123456', '12345', '400-123-4567', '05397211203'])('takes %s', (phone) => {
    expect(ConsultationPhone.safeParse(phone).success).toBe(true);
  });

  it.each(['12', '0539 8123456', '0539-', '-12345', '0539--8123456', '电话12345', '1'.repeat(21)])(
    'refuses %s',
    (phone) => expect(ConsultationPhone.safeParse(phone).success).toBe(false),
  );
});

describe('ItemInput: the guide elements', () => {
  it('takes a guide without any of them (guides stored before stay valid)', () => {
    expect(ItemInput.safeParse(guide()).success).toBe(true);
  });

  it('takes a phone, a material’s sample and blank form, and a result sample', () => {
    const parsed = ItemInput.parse(
      guide({
        consultationPhone: '0539-7211203',
        materials: [material('application', { sample: '按样表填写', sampleFile: FILE, blankForm: FILE })],
        resultSample: FILE,
      }),
    );
    expect(parsed).toMatchObject({ consultationPhone: '0539-7211203', resultSample: FILE });
    expect(parsed.materials[0]).toMatchObject({ sample: '按样表填写', sampleFile: FILE, blankForm: FILE });
  });

  it('names the path of a malformed file reference or phone', () => {
    const result = ItemInput.safeParse(
      guide({
        consultationPhone: '0539-ABC',
        materials: [material('application', { blankForm: { id: 'not-an-id', name: '表' } })],
        resultSample: { id: FILE.id, name: '' },
      }),
    );
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'consultationPhone',
      'materials.0.blankForm.id',
      'resultSample.name',
    ]);
  });

  it('lists every file a guide refers to, with its dotted path', () => {
    const parsed = ItemInput.parse(
      guide({
        materials: [material('aa'), material('bb', { sampleFile: FILE, blankForm: { ...FILE, id: 'f'.repeat(24) } })],
        resultSample: FILE,
      }),
    );
    expect(catalogFileRefs(parsed)).toEqual([
      { path: 'materials.1.sampleFile', id: FILE.id },
      { path: 'materials.1.blankForm', id: 'f'.repeat(24) },
      { path: 'resultSample', id: FILE.id },
    ]);
  });
});

describe('ItemDraftBody', () => {
  it('takes any object, incomplete or wrong (its problems are reported, not refused)', () => {
    expect(ItemDraftBody.safeParse({ name: 1, materials: 'x' }).success).toBe(true);
    expect(ItemDraftBody.safeParse({}).success).toBe(true);
  });

  it.each([
    ['an array', [1]],
    ['an operator key', { $set: {} }],
    ['an operator key inside a list', { materials: [{ code: { $ne: null } }] }],
    ['a dotted key', { 'a.b': 1 }],
    ['nesting deeper than 12 levels', JSON.parse(`${'{"a":'.repeat(13)}1${'}'.repeat(13)}`) as unknown],
  ])('refuses %s', (_what, body) => {
    expect(ItemDraftBody.safeParse(body).success).toBe(false);
  });

  it('names the path of the offending key', () => {
    const result = ItemDraftBody.safeParse({ materials: [{ code: { $ne: null } }] });
    expect(result.error?.issues[0]?.path).toEqual(['materials', 0, 'code', '$ne']);
  });
});
