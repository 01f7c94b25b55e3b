import { ScrollView, Text, View } from '@tarojs/components';
import { type HallDaySlots } from '@onetrip/shared';
import { cx } from '@/utils/cx';
import { chipDay } from '../common/dates';
import { seatsLeft } from './booking-days';

/** The working days one may book, across; a full day says 约满 and cannot be picked. */
export function DateStrip(props: {
  days: HallDaySlots[];
  today: string;
  picked: string;
  onPick: (date: string) => void;
}) {
  return (
    <ScrollView id="book-dates" className="date-strip" scrollX enhanced showScrollbar={false}>
      <View className="date-strip__row">
        {props.days.map((day) => {
          const { name, short } = chipDay(day.date, props.today);
          const left = seatsLeft(day);
          return (
            <View
              key={day.date}
              id={`book-date-${day.date}`}
              className={cx('date-chip', left === 0 && 'date-chip--full', day.date === props.picked && 'date-chip--on')}
              onClick={left > 0 ? () => props.onPick(day.date) : undefined}
            >
              <Text className="date-chip__name">{name}</Text>
              <Text>{short}</Text>
              <Text className="date-chip__seats">{left > 0 ? `余 ${left}` : '约满'}</Text>
            </View>
          );
        })}
      </View>
    </ScrollView>
  );
}
