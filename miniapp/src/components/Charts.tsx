import { Text, View } from '@tarojs/components';
import { cx } from '@/utils/cx';

/**
 * Charts drawn with plain views (no chart library: the packages stay small and the text stays real
 * text, so 长辈模式 enlarges it). Every bar has its number written beside it: colour is never the only clue.
 * Used by the staff dashboard and the console's 效能监察.
 */

/** One part of a stacked bar: its colour is the class `chart-seg--<key>` (styles/_charts.scss). */
export interface Segment {
  key: string;
  label: string;
  count: number;
  /** per cent of the bar */
  width: number;
}

/** One bar of `width` per cent of the track, split into coloured parts by status group. */
export function StackedBar({ id, segments, width = 100 }: { id?: string; segments: Segment[]; width?: number }) {
  return (
    <View id={id} className="chart-track">
      <View className="chart-bar" style={{ width: `${width}%` }}>
        {segments.map((s) => (
          <View key={s.key} className={`chart-seg chart-seg--${s.key}`} style={{ width: `${s.width}%` }} />
        ))}
      </View>
    </View>
  );
}

/** The key of a stacked bar: colour, name, count and share. */
export function Legend({ id, segments, total }: { id?: string; segments: Segment[]; total: number }) {
  return (
    <View id={id} className="chart-legend">
      {segments.map((s) => (
        <View key={s.key} id={id ? `${id}-${s.key}` : undefined} className="chart-legend__item">
          <View className={`chart-swatch chart-seg--${s.key}`} />
          <Text>{`${s.label} ${s.count}`}</Text>
          <Text className="muted">{` ${total > 0 ? Math.round((s.count / total) * 100) : 0}%`}</Text>
        </View>
      ))}
    </View>
  );
}

/** A labelled horizontal bar: name on the left, the bar, the figure on the right. `fill`: the bar's colour class. */
export function BarRow({
  id,
  label,
  value,
  width,
  fill,
}: {
  id?: string;
  label: string;
  value: string;
  width: number;
  fill: string;
}) {
  return (
    <View id={id} className="chart-row">
      <Text className="chart-row__label">{label}</Text>
      <View className="chart-track chart-row__track">
        <View className={cx('chart-bar', fill)} style={{ width: `${width}%` }} />
      </View>
      <Text className="chart-row__value">{value}</Text>
    </View>
  );
}

/** A rate as a proportion bar (0–1); null draws an empty track. */
export function Meter({ id, rate, tone }: { id?: string; rate: number | null; tone: 'green' | 'orange' }) {
  const width = rate === null ? 0 : Math.min(100, Math.max(0, Math.round(rate * 1000) / 10));
  return (
    <View id={id} className="chart-track chart-meter">
      <View className={cx('chart-bar', `chart-fill--${tone}`)} style={{ width: `${width}%` }} />
    </View>
  );
}
