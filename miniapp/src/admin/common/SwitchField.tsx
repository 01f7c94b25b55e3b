import { Switch, Text, View } from '@tarojs/components';
import { FieldError } from '@/components';
import { type Path } from './paths';
import { useProblemAt } from './problem-context';

interface SwitchFieldProps {
  id: string;
  label: string;
  path: Path;
  checked: boolean;
  onChange: (checked: boolean) => void;
  desc?: string;
}

/** A yes/no of the guide (必交, 容缺, 快递送达…), with what is wrong with it underneath. */
export function SwitchField({ id, label, path, checked, onChange, desc }: SwitchFieldProps) {
  const error = useProblemAt(path);
  return (
    <>
      <View className="switch-row admin-switch">
        <View className="admin-switch__text">
          <Text>{label}</Text>
          {desc ? <Text className="admin-switch__desc">{desc}</Text> : null}
        </View>
        <Switch id={id} checked={checked} color="#07c160" onChange={(e) => onChange(e.detail.value)} />
      </View>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </>
  );
}
