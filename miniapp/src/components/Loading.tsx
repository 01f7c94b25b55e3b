import { Text, View } from '@tarojs/components';

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className="loading" aria-busy>
      <View className="loading__spinner" />
      <Text className="loading__text">{text}</Text>
    </View>
  );
}
