import { Switch, Text, View } from '@tarojs/components';
import { useElderMode } from '@/hooks/elder';

/** 长辈模式 on/off; available before login, since it helps with logging in too. */
export function ElderSwitch() {
  const { elder, setElder } = useElderMode();
  return (
    <View className="switch-row">
      <View>
        <View>长辈模式</View>
        <Text className="muted">字更大、颜色更深、按钮更大</Text>
      </View>
      <Switch id="elder-switch" checked={elder} color="#07c160" onChange={(e) => setElder(e.detail.value)} />
    </View>
  );
}
