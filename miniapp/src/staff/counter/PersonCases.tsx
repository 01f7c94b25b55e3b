import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS } from '@onetrip/shared';
import { LoadFailed, Section, Tag } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { listPersonCases } from '@/services/counter';
import { statusTone } from '@/utils/labels';
import { formatDate } from '../common/labels';
import { COUNTER_PAGES } from './routes';

/**
 * The person's cases started at a counter this clerk may go on with: a draft (refused with a notice,
 * or left half done) is continued; an accepted one opens for its receipt. Nothing when there are none.
 */
export function PersonCases({ personId }: { personId: string }) {
  const cases = useResource(
    useCallback(() => listPersonCases(personId), [personId]),
    { reloadOnShow: true },
  );
  if (cases.error && !cases.data)
    return <LoadFailed id="counter-cases-error" error={cases.error} onRetry={cases.retry} />;
  const rows = cases.data?.items ?? [];
  if (!rows.length) return null;
  return (
    <Section id="counter-cases" title={`在柜台办理过的办件 ${cases.data?.total ?? rows.length} 件`}>
      {rows.map((row) => (
        <View
          key={row.id}
          id={`counter-case-${row.id}`}
          className="cell cell--link"
          hoverClass="cell--active"
          onClick={() => void Taro.navigateTo({ url: COUNTER_PAGES.case(row.id) })}
        >
          <View className="cell__main">
            <View className="counter-case-row__top">
              <Text className="counter-case-row__number">{row.number ?? '未受理（草稿）'}</Text>
              <Tag tone={statusTone(row.status)}>{CASE_STATUS_LABELS[row.status]}</Tag>
            </View>
            <View>{row.itemNames.join('、')}</View>
            <View className="muted">{`${row.hall ? `${row.hall} · ` : ''}更新于 ${formatDate(row.updatedAt)}`}</View>
          </View>
          <Text className="link">{row.status === 'draft' ? '继续办理' : '查看'}</Text>
        </View>
      ))}
    </Section>
  );
}
