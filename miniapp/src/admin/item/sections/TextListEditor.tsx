import { View } from '@tarojs/components';
import { Button, FieldError } from '@/components';
import { ListActions } from '../../common/ListActions';
import { moveEntry, type Path } from '../../common/paths';
import { useProblemAt } from '../../common/problem-context';
import { TextField } from '../../common/TextField';

interface TextListEditorProps {
  /** Rows are `<id>-<index>` (with `-up`, `-down`, `-remove`); `add-<id>` adds one. */
  id: string;
  path: Path;
  values: unknown;
  onChange: (values: string[] | undefined) => void;
  rowLabel: (index: number) => string;
  addLabel: string;
  maxlength: number;
  multiline?: boolean;
  /** An optional list: emptied, it is left out. */
  optional?: boolean;
}

/** A list of short texts (办理条件, 办理流程, 电子证照类型) to add to, remove from and order. */
export function TextListEditor(props: TextListEditorProps) {
  const { id, path, values, onChange, rowLabel, addLabel, maxlength, multiline, optional } = props;
  const list = Array.isArray(values) ? (values as string[]) : [];
  const listProblem = useProblemAt(path);
  const set = (next: string[]) => onChange(optional && next.length === 0 ? undefined : next);
  return (
    <View id={`${id}-list`} className="admin-text-list">
      {list.map((text, i) => (
        <View key={i} className="admin-text-list__row">
          <TextField
            id={`${id}-${i}`}
            label={rowLabel(i)}
            path={[...path, i]}
            value={text}
            multiline={multiline}
            maxlength={maxlength}
            onChange={(v) => set(list.map((t, j) => (j === i ? (v ?? '') : t)))}
          />
          <ListActions
            id={`${id}-${i}`}
            index={i}
            count={list.length}
            onMove={(from, to) => set(moveEntry(list, from, to))}
            onRemove={(at) => set(list.filter((_, j) => j !== at))}
          />
        </View>
      ))}
      {listProblem ? <FieldError id={`${id}-list-error`}>{listProblem}</FieldError> : null}
      <View className="admin-add">
        <Button id={`add-${id}`} size="small" kind="plain" onClick={() => set([...list, ''])}>
          {addLabel}
        </Button>
      </View>
    </View>
  );
}
