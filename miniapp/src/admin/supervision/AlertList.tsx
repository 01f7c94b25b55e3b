import { Text, View } from '@tarojs/components';
import { type CaseAlert } from '@onetrip/shared';
import { Button, Tag } from '@/components';
import { formatDateTime } from '@/utils/time';
import { alertWhen, alertWhere, shortTime } from './supervision-model';

/**
 * The red (超期) or yellow (临期) cases: number, items, the stage and departments it waits on, the due day and
 * how far over or how little is left; 催办 on each, or 已催办 with when once chased.
 */
export function AlertList({
  id,
  alerts,
  total,
  empty,
  onChase,
}: {
  id: string;
  alerts: CaseAlert[];
  total: number;
  empty: string;
  onChase: (alert: CaseAlert) => void;
}) {
  if (!alerts.length)
    return (
      <View id={id} className="stats-empty">
        {empty}
      </View>
    );
  return (
    <View id={id} className="admin-table sv-alerts">
      {alerts.map((a) => (
        <View key={a.id} id={`alert-${a.id}`} className="admin-table__row sv-alert">
          <View className="admin-table__cell">
            <Text className="sv-alert__number">{a.number}</Text>
            <View className="muted">{a.itemNames.join('、')}</View>
          </View>
          <View className="admin-table__cell">
            <View>{alertWhere(a)}</View>
            <View className="muted">{`期限 ${formatDateTime(a.dueAt)}`}</View>
          </View>
          <View className="admin-table__cell">
            <Tag tone={a.light === 'red' ? 'red' : 'orange'}>{alertWhen(a)}</Tag>
          </View>
          <View className="admin-table__cell sv-alert__action">
            {a.chasedAt ? (
              <Text id={`chased-${a.id}`} className="sv-alert__chased">{`已催办 ${shortTime(a.chasedAt)}`}</Text>
            ) : (
              <Button id={`chase-${a.id}`} kind="warn" size="small" onClick={() => onChase(a)}>
                催办
              </Button>
            )}
          </View>
        </View>
      ))}
      {total > alerts.length ? (
        <View className="muted sv-alerts__more">{`共 ${total} 件，此处列出前 ${alerts.length} 件；导出 CSV 可得全部`}</View>
      ) : null}
    </View>
  );
}
