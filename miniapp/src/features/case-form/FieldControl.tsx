import { useState } from 'react';
import { Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import { DEFAULT_MAX_LENGTH, type FormField } from '@onetrip/shared';
import { inputFocus } from '@/platform/input-focus';
import { RegionInput } from '@/platform/region';
import { cx } from '@/utils/cx';
import { isMasked, parseNumberText, parseYuan, yuanText } from './values';

export interface FieldControlProps {
  field: FormField;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur?: () => void;
  /** A text box takes the focus when this turns true (Enter in the box before it). */
  focus?: boolean;
  onFocus?: () => void;
  /** Enter in a one-line text box (a phone keyboard's 下一项). */
  onConfirm?: () => void;
}

/** What every one-line text box of the form passes on: focus in, focus out, Enter. */
const keys = ({ focus, onFocus, onConfirm }: Pick<FieldControlProps, 'focus' | 'onFocus' | 'onConfirm'>) => ({
  ...inputFocus(Boolean(focus)),
  confirmType: 'next' as const,
  onFocus: () => onFocus?.(),
  onConfirm: () => onConfirm?.(),
});

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const placeholderOf = (field: FormField, verb = '请输入') => `${verb}${field.label}`;

/**
 * A digits box that keeps its own text (so "12." survives typing) and reports
 * the parsed value: yuan typed, fen kept for money; the number for number.
 */
function DigitInput(
  props: Omit<FieldControlProps, 'value'> & { initialText: string; parse: (text: string) => unknown },
) {
  const { field, onChange, onBlur, initialText, parse } = props;
  const [text, setText] = useState(initialText);
  return (
    <Input
      {...keys(props)}
      id={`input-${field.key}`}
      className="field__input"
      type="digit"
      value={text}
      placeholder={placeholderOf(field)}
      placeholderClass="field__placeholder"
      onInput={(e) => {
        setText(e.detail.value);
        onChange(parse(e.detail.value));
      }}
      onBlur={onBlur}
    />
  );
}

function MoneyInput(props: FieldControlProps) {
  return (
    <View className="money-input">
      <DigitInput {...props} initialText={yuanText(props.value)} parse={parseYuan} />
      <Text className="money-input__unit">元</Text>
    </View>
  );
}

function NumberInput(props: FieldControlProps) {
  const text = typeof props.value === 'number' ? String(props.value) : str(props.value);
  return <DigitInput {...props} initialText={text} parse={parseNumberText} />;
}

/** A phone or ID number the server shows masked: kept unless the user chooses to type a new one. */
function MaskedText(props: FieldControlProps) {
  const { field, value, onChange, onBlur } = props;
  const [editing, setEditing] = useState(false);
  if (!editing && isMasked(value)) {
    return (
      <View className="masked-value">
        <Text id={`input-${field.key}`}>{str(value)}</Text>
        <Text className="link masked-value__edit" onClick={() => setEditing(true)}>
          重新填写
        </Text>
      </View>
    );
  }
  const phone = field.type === 'phone';
  return (
    <Input
      {...keys(props)}
      {...inputFocus(editing || Boolean(props.focus))}
      id={`input-${field.key}`}
      className="field__input"
      type={phone ? 'number' : 'idcard'}
      maxlength={phone ? 11 : 18}
      value={isMasked(value) ? '' : str(value)}
      placeholder={placeholderOf(field)}
      placeholderClass="field__placeholder"
      onInput={(e) => onChange(phone ? e.detail.value.replace(/\D/g, '') : e.detail.value.trim().toUpperCase())}
      onBlur={onBlur}
    />
  );
}

function Choice({ text, placeholder }: { text: string; placeholder: string }) {
  return (
    <View className="picker-value">
      {text ? <Text>{text}</Text> : <Text className="field__placeholder">{placeholder}</Text>}
      <Text className="picker-value__arrow">›</Text>
    </View>
  );
}

/** One form value, edited the way its type asks for. */
export function FieldControl(props: FieldControlProps) {
  const { field, value, onChange, onBlur } = props;
  const id = `input-${field.key}`;
  switch (field.type) {
    case 'text':
      return (
        <Input
          {...keys(props)}
          id={id}
          className="field__input"
          value={str(value)}
          maxlength={field.rules?.maxLength ?? DEFAULT_MAX_LENGTH.text}
          placeholder={placeholderOf(field)}
          placeholderClass="field__placeholder"
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
        />
      );
    case 'textarea':
      return (
        <Textarea
          id={id}
          className="field__textarea"
          value={str(value)}
          autoHeight
          maxlength={field.rules?.maxLength ?? DEFAULT_MAX_LENGTH.textarea}
          placeholder={placeholderOf(field)}
          placeholderClass="field__placeholder"
          onInput={(e) => onChange(e.detail.value)}
          onBlur={onBlur}
        />
      );
    case 'number':
      return <NumberInput {...props} />;
    case 'money':
      return <MoneyInput {...props} />;
    case 'phone':
    case 'idNumber':
      return <MaskedText {...props} />;
    case 'date':
      return (
        <Picker id={id} mode="date" value={str(value)} onChange={(e) => onChange(String(e.detail.value))}>
          <Choice text={str(value)} placeholder={placeholderOf(field, '请选择')} />
        </Picker>
      );
    case 'select': {
      const options = field.options ?? [];
      const index = options.findIndex((o) => o.value === value);
      return (
        <Picker
          id={id}
          mode="selector"
          range={options.map((o) => o.label)}
          value={Math.max(index, 0)}
          onChange={(e) => {
            const chosen = options[Number(e.detail.value)];
            if (chosen) onChange(chosen.value);
          }}
        >
          <Choice text={options[index]?.label ?? ''} placeholder={placeholderOf(field, '请选择')} />
        </Picker>
      );
    }
    case 'multiselect': {
      const chosen = Array.isArray(value) ? (value as unknown[]).map(String) : [];
      const toggle = (v: string) =>
        onChange(
          (field.options ?? []).map((o) => o.value).filter((o) => (o === v ? !chosen.includes(o) : chosen.includes(o))),
        );
      return (
        <View id={id} className="checks">
          {(field.options ?? []).map((o) => {
            const on = chosen.includes(o.value);
            return (
              <View
                key={o.value}
                id={`option-${field.key}-${o.value}`}
                className={cx('check', on && 'check--on')}
                onClick={() => toggle(o.value)}
              >
                <Text className="check__box">{on ? '✓' : ''}</Text>
                <Text>{o.label}</Text>
              </View>
            );
          })}
        </View>
      );
    }
    case 'region':
      return <RegionInput id={id} value={Array.isArray(value) ? (value as string[]) : []} onChange={onChange} />;
    case 'boolean':
      return (
        <View className="switch-value">
          <Text className={value === undefined || value === null ? 'field__placeholder' : undefined}>
            {value === true ? '是' : value === false ? '否' : '请选择'}
          </Text>
          <Switch id={id} checked={value === true} color="#07c160" onChange={(e) => onChange(e.detail.value)} />
        </View>
      );
  }
}
