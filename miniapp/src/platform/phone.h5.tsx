import { useState } from 'react';
import { PHONE_PATTERN } from '@onetrip/shared';
import { Field } from '@/components/Field';
import { type PhoneFieldProps } from './phone-types';

export { type PhoneFieldProps, type PhoneGrant } from './phone-types';

/**
 * H5 has no getPhoneNumber button, so the user types the number. Dev/H5 limitation: the code sent is
 * `phone_<11 digits>`, which the phone-number simulator turns back into that number; a production H5
 * needs an SMS verification step instead.
 */
export function PhoneField({ onChange, disabled }: PhoneFieldProps) {
  const [text, setText] = useState('');
  const complete = text.length === 11;
  const valid = PHONE_PATTERN.test(text);
  return (
    <Field
      id="phone-field"
      label="手机号"
      input={{
        id: 'phone-input',
        type: 'number',
        maxlength: 11,
        value: text,
        disabled,
        placeholder: '请输入本人手机号',
        onInput: (typed) => {
          const next = typed.replace(/\D/g, '').slice(0, 11);
          setText(next);
          onChange(PHONE_PATTERN.test(next) ? { code: `phone_${next}`, display: next } : null);
        },
      }}
      error={complete && !valid ? '手机号格式不正确' : ''}
    />
  );
}
