import { HALL_HOURS_TEXT } from '../../constants/centre';
import { synonymsOf } from '../../constants/search-synonyms';
import { imageTooSmallMessage, isImageTooSmall, MIN_IMAGE_SIDE } from '../../constants/uploads';
import { Material } from '../../schemas/catalog';
import { mergeMaterials } from '../chain-merge';
import { fileOfSlot, materialUploaded, slotOf, slotsMissing } from '../material-slots';

const SLOTS = [
  { key: 'front', label: '人像面' },
  { key: 'back', label: '国徽面' },
];

describe('分面上传: which side a file is, and what is missing', () => {
  it('misses every side until one is in, then the others by name', () => {
    expect(slotsMissing({ uploadIds: [], slots: SLOTS })).toEqual(SLOTS);
    const one = { uploadIds: ['a'], slots: SLOTS, uploadSlots: [{ uploadId: 'a', slot: 'front' }] };
    expect(slotsMissing(one)).toEqual([SLOTS[1]]);
    expect(materialUploaded(one)).toBe(false);
    const both = { ...one, uploadIds: ['a', 'b'], uploadSlots: [...one.uploadSlots, { uploadId: 'b', slot: 'back' }] };
    expect([slotsMissing(both), materialUploaded(both)]).toEqual([[], true]);
    expect([slotOf(both, 'b'), fileOfSlot(both, 'front')]).toEqual(['back', 'a']);
  });

  it('takes files that name no side as before (one scan of both sides), and a material without sides as always', () => {
    expect(materialUploaded({ uploadIds: ['scan'], slots: SLOTS })).toBe(true);
    expect(materialUploaded({ uploadIds: ['a'] })).toBe(true);
    expect(materialUploaded({ uploadIds: [] })).toBe(false);
    // A side the material no longer has counts for nothing.
    const stale = { uploadIds: ['a'], slots: SLOTS, uploadSlots: [{ uploadId: 'a', slot: 'left' }] };
    expect([slotOf(stale, 'a'), materialUploaded(stale)]).toEqual([undefined, true]);
  });

  it('keeps the sides in a chain only when every item asks for the same', () => {
    const base = { name: '身份证', category: '证件类', required: true, gapAllowed: false, formats: ['jpg'] } as const;
    const sided = Material.parse({ ...base, code: 'id_card', slots: SLOTS });
    const plain = Material.parse({ ...base, code: 'id_card' });
    expect(
      mergeMaterials([
        { code: 'A', materials: [sided] },
        { code: 'B', materials: [sided] },
      ])[0]?.slots,
    ).toEqual(SLOTS);
    expect(
      mergeMaterials([
        { code: 'A', materials: [sided] },
        { code: 'B', materials: [plain] },
      ])[0]?.slots,
    ).toBeUndefined();
  });

  it('refuses one side, repeated keys and more than six sides in a guide', () => {
    const base = { code: 'id_card', name: '身份证', category: '证件类', required: true, formats: ['jpg'] };
    expect(Material.safeParse({ ...base, slots: [SLOTS[0]] }).success).toBe(false);
    expect(Material.safeParse({ ...base, slots: [SLOTS[0], SLOTS[0]] }).success).toBe(false);
    const seven = Array.from({ length: 7 }, (_, i) => ({ key: `p${i}`, label: `第${i + 1}页` }));
    expect(Material.safeParse({ ...base, slots: seven }).success).toBe(false);
    expect(Material.safeParse({ ...base, slots: SLOTS }).success).toBe(true);
  });
});

describe('the shared limits and words', () => {
  it('a photo under 240 px on its shorter side is too small, with its size in the words', () => {
    expect(MIN_IMAGE_SIDE).toBe(240);
    expect([isImageTooSmall(1, 1), isImageTooSmall(239, 4000), isImageTooSmall(240, 240)]).toEqual([true, true, false]);
    expect(imageTooSmallMessage(1, 1)).toBe(
      '图片太小（1×1 像素），无法看清内容。请在光线充足处对准材料重新拍摄，或上传 PDF',
    );
  });

  it('the hall’s hours follow its slots', () => {
    expect(HALL_HOURS_TEXT).toBe('工作日 9:00–12:00、13:30–17:00（法定节假日除外）');
  });

  it('synonyms give the official words of what is typed, none for other words', () => {
    expect(synonymsOf('户口')).toEqual(['户籍', '居住证']);
    expect(synonymsOf('我想迁户口')).toEqual(expect.arrayContaining(['户籍', '户籍迁移']));
    expect(synonymsOf('天气')).toEqual([]);
  });
});
