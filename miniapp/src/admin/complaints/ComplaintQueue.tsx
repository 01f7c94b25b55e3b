import { Text, View } from '@tarojs/components';
import { COMPLAINT_STATUS_LABELS, type ComplaintRow } from '@onetrip/shared';
import { Tag } from '@/components';
import { COMPLAINT_LIGHT_TEXT, complaintAboutText } from '@/features/complaints';
import { formatDateTime } from '@/utils/time';
import { cx } from '@/utils/cx';

/** The queue: number, kind and category, what it is about, the due time and its light (or the status). */
export function ComplaintQueue({
  rows,
  selected,
  onOpen,
}: {
  rows: ComplaintRow[];
  selected: string | null;
  onOpen: (id: string) => void;
}) {
  if (!rows.length)
    return (
      <View id="complaint-queue-empty" className="stats-empty">
        没有这类投诉建议
      </View>
    );
  return (
    <View id="complaint-queue" className="admin-table">
      {rows.map((row) => (
        <View
          key={row.id}
          id={`queue-${row.id}`}
          className={cx('admin-table__row', 'cq-row', row.id === selected && 'cq-row--selected')}
          hoverClass="cell--active"
          onClick={() => onOpen(row.id)}
        >
          <View className="admin-table__cell">
            <Text className="cq-row__number">{row.number}</Text>
            <View className="muted">{`${row.kind} · ${row.category}${row.round > 1 ? ' · 复核' : ''}`}</View>
          </View>
          <View className="admin-table__cell">
            <View>{complaintAboutText(row.about)}</View>
            <View className="muted">{row.excerpt}</View>
          </View>
          <View className="admin-table__cell">
            <View className="muted">{`期限 ${formatDateTime(row.dueAt)}`}</View>
            {row.light ? (
              <Tag tone={row.light === 'red' ? 'red' : row.light === 'yellow' ? 'orange' : 'green'}>
                <Text id={`queue-light-${row.id}`}>{COMPLAINT_LIGHT_TEXT[row.light]}</Text>
              </Tag>
            ) : (
              <Tag tone="grey">{COMPLAINT_STATUS_LABELS[row.status]}</Tag>
            )}
          </View>
        </View>
      ))}
    </View>
  );
}
