import { Text, View } from '@tarojs/components';
import { type HallDaySlots, type HallSlot } from '@onetrip/shared';
import { cx } from '@/utils/cx';
import { slotRange } from '../common/dates';

/** `09:30` → `book-slot-0930`: an element id without a colon. */
export const slotId = (slot: string) => `book-slot-${slot.replace(':', '')}`;

/** The day's half-hour slots with the seats left; started or full ones cannot be picked. */
export function SlotGrid(props: { day: HallDaySlots; picked: HallSlot | null; onPick: (slot: HallSlot) => void }) {
  return (
    <View id="book-slots" className="slot-grid">
      {props.day.slots.map((s) => {
        const open = s.bookable && s.remaining > 0;
        return (
          <View
            key={s.slot}
            id={slotId(s.slot)}
            data-open={open ? 'true' : 'false'}
            className={cx('slot', !open && 'slot--off', props.picked === s.slot && 'slot--on')}
            onClick={open ? () => props.onPick(s.slot) : undefined}
          >
            <Text className="slot__time">{slotRange(s.slot)}</Text>
            <Text className="slot__seats">
              {!s.bookable ? '已过' : s.remaining > 0 ? `余 ${s.remaining} 个号` : '已约满'}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
