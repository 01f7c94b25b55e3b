import { Text, View } from '@tarojs/components';
import { type ItemSummary } from '@onetrip/shared';
import { promisedDaysLabel, tripsLabel } from '@/utils/labels';
import { Tag } from './Tag';

type ItemRowData = Pick<ItemSummary, 'code' | 'name' | 'department' | 'trips' | 'promisedDays'>;

/** One item in a list: name, department, 零跑腿/只跑一次, promised days. */
export function ItemRow({
  item,
  index,
  onClick,
}: {
  item: ItemRowData;
  index?: number;
  onClick: (code: string) => void;
}) {
  return (
    <View className="item-row cell cell--link" hoverClass="cell--active" onClick={() => onClick(item.code)}>
      {index !== undefined ? <Text className="item-row__index">{index + 1}</Text> : null}
      <View className="cell__main">
        <View className="item-row__name">{item.name}</View>
        <View className="item-row__meta">
          <Tag tone={item.trips === 0 ? 'green' : 'blue'}>{tripsLabel(item.trips)}</Tag>
          <Text className="item-row__dept">{item.department}</Text>
        </View>
        <View className="item-row__days">{promisedDaysLabel(item.promisedDays)}</View>
      </View>
      <Text className="cell__arrow">›</Text>
    </View>
  );
}
