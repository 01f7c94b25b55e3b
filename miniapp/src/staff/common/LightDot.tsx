import { Text, View } from '@tarojs/components';
import { type Light } from '@onetrip/shared';
import { LIGHT_LABELS } from './labels';

/** A traffic-light dot of a clock (green: in time, yellow: near the deadline, red: over it). */
export function LightDot({ id, light, paused }: { id?: string; light: Light; paused?: boolean }) {
  return (
    <View id={id} className={`light-dot light-dot--${light}`}>
      <View className="light-dot__dot" />
      <Text className="light-dot__text">{paused ? '补正中，暂停计时' : LIGHT_LABELS[light]}</Text>
    </View>
  );
}
