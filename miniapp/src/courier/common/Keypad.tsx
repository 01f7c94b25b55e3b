import { Text, View } from '@tarojs/components';
import { cx } from '@/utils/cx';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'del'] as const;
type Key = (typeof KEYS)[number];

/** The value after one key: a digit is added while there is room, ⌫ takes the last one off, 清空 all. */
export function pressKey(value: string, key: Key, length: number): string {
  if (key === 'del') return value.slice(0, -1);
  if (key === 'clear') return '';
  return value.length < length ? value + key : value;
}

interface KeypadProps {
  value: string;
  onChange: (value: string) => void;
  length?: number;
  disabled?: boolean;
}

/**
 * A code typed on big keys (no system keyboard covering half the screen, no letters): one box per
 * digit above a 3×4 pad. The keys grow with 长辈模式.
 */
export function Keypad({ value, onChange, length = 6, disabled }: KeypadProps) {
  const boxes = Array.from({ length }, (_, i) => value[i] ?? '');
  return (
    <View className={cx('courier-keypad', disabled && 'courier-keypad--disabled')}>
      <View id="keypad-code" className="courier-keypad__code" data-value={value}>
        {boxes.map((digit, i) => (
          <Text
            key={i}
            className={cx('courier-keypad__box', i === value.length && !disabled && 'courier-keypad__box--next')}
          >
            {digit}
          </Text>
        ))}
      </View>
      <View className="courier-keypad__keys">
        {KEYS.map((key) => (
          <View
            key={key}
            id={`keypad-${key}`}
            className={cx('courier-keypad__key', key.length > 1 && 'courier-keypad__key--fn')}
            hoverClass="courier-keypad__key--active"
            onClick={disabled ? undefined : () => onChange(pressKey(value, key, length))}
          >
            {key === 'del' ? '⌫' : key === 'clear' ? '清空' : key}
          </View>
        ))}
      </View>
    </View>
  );
}
