import { ScrollView, Text, View } from '@tarojs/components';
import { cx } from '@/utils/cx';

export interface Chip {
  key: string;
  label: string;
  active: boolean;
  /** A filter that stands apart from the others (e.g. 零跑腿). */
  accent?: boolean;
}

/** A row of filter chips that scrolls sideways on a narrow screen. */
export function Chips({ chips, onToggle }: { chips: Chip[]; onToggle: (key: string) => void }) {
  return (
    <ScrollView className="chips" scrollX enhanced showScrollbar={false}>
      <View className="chips__row">
        {chips.map((chip) => (
          <Text
            key={chip.key}
            id={`chip-${chip.key}`}
            className={cx('chip', chip.active && 'chip--active', chip.accent && 'chip--accent')}
            onClick={() => onToggle(chip.key)}
          >
            {chip.label}
          </Text>
        ))}
      </View>
    </ScrollView>
  );
}
