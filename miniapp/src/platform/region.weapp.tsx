import { Picker, Text, View } from '@tarojs/components';
import { regionParts, type RegionInputProps } from './region-types';

export { type RegionInputProps } from './region-types';

export function RegionInput({ id, value, onChange, disabled }: RegionInputProps) {
  const parts = regionParts(value);
  const chosen = parts.every((p) => p !== '');
  return (
    <Picker id={id} mode="region" value={parts} disabled={disabled} onChange={(e) => onChange([...e.detail.value])}>
      <View className="picker-value">
        {chosen ? <Text>{parts.join(' ')}</Text> : <Text className="field__placeholder">请选择省、市、区县</Text>}
        <Text className="picker-value__arrow">›</Text>
      </View>
    </Picker>
  );
}
