import { Text, View } from '@tarojs/components';
/** The top of a step in 补正: what the notice asks of this step, or ✓ 无需修改 when it names nothing here. */
export function NoticeBanner({ id, named, what }: { id: string; named: number; what: string }) {
  return (
    <View>
      {named > 0 ? (
        <View id={id} className="notice-banner" data-named={named}>
          <Text className="notice-banner__title">{`补正告知：请修改以下 ${named} 项${what}`}</Text>
          <View>其他内容无需修改，已为您收起。</View>
        </View>
      ) : (
        <View id={id} className="notice-banner notice-banner--ok" data-named={0}>
          <Text className="notice-banner__title">{`✓ ${what}无需修改`}</Text>
          <View>补正告知没有提到这一步，可直接点下一步。</View>
        </View>
      )}
    </View>
  );
}
