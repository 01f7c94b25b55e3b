import { Text, View } from '@tarojs/components';
import { actorLabel, timelineLabel, type TimelineEvent } from '@onetrip/shared';
import { formatDateTime } from '@/utils/time';

/**
 * How an event reads: `danger` and `warning` are alarms (the case stopped, something to fix, money back,
 * a parcel in trouble), `success` a result reached, `normal` the case moving on.
 */
export type TimelineTone = 'normal' | 'success' | 'warning' | 'danger';

export interface TimelineRow {
  at: string;
  label: string;
  who?: string;
  note?: string;
  tone?: TimelineTone;
}

/** Events that end the case without its result, or lock it. */
const DANGER = new Set([
  'rejected',
  'denied',
  'item_denied',
  'chain_stopped',
  'shipment_locked',
  'locked',
  'authorization_revoked',
]);
/** Events that ask something of someone, or tell of a detour: 补正, 一次性告知, a failed delivery, money back. */
const WARNING = new Set([
  'supplement_requested',
  'intake_refused',
  'delivery_failed',
  'failed_attempt',
  'refund_requested',
  'refunded',
  'payment_closed',
  'gap_reminded',
  'item_ended',
  'chased',
  'withdrawn',
  'commitment_withdrawn',
]);
/** A decision granted, the result in hand. */
const SUCCESS = new Set([
  'approved',
  'item_approved',
  'issued',
  'delivered',
  'handed_over',
  'completed',
  'paid',
  'chain_go_on',
]);

/** The tone of a timeline action; an action not listed is ordinary progress. */
export function timelineTone(action: string): TimelineTone {
  if (DANGER.has(action)) return 'danger';
  if (WARNING.has(action)) return 'warning';
  if (SUCCESS.has(action)) return 'success';
  return 'normal';
}

/** An action's words; one the app has no words for yet reads as a plain update, never as its code. */
export function eventLabel(action: string): string {
  const label = timelineLabel(action);
  return label === action ? '办件进度更新' : label;
}

/** A case's own timeline events in words: what, when, by whom (申请人, 窗口人员…), with any note and its tone. */
export function caseTimelineRows(events: TimelineEvent[]): TimelineRow[] {
  return events.map((e) => ({
    at: e.at,
    label: eventLabel(e.action),
    who: actorLabel(e.actor.role),
    note: e.note,
    tone: timelineTone(e.action),
  }));
}

/** What happened to a case, newest first; alarms in warning or danger colours, results in green. */
export function Timeline({ id, rows }: { id: string; rows: TimelineRow[] }) {
  // Events written in one update share a time (issued, then completed): the one appended later is the newer.
  const newestFirst = [...rows].reverse().sort((a, b) => b.at.localeCompare(a.at));
  return (
    <View id={id} className="timeline">
      {newestFirst.map((row, i) => {
        const tone = row.tone ?? 'normal';
        return (
          <View
            key={`${row.at}-${i}`}
            className={`timeline__event timeline__event--${tone}${i === 0 ? ' timeline__event--latest' : ''}`}
            data-tone={tone}
          >
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
        );
      })}
    </View>
  );
}
