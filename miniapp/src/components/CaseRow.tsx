import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type ApplicationList } from '@onetrip/shared';
import { Tag } from './Tag';
import { agentNote } from '@/utils/authorization';
import { statusTone } from '@/utils/labels';
import { formatDateTime } from '@/utils/time';

type Row = ApplicationList['items'][number];

/**
 * One case: status chip, number (or 草稿), item names, who applied when an agent did (`hideAgent` in
 * the agent's own list), last change.
 */
export function CaseRow({ row, onOpen, hideAgent }: { row: Row; onOpen: (id: string) => void; hideAgent?: boolean }) {
  return (
    <View
      id={`case-${row.id}`}
      className="cell cell--link case-row"
      hoverClass="cell--active"
      onClick={() => onOpen(row.id)}
    >
      <View className="cell__main">
        <View className="case-row__top">
          <Tag tone={statusTone(row.status)}>{CASE_STATUS_LABELS[row.status]}</Tag>
          <Text className="case-row__number">{row.number ?? '未提交，暂无编号'}</Text>
        </View>
        <View className="case-row__names">{row.itemNames.join('、')}</View>
        {row.submittedBy?.role === 'agent' && !hideAgent ? (
          <View id={`case-agent-${row.id}`} className="muted">
            {agentNote(row.submittedBy)}
          </View>
        ) : null}
        <View className="muted">{`更新于 ${formatDateTime(row.updatedAt)}`}</View>
      </View>
      <Text className="cell__arrow">›</Text>
    </View>
  );
}
