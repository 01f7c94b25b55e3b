import { useCallback } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { Field } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { getAdminConfig } from '@/services/admin-catalog';
import { type Path } from './paths';
import { useProblemAt } from './problem-context';

interface DepartmentFieldProps {
  id: string;
  label: string;
  path: Path;
  value: unknown;
  onChange: (value: string) => void;
}

/**
 * A department: typed, or picked (`<id>-pick`) from those the system knows (GET /admin/config), so
 * one department is spelt one way everywhere; a department new to the system can still be typed.
 */
export function DepartmentField({ id, label, path, value, onChange }: DepartmentFieldProps) {
  const error = useProblemAt(path);
  const config = useResource(useCallback(() => getAdminConfig(), []));
  const departments = config.data?.departments ?? [];
  const text = typeof value === 'string' ? value : '';
  return (
    <Field label={label} error={error} errorId={`${id}-error`}>
      <View className="admin-department">
        <Input
          id={id}
          className="admin-department__input"
          value={text}
          maxlength={40}
          placeholder={`请输入或选择${label}`}
          placeholderClass="field__placeholder"
          onInput={(e) => onChange(e.detail.value)}
        />
        {departments.length > 0 ? (
          <Picker
            id={`${id}-pick`}
            mode="selector"
            range={departments}
            value={Math.max(departments.indexOf(text), 0)}
            onChange={(e) => {
              const chosen = departments[Number(e.detail.value)];
              if (chosen) onChange(chosen);
            }}
          >
            <Text className="link admin-department__pick">从列表选择</Text>
          </Picker>
        ) : null}
      </View>
    </Field>
  );
}
