import { type FIELD_TYPES, type FormField } from '@onetrip/shared';

type FieldType = (typeof FIELD_TYPES)[number];
type RuleKey = keyof NonNullable<FormField['rules']>;

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: '单行文字',
  textarea: '多行文字',
  number: '数字',
  money: '金额',
  date: '日期',
  select: '单选',
  multiselect: '多选',
  phone: '手机号',
  idNumber: '身份证号',
  region: '省市县',
  boolean: '是/否',
};

export const PROFILE_LABELS = {
  'profile.name': '实名姓名',
  'profile.idNumber': '身份证号',
  'profile.phone': '手机号',
} as const;

/** The rules each type is checked with (form-field-value.ts); others would be ignored there. */
export const RULES_OF_TYPE: Record<FieldType, ReadonlyArray<RuleKey>> = {
  text: ['minLength', 'maxLength', 'pattern'],
  textarea: ['minLength', 'maxLength', 'pattern'],
  number: ['min', 'max'],
  money: ['min', 'max'],
  multiselect: ['minLength', 'maxLength'],
  date: [],
  select: [],
  phone: [],
  idNumber: [],
  region: [],
  boolean: [],
};

export const isChoiceType = (type: unknown) => type === 'select' || type === 'multiselect';

/**
 * The field as another type: options kept only for a choice (and started for one), rules kept only
 * where the new type uses them, so nothing the resident's form would ignore stays in the guide.
 */
export function withType(field: FormField, type: FieldType): FormField {
  const { options, rules, ...rest } = field;
  const next: FormField = { ...rest, type };
  if (isChoiceType(type)) next.options = options ?? [];
  const kept = Object.fromEntries(
    Object.entries(rules ?? {}).filter(([key]) => RULES_OF_TYPE[type].includes(key as RuleKey)),
  );
  if (Object.keys(kept).length > 0) next.rules = kept;
  return next;
}
