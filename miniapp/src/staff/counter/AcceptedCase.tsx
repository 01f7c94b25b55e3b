import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type CounterCaseView } from '@onetrip/shared';
import { Button } from '@/components';
import { shanghaiTime } from '../common/day';
import { STAFF_PAGES } from '../common/labels';
import { departmentsOf } from './CaseHead';
import { IntakeMaterials } from './IntakeMaterials';
import { ReceiptPanel } from './ReceiptPanel';
import { COUNTER_PAGES } from './routes';
import { type CounterCaseState } from './use-counter-case';

/**
 * After 受理: where the case went and by when it is promised, the 受理回执 to print or text, the
 * materials still owed after a 容缺 acceptance (the person may bring them to any counter), and on to
 * the next person.
 */
export function AcceptedCase({ record }: { record: CounterCaseState }) {
  const view = record.data as CounterCaseView;
  const owed = view.gaps ?? [];
  return (
    <View className="counter-done">
      {view.acceptedAt ? (
        <View id="counter-accepted" className="counter-banner">
          <Text className="counter-banner__title">{`✓ 已受理 ${view.number ?? ''}`}</Text>
          <Text>
            {`${shanghaiTime(view.acceptedAt)} 受理，已分送${departmentsOf(view).join('、')}并联审批`}
            {view.deadline ? `；承诺 ${shanghaiTime(view.deadline.dueAt)} 前办结` : ''}
          </Text>
          {owed.length ? <Text>{`容缺材料 ${owed.length} 项，请于 ${view.gapsDue ?? '出证'} 前补齐`}</Text> : null}
        </View>
      ) : null}
      <ReceiptPanel view={view} />
      {owed.length ? <IntakeMaterials record={record} only={owed} /> : null}
      <View className="counter-actions counter-done__next">
        <Button id="counter-open-case" onClick={() => void Taro.navigateTo({ url: STAFF_PAGES.case(view.id) })}>
          查看办件进度
        </Button>
        <Button id="counter-next" kind="primary" onClick={() => void Taro.redirectTo({ url: COUNTER_PAGES.find })}>
          办理下一位
        </Button>
      </View>
    </View>
  );
}
