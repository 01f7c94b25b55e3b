import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type StaffQueueRow } from '@onetrip/shared';
import { Tag } from '@/components';
import { cx } from '@/utils/cx';
import { statusTone } from '@/utils/labels';
import { LightDot } from '../common/LightDot';
import { formatDate } from '../common/labels';
import { RatingSummary } from '../common/RatingSummary';

/**
 * One case of a queue: number, items, applicant (masked) or the rating followed up, due date and light.
 * `selected`: open in the pane beside the list (PC layout).
 */
export function QueueRow({
  row,
  selected = false,
  onOpen,
}: {
  row: StaffQueueRow;
  selected?: boolean;
  onOpen: (id: string) => void;
}) {
  return (
    <View
      id={`queue-row-${row.id}`}
      className={cx('cell cell--link queue-row', selected && 'queue-row--selected')}
      hoverClass="cell--active"
      onClick={() => onOpen(row.id)}
    >
      <View className="cell__main">
        <View className="queue-row__top">
          <Text className="queue-row__number">{row.number}</Text>
          {row.chasedAt ? (
            <View id={`chased-${row.id}`} className="queue-row__chased">
              <Tag tone="red">已催办</Tag>
            </View>
          ) : null}
          {row.light ? <LightDot id={`light-${row.id}`} light={row.light} paused={row.paused} /> : null}
        </View>
        <View className="queue-row__names">{row.itemNames.join('、')}</View>
        {row.followup ? (
          <RatingSummary id={`followup-rating-${row.id}`} rating={row.followup} />
        ) : (
          <View className="muted">
            <Tag tone={statusTone(row.status)}>{CASE_STATUS_LABELS[row.status]}</Tag>
            {row.applicantName ? ` 申请人 ${row.applicantName}` : ''}
          </View>
        )}
        {row.followup ? (
          <View className="muted">{`评价于 ${formatDate(row.followup.evaluatedAt)}${row.dueAt ? ` · 回访期限 ${formatDate(row.dueAt)}` : ''}`}</View>
        ) : row.dueAt ? (
          <View className="muted">{`办理期限 ${formatDate(row.dueAt)}`}</View>
        ) : null}
      </View>
      <Text className="cell__arrow">›</Text>
    </View>
  );
}
