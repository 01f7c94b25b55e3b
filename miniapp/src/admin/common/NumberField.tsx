import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Field } from '@/components';
import { parseNumberText, parseYuan, yuanText } from '@/features/case-form/values';
import { type Path } from './paths';
import { useProblemAt } from './problem-context';

interface NumberFieldProps {
  id: string;
  label: string;
  path: Path;
  /** A number, or the text typed while it is not one (the schema then says what is wrong). */
  value: unknown;
  onChange: (value: unknown) => void;
  /** Typed in 元, kept in fen (分) as the guide stores money. */
  money?: boolean;
  unit?: string;
  placeholder?: string;
}

const textOf = (value: unknown, money: boolean) =>
  money ? yuanText(value) : typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';

/** What the box holds as the guide's value: '' → absent, a number, or the text itself. */
const valueOf = (text: string, money: boolean): unknown => {
  const parsed = money ? parseYuan(text) : parseNumberText(text);
  return parsed === null ? undefined : parsed;
};

/**
 * A number of the guide (days, years, money). The box keeps its own text, so "12." survives typing;
 * a value changed elsewhere (a draft restored, a version loaded) replaces the text.
 */
export function NumberField({ id, label, path, value, onChange, money = false, unit, placeholder }: NumberFieldProps) {
  const error = useProblemAt(path);
  const [text, setText] = useState(() => textOf(value, money));
  useEffect(() => {
    setText((shown) => (Object.is(valueOf(shown, money), value) ? shown : textOf(value, money)));
  }, [value, money]);
  return (
    <Field label={label} error={error} errorId={`${id}-error`}>
      <View className="admin-number">
        <Input
          id={id}
          className="admin-number__input"
          type="digit"
          value={text}
          placeholder={placeholder ?? '请输入'}
          placeholderClass="field__placeholder"
          onInput={(e) => {
            setText(e.detail.value);
            onChange(valueOf(e.detail.value, money));
          }}
        />
        {unit || money ? <Text className="admin-number__unit">{money ? '元' : unit}</Text> : null}
      </View>
    </Field>
  );
}
