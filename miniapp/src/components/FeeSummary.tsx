import { Text, View } from '@tarojs/components';
import { formatFen, type ApplicationView } from '@onetrip/shared';

/** When the total is asked for (the catalog's due, rules/fees.ts), as the applicant reads it before submitting. */
const WHEN = { submit: '提交后缴费', approval: '审批通过后缴费', issue: '出证前缴费' } as const;
import { Section } from './Section';

/** 事项费用, 快递费, 合计 and when it is paid — computed by the server from the items and the delivery choice. */
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
      {fee.total > 0 ? (
        <View className="cell">
          <View className="cell__main">缴费时间</View>
          <Text id="fee-due" className="cell__value">
            {WHEN[fee.due]}
          </Text>
        </View>
      ) : null}
    </Section>
  );
}
