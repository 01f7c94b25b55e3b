import { View } from '@tarojs/components';
import { Button, FieldError } from '@/components';
import { ListActions } from '../../common/ListActions';
import { moveEntry, type Path } from '../../common/paths';
import { useProblemAt } from '../../common/problem-context';
import { TextField } from '../../common/TextField';

type Option = { value: string; label: string };

interface OptionsEditorProps {
  /** `<id>-<index>-value`, `<id>-<index>-label`; `<id>-add`. */
  id: string;
  path: Path;
  options: unknown;
  onChange: (options: Option[]) => void;
}

/** The choices of a 单选/多选 field: the value stored and the words shown, in the order shown. */
export function OptionsEditor({ id, path, options, onChange }: OptionsEditorProps) {
  const list = Array.isArray(options) ? (options as Option[]) : [];
  const problem = useProblemAt(path);
  const set = (i: number, key: keyof Option, text: string) =>
    onChange(list.map((o, j) => (j === i ? { ...o, [key]: text } : o)));
  return (
    <View id={id} className="admin-options">
      {list.map((o, i) => (
        <View key={i} className="admin-options__row">
          <TextField
            id={`${id}-${i}-label`}
            label={`选项 ${i + 1}`}
            path={[...path, i, 'label']}
            value={o.label}
            maxlength={40}
            placeholder="显示的文字"
            onChange={(v) => set(i, 'label', v ?? '')}
          />
          <TextField
            id={`${id}-${i}-value`}
            label="选项值"
            path={[...path, i, 'value']}
            value={o.value}
            maxlength={40}
            placeholder="保存的值"
            onChange={(v) => set(i, 'value', v ?? '')}
          />
          <ListActions
            id={`${id}-${i}`}
            index={i}
            count={list.length}
            onMove={(from, to) => onChange(moveEntry(list, from, to))}
            onRemove={(at) => onChange(list.filter((_, j) => j !== at))}
          />
        </View>
      ))}
      {problem ? <FieldError id={`${id}-error`}>{problem}</FieldError> : null}
      <View className="admin-add">
        <Button
          id={`${id}-add`}
          size="small"
          kind="plain"
          onClick={() => onChange([...list, { value: '', label: '' }])}
        >
          添加选项
        </Button>
      </View>
    </View>
  );
}
