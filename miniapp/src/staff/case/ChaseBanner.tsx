import { Text, View } from '@tarojs/components';
import { type CaseChaseView } from '@onetrip/shared';
import { formatDateTime } from '@/utils/time';

/** 效能监察's chase (催办) of this case while it stays in the status it was chased in: when, and the note. */
export function ChaseBanner({ chase }: { chase?: CaseChaseView }) {
  if (!chase) return null;
  return (
    <View id="case-chase-banner" className="chase-banner" role="alert">
      <View className="chase-banner__head">
        <Text className="chase-banner__title">效能监察已催办</Text>
        <Text id="case-chase-at" className="chase-banner__at">
          {formatDateTime(chase.at)}
        </Text>
      </View>
      {chase.note ? (
        <View id="case-chase-note" className="chase-banner__note">
          {`督办意见：${chase.note}`}
        </View>
      ) : null}
      <View className="chase-banner__hint">请优先办理本件，办理后提示自动消失</View>
    </View>
  );
}
