import { Text, View } from '@tarojs/components';
import { actorLabel, timelineLabel, type TimelineEvent } from '@onetrip/shared';
import { formatDateTime } from '@/utils/time';

export interface TimelineRow {
  at: string;
  label: string;
  who?: string;
  note?: string;
}

/** A case's own timeline events in words: what, when, by whom (申请人, 窗口人员…), with any note. */
export function caseTimelineRows(events: TimelineEvent[]): TimelineRow[] {
  return events.map((e) => ({ at: e.at, label: timelineLabel(e.action), who: actorLabel(e.actor.role), note: e.note }));
}

/** What happened to a case, newest first. */
export function Timeline({ id, rows }: { id: string; rows: TimelineRow[] }) {
  // Events written in one update share a time (issued, then completed): the one appended later is the newer.
  const newestFirst = [...rows].reverse().sort((a, b) => b.at.localeCompare(a.at));
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
