import { type FormField, type ItemGuide, type ItemInput, type Material } from '@onetrip/shared';
import { type Path } from '../common/paths';

// The guide as the editor holds it: the body of PUT /admin/items/:code (ItemInput) while it is being
// written, so possibly incomplete — a number box may hold the text typed while it is not a number,
// a new material an empty code. The shared schema says what is still wrong (check-guide.ts).
export type EditedGuide = ItemInput;
export type EditedMaterial = Material;

/** Changes one value of the guide (`undefined` leaves an optional part out). */
export type Edit = (path: Path, value: unknown) => void;

export interface SectionProps {
  guide: EditedGuide;
  edit: Edit;
}

/** Left empty on purpose: the admin states them, the schema says 请填写 until then. */
const UNSET = undefined as unknown as number;

/** A new item: every part present, the facts the admin must state left empty. */
export function blankGuide(): EditedGuide {
  return {
    name: '',
    department: '',
    kind: '行政许可',
    legalBasis: '',
    conditions: [],
    materials: [],
    form: { fields: [] },
    process: [],
    legalDays: UNSET,
    promisedDays: UNSET,
    fee: { amount: 0, due: 'submit' },
    delivery: { window: true, express: false, expressFee: 0, electronic: false },
    windows: [],
    trips: 1,
  };
}

export function blankMaterial(): EditedMaterial {
  return {
    code: '',
    name: '',
    category: '证件类',
    required: true,
    gapAllowed: false,
    formats: ['jpg', 'png', 'pdf'],
  };
}

export function blankField(): FormField {
  return { key: '', label: '', type: 'text', required: false };
}

/** The published guide as something to edit: without what the server adds (code, version, time). */
export function fromPublished(guide: ItemGuide): EditedGuide {
  const { code: _code, version: _version, updatedAt: _updatedAt, ...input } = guide;
  return input as EditedGuide;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOr = (v: unknown) => (Array.isArray(v) ? v : []);

/**
 * A saved draft (any JSON object) made editable: the lists and parts the editor walks through are
 * there, even if the draft lacked them; everything it had is kept as it was.
 */
export function fromDraft(saved: Record<string, unknown>): EditedGuide {
  const blank = blankGuide();
  const form = isObject(saved.form) ? saved.form : {};
  return {
    ...saved,
    conditions: listOr(saved.conditions),
    materials: listOr(saved.materials),
    form: { ...form, fields: listOr(form.fields) },
    process: listOr(saved.process),
    windows: listOr(saved.windows),
    fee: isObject(saved.fee) ? saved.fee : blank.fee,
    delivery: isObject(saved.delivery) ? saved.delivery : blank.delivery,
  } as EditedGuide;
}

/** The words for each part of a guide: the history's changed parts, the problem list's places. */
export const PART_LABELS: Record<string, string> = {
  code: '事项编码',
  name: '事项名称',
  department: '实施部门',
  kind: '事项类型',
  legalBasis: '设定依据',
  conditions: '办理条件',
  materials: '申请材料',
  form: '申请表单',
  process: '办理流程',
  legalDays: '法定时限',
  promisedDays: '承诺时限',
  fee: '收费',
  delivery: '送达方式',
  windows: '办理窗口',
  trips: '跑动次数',
  licence: '电子证照',
  commitment: '承诺书',
  consultationPhone: '咨询电话',
  resultSample: '结果样本',
};

/** A changed part as the history names it: a top-level part, or one material (`materials.id_card`). */
export function changeLabel(part: string): string {
  const material = /^materials\.(.+)$/.exec(part)?.[1];
  return material ? `材料 ${material}` : (PART_LABELS[part] ?? part);
}
