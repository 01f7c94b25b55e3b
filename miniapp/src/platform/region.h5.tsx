import { Input, View } from '@tarojs/components';
import { regionParts, type RegionInputProps } from './region-types';

export { type RegionInputProps } from './region-types';

const PLACEHOLDERS = ['省', '市', '区/县'] as const;

export function RegionInput({ id, value, onChange, disabled }: RegionInputProps) {
  const parts = regionParts(value);
  return (
    <View id={id} className="region-inputs">
      {PLACEHOLDERS.map((placeholder, i) => (
        <Input
          key={placeholder}
          className="region-inputs__part"
          value={parts[i]}
          maxlength={20}
          disabled={disabled}
          placeholder={placeholder}
          placeholderClass="field__placeholder"
          onInput={(e) => {
            const next = [...parts];
            next[i] = e.detail.value;
            onChange(next);
          }}
        />
      ))}
    </View>
  );
}
