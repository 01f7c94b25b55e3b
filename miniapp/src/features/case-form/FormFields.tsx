import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type FormField } from '@onetrip/shared';
import { Tag } from '@/components';
import { cx } from '@/utils/cx';
import { FieldControl } from './FieldControl';
import { displayValue, isFromProfile, type Values } from './values';

/**
 * Where the prefilled values come from: the user's verified profile, the resident an agent named, or
 * the person registered at the counter. Decides the tag and the note above the form.
 */
export type PrefillSource = 'profile' | 'agent' | 'counter';

const PREFILL: Record<PrefillSource, { tag: string; note: string }> = {
  profile: { tag: '来自实名信息', note: '标“来自实名信息”的内容取自您的实名认证，已打码显示，无需再填。' },
  agent: {
    tag: '来自申请人信息',
    note: '标“来自申请人信息”的内容取自新建代办时填写的居民信息，已打码显示，无需再填。',
  },
  counter: { tag: '来自柜台登记', note: '标“来自柜台登记”的内容取自柜台登记的申请人信息（已核验实名），无需再问。' },
};

/** Fields typed in one box, where Enter (a phone keyboard's 下一项) goes on to the next such box. */
const TYPED = new Set<FormField['type']>(['text', 'number', 'money', 'phone', 'idNumber']);

interface FormFieldsProps {
  fields: ReadonlyArray<FormField>;
  values: Values;
  errors: Record<string, string>;
  onChange: (key: string, value: unknown) => void;
  onBlur: (key: string) => void;
  prefill?: PrefillSource;
  /** 补正: field key → what the notice says of it; the field is highlighted with those words */
  notes?: Record<string, string>;
  /** the form's element id (two forms on one page: the named fields and the others) */
  id?: string;
}

/**
 * The one form of a case, rendered from `form.fields`: label, control, hint and the shared message.
 * Enter in a text box moves on to the next one, so a clerk at a PC fills the form from the keyboard.
 */
export function FormFields(props: FormFieldsProps) {
  const { fields, values, errors, onChange, onBlur, prefill = 'profile', notes, id = 'apply-form' } = props;
  const [focused, setFocused] = useState('');
  const anyFromProfile = fields.some((f) => isFromProfile(f, values[f.key]));
  const typed = fields.filter((f) => TYPED.has(f.type) && !isFromProfile(f, values[f.key])).map((f) => f.key);
  const moveOn = (key: string) => setFocused(typed[typed.indexOf(key) + 1] ?? '');
  return (
    <View id={id} className="form">
      {anyFromProfile ? <View className="form__note">{PREFILL[prefill].note}</View> : null}
      {fields.map((field) => {
        const value = values[field.key];
        const fromProfile = isFromProfile(field, value);
        const error = errors[field.key];
        const note = notes?.[field.key];
        return (
          <View
            key={field.key}
            id={`field-${field.key}`}
            className={cx(
              'form-field',
              `form-field--${field.type}`,
              error && 'form-field--error',
              note && 'form-field--noticed',
            )}
          >
            {note ? (
              <View id={`notice-field-${field.key}`} className="notice-reason form-field__notice">
                {`补正要求：${note}`}
              </View>
            ) : null}
            <View className="form-field__label">
              <Text>{field.label}</Text>
              {field.required ? <Text className="form-field__required">*</Text> : null}
              {fromProfile ? <Tag tone="green">{PREFILL[prefill].tag}</Tag> : null}
            </View>
            <View className={cx('form-field__control', fromProfile && 'form-field__control--readonly')}>
              {fromProfile ? (
                <Text id={`input-${field.key}`} className="form-field__readonly">
                  {displayValue(field, value)}
                </Text>
              ) : (
                <FieldControl
                  field={field}
                  value={value}
                  onChange={(v) => onChange(field.key, v)}
                  onBlur={() => onBlur(field.key)}
                  focus={focused === field.key}
                  onFocus={() => setFocused(field.key)}
                  onConfirm={() => moveOn(field.key)}
                />
              )}
            </View>
            {field.hint && !fromProfile ? <View className="form-field__hint">{field.hint}</View> : null}
            {error ? (
              <View id={`error-${field.key}`} className="field__error form-field__error">
                {error}
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
