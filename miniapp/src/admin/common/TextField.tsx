import { Textarea } from '@tarojs/components';
import { Field } from '@/components';
import { type Path } from './paths';
import { useProblemAt } from './problem-context';

interface TextFieldProps {
  id: string;
  label: string;
  /** Where the value sits: its problems are shown under the box. */
  path: Path;
  value: unknown;
  onChange: (value: string | undefined) => void;
  /** An optional part: emptied, it is left out rather than kept as '' (which is 请填写). */
  optional?: boolean;
  multiline?: boolean;
  maxlength?: number;
  placeholder?: string;
  disabled?: boolean;
}

/** A text of the guide in a labelled row, with what is wrong with it underneath. */
export function TextField(props: TextFieldProps) {
  const { id, label, path, value, onChange, optional, multiline, maxlength = 500, placeholder, disabled } = props;
  const error = useProblemAt(path);
  const text = typeof value === 'string' ? value : '';
  const change = (next: string) => onChange(optional && next.trim() === '' ? undefined : next);
  const hint = placeholder ?? (optional ? '选填' : `请输入${label}`);
  if (multiline) {
    return (
      <Field label={label} error={error} errorId={`${id}-error`}>
        <Textarea
          id={id}
          className="admin-textarea"
          value={text}
          autoHeight
          maxlength={maxlength}
          disabled={disabled}
          placeholder={hint}
          placeholderClass="field__placeholder"
          onInput={(e) => change(e.detail.value)}
        />
      </Field>
    );
  }
  return (
    <Field
      label={label}
      error={error}
      errorId={`${id}-error`}
      input={{ id, value: text, placeholder: hint, maxlength, disabled, onInput: change }}
    />
  );
}
