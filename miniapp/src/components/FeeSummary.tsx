import { Text, View } from '@tarojs/components';
import { formatFen, type ApplicationView } from '@onetrip/shared';
import { Section } from './Section';

/** 事项费用, 快递费, 合计 — computed by the server from the items and the delivery choice. */
export function FeeSummary({ fee, title = '费用' }: { fee: ApplicationView['fee']; title?: string }) {
  return (
    <Section id="fee-summary" title={title}>
      <View className="cell">
        <View className="cell__main">事项费用</View>
        <Text id="fee-items" className="cell__value">
          {formatFen(fee.items)}
        </Text>
      </View>
      <View className="cell">
        <View className="cell__main">快递费</View>
        <Text id="fee-express" className="cell__value">
          {formatFen(fee.express)}
        </Text>
      </View>
      <View className="cell fee-total">
        <View className="cell__main">合计</View>
        <Text id="fee-total" className="cell__value fee-total__value">
          {formatFen(fee.total)}
        </Text>
      </View>
    </Section>
  );
}
