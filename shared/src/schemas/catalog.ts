import { z } from 'zod';
import {
  FIELD_TYPES,
  ITEM_KINDS,
  MATERIAL_CATEGORIES,
  MATERIAL_FORMATS,
  MATERIAL_SATISFIED_BY,
  PROFILE_BINDINGS,
  QR_KINDS,
} from '../constants/catalog';
import { FEE_DUES } from '../rules/fees';
import { DEFAULT_MAX_LENGTH } from '../rules/form-field-value';
import { PATTERN_INPUT_MAX, patternProblem } from '../rules/pattern-safety';
import { tripsKept, ZERO_TRIPS_UNDELIVERABLE } from '../rules/trips-kept';
import { CatalogFileRef, ConsultationPhone } from './catalog-file';
import { PageQuery, Text } from './common';
import { CommitmentTerms } from './commitment';

export const CatalogCode = z.string().regex(/^[A-Z][A-Z0-9-]{1,39}$/, '编码应为大写字母、数字和连字符');

/** A slot's key: what a file of a slotted material says it is (`front`, `back`). */
export const MaterialSlotKey = z.string().regex(/^[a-z][a-z0-9_]{0,19}$/, '分面编码应为小写字母、数字和下划线');

/**
 * One side or page of a material that is photographed in parts (身份证: 人像面 and 国徽面; 户口簿: 户主页
 * and 本人页): the upload step shows one box per slot, and the material counts as uploaded only when every
 * slot has a file (`slotsMissing`).
 */
export const MaterialSlot = z.strictObject({
  key: MaterialSlotKey,
  label: Text(20),
  /** an example photo of this side */
  sampleFile: CatalogFileRef.optional(),
});
export type MaterialSlot = z.infer<typeof MaterialSlot>;

export const Material = z.strictObject({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '材料编码格式不正确'),
  name: Text(60),
  category: z.enum(MATERIAL_CATEGORIES),
  required: z.boolean(),
  gapAllowed: z.boolean().default(false),
  formats: z.array(z.enum(MATERIAL_FORMATS)).min(1),
  /** how to prepare it, in words (拍照要求, 填写说明) */
  sample: Text(200).optional(),
  /** 样表 / 示例图: a filled-in example (an image or a PDF) */
  sampleFile: CatalogFileRef.optional(),
  /** 空白表格: the form to download and fill in */
  blankForm: CatalogFileRef.optional(),
  /**
   * 材料免提交: what the centre already holds that stands for this material.
   * `identity` — the applicant's real-name verified identity (the ID card): such a
   * material counts as present on every case, as 系统已核验, with no upload.
   * `commitment` — 告知承诺制: the applicant's signed commitment replaces it, and
   * the department checks it afterwards (核查).
   */
  satisfiedBy: z.enum(MATERIAL_SATISFIED_BY).optional(),
  /** 电子证照: the licence types (as items name them in `licence.type`) that can stand for this material */
  licenceTypes: z.array(Text(40)).min(1).max(10).optional(),
  /** 分面上传: the sides or pages to photograph one by one (2–6, keys unique) */
  slots: z
    .array(MaterialSlot)
    .min(2)
    .max(6)
    .refine((slots) => new Set(slots.map((slot) => slot.key)).size === slots.length, '分面编码不能重复')
    .optional(),
});
export type Material = z.infer<typeof Material>;

export const FieldRules = z.strictObject({
  minLength: z.number().int().min(0).max(5000).optional(),
  maxLength: z.number().int().min(1).max(5000).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  pattern: z.string().max(200).optional(),
});

export const FormField = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, '字段键格式不正确'),
  label: Text(40),
  type: z.enum(FIELD_TYPES),
  required: z.boolean(),
  rules: FieldRules.optional(),
  options: z
    .array(z.strictObject({ value: Text(40), label: Text(40) }))
    .max(100)
    .optional(),
  profile: z.enum(PROFILE_BINDINGS).optional(),
  hint: Text(100).optional(),
});
export type FormField = z.infer<typeof FormField>;

export const Form = z.strictObject({ fields: z.array(FormField).max(100) });
export type Form = z.infer<typeof Form>;

export const Fee = z.strictObject({
  amount: z.number().int().min(0).max(100_000_000),
  basis: Text(200).optional(),
  /**
   * When it is paid (rules/fees.ts): 提交时 / 审批通过后 / 出证前. Left out it is
   * `submit`, so guides from before dues (and free items) need none; the guide
   * as published always states it. A due on a free item is accepted and means
   * nothing: an admin may set it before the amount.
   */
  due: z
    .enum(FEE_DUES, { error: '缴费时间应为 submit（提交时）、approval（审批通过后）或 issue（出证前）' })
    .optional(),
});
export const Delivery = z.strictObject({
  window: z.boolean(),
  express: z.boolean(),
  expressFee: z.number().int().min(0).max(100_000),
  /**
   * 电子送达: the result can be a PDF the applicant downloads (the case ends
   * at issue, nothing to collect). Left out it is false (guides stored before
   * it); the guide as published always states it.
   */
  electronic: z.boolean().optional(),
});
export const ServiceWindow = z.strictObject({ hall: Text(40), number: Text(20) });

const ItemFields = z.strictObject({
  name: Text(60),
  department: Text(40),
  kind: z.enum(ITEM_KINDS),
  legalBasis: Text(500),
  conditions: z.array(Text(300)).max(30),
  materials: z.array(Material).max(60),
  form: Form,
  process: z.array(Text(100)).max(20),
  legalDays: z.number().int().min(0).max(365),
  promisedDays: z.number().int().min(0).max(365),
  fee: Fee,
  delivery: Delivery,
  windows: z.array(ServiceWindow).max(20),
  trips: z.union([z.literal(0), z.literal(1)]),
  /**
   * 电子证照: the certificate this item issues becomes an electronic licence of
   * this type for the applicant (e.g. 营业执照), valid `validYears` from issue
   * when it expires.
   */
  licence: z.strictObject({ type: Text(40), validYears: z.number().int().min(1).max(100).optional() }).optional(),
  /** 容缺受理 / 告知承诺: the commitment the applicant signs for its gapAllowed or promised materials */
  commitment: CommitmentTerms.optional(),
  /** 咨询电话 of the department handling it */
  consultationPhone: ConsultationPhone.optional(),
  /** 结果样本: what the applicant receives (a sample of the certificate or the decision) */
  resultSample: CatalogFileRef.optional(),
});

type ItemFields = z.infer<typeof ItemFields>;
type Issue = { path: PropertyKey[]; message: string };

function duplicates<T>(values: T[]): Set<T> {
  const seen = new Set<T>();
  return new Set(values.filter((v) => seen.has(v) || !seen.add(v)));
}

/** A pattern's problems: invalid or able to stall (pattern-safety.ts), or set on text longer than it may see. */
function patternIssues(field: FormField, path: PropertyKey[]): Issue[] {
  const pattern = field.rules?.pattern;
  if (pattern === undefined) return [];
  const problem = patternProblem(pattern);
  if (problem) return [{ path: [...path, 'rules', 'pattern'], message: problem }];
  const textual = field.type === 'text' || field.type === 'textarea';
  const max = field.rules?.maxLength ?? DEFAULT_MAX_LENGTH[field.type === 'textarea' ? 'textarea' : 'text'];
  if (textual && max > PATTERN_INPUT_MAX)
    return [
      {
        path: [...path, 'rules', 'maxLength'],
        message: `设置了校验规则的字段最多 ${PATTERN_INPUT_MAX} 个字，请把最大长度设为 ${PATTERN_INPUT_MAX} 以内`,
      },
    ];
  return [];
}

function fieldIssues(field: FormField, path: PropertyKey[]): Issue[] {
  const issues: Issue[] = [];
  const choice = field.type === 'select' || field.type === 'multiselect';
  if (choice && !field.options?.length)
    issues.push({ path: [...path, 'options'], message: '单选或多选字段必须提供选项' });
  if (!choice && field.options) issues.push({ path: [...path, 'options'], message: '只有单选或多选字段可以有选项' });
  const dupValues = duplicates((field.options ?? []).map((o) => o.value));
  if (dupValues.size) issues.push({ path: [...path, 'options'], message: `选项值重复：${[...dupValues].join('、')}` });
  const { rules } = field;
  if (rules?.min !== undefined && rules.max !== undefined && rules.min > rules.max)
    issues.push({ path: [...path, 'rules', 'min'], message: '最小值不能大于最大值' });
  if (rules?.minLength !== undefined && rules.maxLength !== undefined && rules.minLength > rules.maxLength)
    issues.push({ path: [...path, 'rules', 'minLength'], message: '最小长度不能大于最大长度' });
  issues.push(...patternIssues(field, path));
  return issues;
}

/**
 * 容缺 and 告知承诺 need the commitment the applicant signs, and a commitment needs
 * something to stand for; a promised material needs no gap.
 */
function commitmentIssues(item: ItemFields): Issue[] {
  const issues: Issue[] = [];
  item.materials.forEach((m, i) => {
    const promised = m.satisfiedBy === 'commitment';
    if (m.gapAllowed && promised)
      issues.push({ path: ['materials', i, 'gapAllowed'], message: `${m.name}已实行告知承诺，无需容缺` });
    if ((m.gapAllowed || promised) && !item.commitment)
      issues.push({
        path: ['commitment'],
        message: `${m.name}可${promised ? '告知承诺' : '容缺受理'}，请填写承诺书内容和补齐期限`,
      });
  });
  // Gaps the issue waits for must be due within the promised time, or the case could not be done in it.
  const gaps = item.materials.some((m) => m.gapAllowed);
  const terms = item.commitment;
  if (gaps && terms && !terms.issueBeforeGaps && terms.gapDays > item.promisedDays)
    issues.push({
      path: ['commitment', 'gapDays'],
      message: `补齐期限（${terms.gapDays}个工作日）不能超过承诺时限（${item.promisedDays}个工作日），除非允许先出证`,
    });
  const needed = item.materials.some((m) => m.gapAllowed || m.satisfiedBy === 'commitment');
  if (item.commitment && !needed)
    issues.push({ path: ['commitment'], message: '没有可容缺或告知承诺的材料，无需承诺书' });
  return issues;
}

/** Rules across the parts of a guide that a field-by-field schema cannot state. */
function itemIssues(item: ItemFields): Issue[] {
  const issues: Issue[] = [];
  const dupMaterials = duplicates(item.materials.map((m) => m.code));
  item.materials.forEach((m, i) => {
    if (dupMaterials.has(m.code)) issues.push({ path: ['materials', i, 'code'], message: `材料编码重复：${m.code}` });
  });
  const dupKeys = duplicates(item.form.fields.map((f) => f.key));
  item.form.fields.forEach((f, i) => {
    if (dupKeys.has(f.key)) issues.push({ path: ['form', 'fields', i, 'key'], message: `字段键重复：${f.key}` });
    issues.push(...fieldIssues(f, ['form', 'fields', i]));
  });
  if (item.promisedDays > item.legalDays) issues.push({ path: ['promisedDays'], message: '承诺时限不能超过法定时限' });
  if (!item.delivery.window && !item.delivery.express && !item.delivery.electronic)
    issues.push({ path: ['delivery'], message: '至少提供一种取件方式' });
  if (!item.delivery.express && item.delivery.expressFee > 0)
    issues.push({ path: ['delivery', 'expressFee'], message: '不提供快递时快递费应为0' });
  if (!tripsKept(item)) issues.push({ path: ['delivery', 'express'], message: ZERO_TRIPS_UNDELIVERABLE });
  issues.push(...commitmentIssues(item));
  return issues;
}

/** Body of PUT /admin/items/:code: the whole guide of an item, consistent across its parts. */
export const ItemInput = ItemFields.superRefine((item, ctx) => {
  for (const issue of itemIssues(item)) ctx.addIssue({ code: 'custom', ...issue });
});
export type ItemInput = z.infer<typeof ItemInput>;

/**
 * A guide as it was stored (a past version): the fields of ItemInput without
 * the cross-field rules, which may have grown since it was published.
 */
export const ItemSnapshot = ItemFields;

/** GET /items/:code: the guide as published, with its version. */
export const ItemGuide = ItemFields.extend({
  code: CatalogCode,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ItemGuide = z.infer<typeof ItemGuide>;

export const ItemSummary = z.object({
  code: CatalogCode,
  name: z.string(),
  department: z.string(),
  trips: z.union([z.literal(0), z.literal(1)]),
  promisedDays: z.number().int(),
  fee: Fee,
  delivery: Delivery,
});
export type ItemSummary = z.infer<typeof ItemSummary>;

export const ItemListQuery = z.strictObject({
  q: z.string().trim().max(40).optional(),
  department: z.string().trim().max(40).optional(),
  trips: z.enum(['0', '1']).transform(Number).optional(),
  ...PageQuery,
});
export type ItemListQuery = z.infer<typeof ItemListQuery>;

export const ItemList = z.object({ items: z.array(ItemSummary), total: z.number().int() });
export type ItemList = z.infer<typeof ItemList>;

export const CodeParams = z.strictObject({ code: CatalogCode });

/** Body of PUT /admin/chains/:code. */
export const ChainInput = z.strictObject({
  name: Text(60),
  leadDepartment: Text(40),
  items: z
    .array(CatalogCode)
    .min(2)
    .max(10)
    .refine((codes) => new Set(codes).size === codes.length, '一链办理中的事项不能重复'),
  description: Text(300).optional(),
});
export type ChainInput = z.infer<typeof ChainInput>;

export const MergedMaterial = Material.extend({ itemCodes: z.array(z.string()) });
export type MergedMaterial = z.infer<typeof MergedMaterial>;

export const ChainGuide = z.object({
  code: CatalogCode,
  name: z.string(),
  leadDepartment: z.string(),
  description: z.string().optional(),
  items: z.array(ItemSummary),
  materials: z.array(MergedMaterial),
  form: z.object({ fields: z.array(FormField) }),
  promisedDays: z.number().int(),
  trips: z.union([z.literal(0), z.literal(1)]),
  version: z.number().int(),
});
export type ChainGuide = z.infer<typeof ChainGuide>;

export const ChainListQuery = z.strictObject({ q: z.string().trim().max(40).optional(), ...PageQuery });
export type ChainListQuery = z.infer<typeof ChainListQuery>;

export const ChainList = z.object({
  items: z.array(
    z.object({ code: CatalogCode, name: z.string(), leadDepartment: z.string(), itemNames: z.array(z.string()) }),
  ),
  total: z.number().int(),
});
export type ChainList = z.infer<typeof ChainList>;

export const QrKind = z.enum(QR_KINDS);
export const QrTokenParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{4,32}$/, '二维码无效') });
export const QrTarget = z.object({ kind: QrKind, target: z.string() });
export type QrTarget = z.infer<typeof QrTarget>;
export const QrCreateBody = z.strictObject({ kind: QrKind, target: z.string().trim().min(1).max(64) });
export type QrCreateBody = z.infer<typeof QrCreateBody>;
export const QrCreated = z.object({
  token: z.string(),
  url: z.string(),
  png: z.string(),
  wxacode: z.string().optional(),
});
export type QrCreated = z.infer<typeof QrCreated>;
