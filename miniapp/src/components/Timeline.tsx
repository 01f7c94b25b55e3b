import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/utils/time';

export interface TimelineRow {
  at: string;
  label: string;
  who?: string;
  note?: string;
}

/** What happened to a case, newest first. */
export function Timeline({ id, rows }: { id: string; rows: TimelineRow[] }) {
  const newestFirst = [...rows].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <View id={id} className="timeline">
      {newestFirst.map((row, i) => (
        <View key={`${row.at}-${i}`} className={`timeline__event${i === 0 ? ' timeline__event--latest' : ''}`}>
          <View className="timeline__dot" />
          <View className="timeline__body">
            <Text className="timeline__label">{row.label}</Text>
            <Text className="timeline__time">
              {formatDateTime(row.at)}
              {row.who ? ` · ${row.who}` : ''}
            </Text>
            {row.note ? <Text className="timeline__note">{row.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
