import { View } from '@tarojs/components';
import { Button, Field } from '@/components';
import { type Choice } from './ChoiceField';
import { type Path } from './paths';
import { useProblemAt } from './problem-context';

interface MultiChoiceFieldProps<V extends string> {
  id: string;
  label: string;
  path: Path;
  value: unknown;
  choices: ReadonlyArray<Choice<V>>;
  onChange: (value: V[]) => void;
}

/** Several of a few values, each a button (`<id>-<value>`) that is on or off; kept in the choices' order. */
export function MultiChoiceField<V extends string>({
  id,
  label,
  path,
  value,
  choices,
  onChange,
}: MultiChoiceFieldProps<V>) {
  const problem = useProblemAt(path);
  const chosen = Array.isArray(value) ? (value as unknown[]) : [];
  const toggle = (v: V) =>
    onChange(choices.map((c) => c.value).filter((c) => (c === v ? !chosen.includes(c) : chosen.includes(c))));
  return (
    <Field label={label} error={problem} errorId={`${id}-error`}>
      <View id={id} className="admin-choices">
        {choices.map((c) => (
          <Button
            key={c.value}
            id={`${id}-${c.value}`}
            size="small"
            kind={chosen.includes(c.value) ? 'primary' : 'default'}
            onClick={() => toggle(c.value)}
          >
            {chosen.includes(c.value) ? `✓ ${c.label}` : c.label}
          </Button>
        ))}
      </View>
    </Field>
  );
}
