import { View } from '@tarojs/components';
import { Button, Field } from '@/components';
import { type Path } from './paths';
import { useProblemAt } from './problem-context';

export interface Choice<V extends string | number> {
  value: V;
  label: string;
}

interface ChoiceFieldProps<V extends string | number> {
  id: string;
  label: string;
  path: Path;
  value: unknown;
  choices: ReadonlyArray<Choice<V>>;
  onChange: (value: V | undefined) => void;
  /** An optional choice: this button leaves it out. */
  noneLabel?: string;
}

/**
 * One of a few values, as a row of buttons (`<id>-<value>`, `<id>-none`): each is one Tab and one
 * Enter away at a PC, and all of them in sight on a phone.
 */
export function ChoiceField<V extends string | number>(props: ChoiceFieldProps<V>) {
  const { id, label, path, value, choices, onChange, noneLabel } = props;
  const error = useProblemAt(path);
  return (
    <Field label={label} error={error} errorId={`${id}-error`}>
      <View id={id} className="admin-choices">
        {noneLabel ? (
          <Button
            id={`${id}-none`}
            size="small"
            kind={value === undefined ? 'primary' : 'default'}
            onClick={() => onChange(undefined)}
          >
            {noneLabel}
          </Button>
        ) : null}
        {choices.map((c) => (
          <Button
            key={String(c.value)}
            id={`${id}-${c.value}`}
            size="small"
            kind={value === c.value ? 'primary' : 'default'}
            onClick={() => onChange(c.value)}
          >
            {c.label}
          </Button>
        ))}
      </View>
    </Field>
  );
}
