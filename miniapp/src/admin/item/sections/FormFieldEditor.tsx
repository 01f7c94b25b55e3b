import { Text, View } from '@tarojs/components';
import { FIELD_TYPES, PROFILE_BINDINGS, type FormField } from '@onetrip/shared';
import { Tag } from '@/components';
import { ChoiceField } from '../../common/ChoiceField';
import { ListActions } from '../../common/ListActions';
import { NumberField } from '../../common/NumberField';
import { useProblemCount } from '../../common/problem-context';
import { SwitchField } from '../../common/SwitchField';
import { TextField } from '../../common/TextField';
import { FIELD_TYPE_LABELS, isChoiceType, PROFILE_LABELS, RULES_OF_TYPE, withType } from './field-types';
import { OptionsEditor } from './OptionsEditor';

type Rules = NonNullable<FormField['rules']>;

interface FormFieldEditorProps {
  index: number;
  count: number;
  field: FormField;
  onChange: (field: FormField) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One field of the one form: every input is `form-field-<index>-<part>`. */
export function FormFieldEditor({ index, count, field, onChange, onMove, onRemove }: FormFieldEditorProps) {
  const id = `form-field-${index}`;
  const path = ['form', 'fields', index] as const;
  const problems = useProblemCount([path]);
  const set = (key: keyof FormField, value: unknown) => {
    const next: Record<string, unknown> = { ...field, [key]: value };
    if (value === undefined) delete next[key];
    onChange(next as unknown as FormField);
  };
  const setRule = (key: keyof Rules, value: unknown) => {
    const rules: Record<string, unknown> = { ...field.rules, [key]: value };
    if (value === undefined) delete rules[key];
    set('rules', Object.keys(rules).length > 0 ? rules : undefined);
  };
  const uses = RULES_OF_TYPE[field.type] ?? [];
  const choices = field.type === 'multiselect';
  const rulePath = (key: keyof Rules) => [...path, 'rules', key];
  return (
    <View id={id} className="admin-card">
      <View className="admin-card__head">
        <Text className="admin-card__title">{`字段 ${index + 1}${field.label ? `：${field.label}` : ''}`}</Text>
        {problems > 0 ? <Tag tone="red">{`${problems} 个问题`}</Tag> : null}
        <ListActions id={id} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </View>
      <TextField
        id={`${id}-key`}
        label="字段键"
        path={[...path, 'key']}
        value={field.key}
        maxlength={40}
        placeholder="英文字母开头，如 homeAddress"
        onChange={(v) => set('key', (v ?? '').trim())}
      />
      <TextField
        id={`${id}-label`}
        label="标题"
        path={[...path, 'label']}
        value={field.label}
        maxlength={40}
        onChange={(v) => set('label', v ?? '')}
      />
      <ChoiceField
        id={`${id}-type`}
        label="类型"
        path={[...path, 'type']}
        value={field.type}
        choices={FIELD_TYPES.map((t) => ({ value: t, label: FIELD_TYPE_LABELS[t] }))}
        onChange={(t) => t && onChange(withType(field, t))}
      />
      <SwitchField
        id={`${id}-required`}
        label="必填"
        path={[...path, 'required']}
        checked={field.required === true}
        onChange={(v) => set('required', v)}
      />
      {isChoiceType(field.type) ? (
        <OptionsEditor
          id={`${id}-options`}
          path={[...path, 'options']}
          options={field.options}
          onChange={(options) => set('options', options)}
        />
      ) : null}
      {uses.includes('minLength') ? (
        <NumberField
          id={`${id}-min-length`}
          label={choices ? '至少选' : '最少字数'}
          unit={choices ? '项' : '字'}
          path={rulePath('minLength')}
          value={field.rules?.minLength}
          placeholder="不限"
          onChange={(v) => setRule('minLength', v)}
        />
      ) : null}
      {uses.includes('maxLength') ? (
        <NumberField
          id={`${id}-max-length`}
          label={choices ? '最多选' : '最多字数'}
          unit={choices ? '项' : '字'}
          path={rulePath('maxLength')}
          value={field.rules?.maxLength}
          placeholder="默认"
          onChange={(v) => setRule('maxLength', v)}
        />
      ) : null}
      {uses.includes('min') ? (
        <NumberField
          id={`${id}-min`}
          label="最小值"
          money={field.type === 'money'}
          path={rulePath('min')}
          value={field.rules?.min}
          placeholder="不限"
          onChange={(v) => setRule('min', v)}
        />
      ) : null}
      {uses.includes('max') ? (
        <NumberField
          id={`${id}-max`}
          label="最大值"
          money={field.type === 'money'}
          path={rulePath('max')}
          value={field.rules?.max}
          placeholder="不限"
          onChange={(v) => setRule('max', v)}
        />
      ) : null}
      {uses.includes('pattern') ? (
        <TextField
          id={`${id}-pattern`}
          label="校验规则"
          path={rulePath('pattern')}
          value={field.rules?.pattern}
          optional
          maxlength={200}
          placeholder="选填：正则表达式，须整体匹配，如 \d{6}"
          onChange={(v) => setRule('pattern', v)}
        />
      ) : null}
      <ChoiceField
        id={`${id}-profile`}
        label="实名信息"
        path={[...path, 'profile']}
        value={field.profile}
        noneLabel="不自动填写"
        choices={PROFILE_BINDINGS.map((p) => ({ value: p, label: PROFILE_LABELS[p] }))}
        onChange={(v) => set('profile', v)}
      />
      <TextField
        id={`${id}-hint`}
        label="填写提示"
        path={[...path, 'hint']}
        value={field.hint}
        optional
        maxlength={100}
        onChange={(v) => set('hint', v)}
      />
    </View>
  );
}
