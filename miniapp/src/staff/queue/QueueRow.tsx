import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type StaffQueueRow } from '@onetrip/shared';
import { Tag } from '@/components';
import { statusTone } from '@/utils/labels';
import { LightDot } from '../common/LightDot';
import { formatDate } from '../common/labels';

/** One case of a queue: number, items, applicant (masked) or the rating followed up, due date and light. */
export function QueueRow({ row, onOpen }: { row: StaffQueueRow; onOpen: (id: string) => void }) {
  return (
    <View
      id={`queue-row-${row.id}`}
      className="cell cell--link queue-row"
      hoverClass="cell--active"
      onClick={() => onOpen(row.id)}
    >
      <View className="cell__main">
        <View className="queue-row__top">
          <Text className="queue-row__number">{row.number}</Text>
          {row.light ? <LightDot id={`light-${row.id}`} light={row.light} paused={row.paused} /> : null}
        </View>
        <View className="queue-row__names">{row.itemNames.join('、')}</View>
        {row.followup ? (
          <View className="muted">{`评价 ${row.followup.score} 星${row.followup.tags.length ? ` · ${row.followup.tags.join('、')}` : ''}${row.followup.comment ? ` · ${row.followup.comment}` : ''}`}</View>
        ) : (
          <View className="muted">
            <Tag tone={statusTone(row.status)}>{CASE_STATUS_LABELS[row.status]}</Tag>
            {row.applicantName ? ` 申请人 ${row.applicantName}` : ''}
          </View>
        )}
        {row.dueAt ? <View className="muted">{`办理期限 ${formatDate(row.dueAt)}`}</View> : null}
      </View>
      <Text className="cell__arrow">›</Text>
    </View>
  );
}
