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
 * A six-digit code typed on big keys (the courier's receipt code, the window's pick-up code) (no system keyboard covering half the screen, no letters): one box per
 * digit above a 3×4 pad. The keys grow with 长辈模式.
 */
export function Keypad({ value, onChange, length = 6, disabled }: KeypadProps) {
  const boxes = Array.from({ length }, (_, i) => value[i] ?? '');
  return (
    <View className={cx('keypad', disabled && 'keypad--disabled')}>
      <View id="keypad-code" className="keypad__code" data-value={value}>
        {boxes.map((digit, i) => (
          <Text key={i} className={cx('keypad__box', i === value.length && !disabled && 'keypad__box--next')}>
            {digit}
          </Text>
        ))}
      </View>
      <View className="keypad__keys">
        {KEYS.map((key) => (
          <View
            key={key}
            id={`keypad-${key}`}
            className={cx('keypad__key', key.length > 1 && 'keypad__key--fn')}
            hoverClass="keypad__key--active"
            onClick={disabled ? undefined : () => onChange(pressKey(value, key, length))}
          >
            {key === 'del' ? '⌫' : key === 'clear' ? '清空' : key}
          </View>
        ))}
      </View>
    </View>
  );
}
