import { Text, View } from '@tarojs/components';

/** The case being rated: its number and what it was for (both rating pages). */
export function RateHead({ number, title, titleId }: { number: string; title: string; titleId?: string }) {
  return (
    <View className="head-card case-head rate-head">
      <View className="case-head__number-row">
        <Text className="case-head__number-label">办件编号</Text>
        <Text id="case-number" className="case-head__number">
          {number}
        </Text>
      </View>
      <Text id={titleId} className="head-card__title">
        {title}
      </Text>
    </View>
  );
}
