import { Text, View } from '@tarojs/components';
import { clerkTitle, KIND_DUTIES, type Clerk } from './kinds';

/** Who is working at this window: 综合窗口 · 县政务服务中心一楼, and what the kind does. */
export function ClerkHeader({ clerk }: { clerk: Clerk }) {
  return (
    <View id="staff-who" className="staff-who" data-kind={clerk.kind}>
      <Text id="staff-who-title" className="staff-who__title">
        {clerkTitle(clerk)}
      </Text>
      <Text className="staff-who__duties">{KIND_DUTIES[clerk.kind]}</Text>
    </View>
  );
}
