import { Text, View } from '@tarojs/components';
import { type FormField } from '@onetrip/shared';
import { Tag } from '@/components';
import { cx } from '@/utils/cx';
import { FieldControl } from './FieldControl';
import { displayValue, isFromProfile, type Values } from './values';

interface FormFieldsProps {
  fields: ReadonlyArray<FormField>;
  values: Values;
  errors: Record<string, string>;
  onChange: (key: string, value: unknown) => void;
  onBlur: (key: string) => void;
  /** An agent's case: prefilled values come from the resident the agent named, not from the user's profile. */
  agentCase?: boolean;
}

/** The one form of a case, rendered from `form.fields`: label, control, hint and the shared message. */
export function FormFields({ fields, values, errors, onChange, onBlur, agentCase }: FormFieldsProps) {
  const anyFromProfile = fields.some((f) => isFromProfile(f, values[f.key]));
  return (
    <View id="apply-form" className="form">
      {anyFromProfile ? (
        <View className="form__note">
          {agentCase
            ? '标“来自申请人信息”的内容取自新建代办时填写的居民信息，已打码显示，无需再填。'
            : '标“来自实名信息”的内容取自您的实名认证，已打码显示，无需再填。'}
        </View>
      ) : null}
      {fields.map((field) => {
        const value = values[field.key];
        const fromProfile = isFromProfile(field, value);
        const error = errors[field.key];
        return (
          <View
            key={field.key}
            id={`field-${field.key}`}
            className={cx('form-field', `form-field--${field.type}`, error && 'form-field--error')}
          >
            <View className="form-field__label">
              <Text>{field.label}</Text>
              {field.required ? <Text className="form-field__required">*</Text> : null}
              {fromProfile ? <Tag tone="green">{agentCase ? '来自申请人信息' : '来自实名信息'}</Tag> : null}
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
