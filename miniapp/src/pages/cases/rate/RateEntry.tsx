import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Button, Cell, Section } from '@/components';
import { PAGES } from '@/utils/navigation';
import { isRated } from './rating';

/** On a completed case: 评价 until it has been rated, then that it was (the rating is not read back). */
export function RateEntry({ view }: { view: ApplicationView }) {
  if (view.status !== 'completed') return null;
  return (
    <Section id="case-rating" title="好差评">
      {isRated(view) ? (
        <Cell id="rated-note" title="您已评价本次服务" desc="感谢您的反馈，每件办件只能评价一次" />
      ) : (
        <View className="page-actions">
          <View className="muted">办件已办结，请对本次服务作出评价。</View>
          <Button
            id="rate-button"
            kind="primary"
            block
            onClick={() => void Taro.navigateTo({ url: PAGES.caseRate(view.id, 'case') })}
          >
            评价
          </Button>
        </View>
      )}
    </Section>
  );
}
