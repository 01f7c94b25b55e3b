import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type CounterCaseView } from '@onetrip/shared';
import { Tag } from '@/components';
import { cx } from '@/utils/cx';
import { missingAnchor, missingId, missingName } from './missing';

/**
 * What the case still lacks, as the server works it out after every change (`missing`): each entry
 * with its reason, whether it may be accepted with a gap, and a tap that scrolls to where it is fixed.
 * Always in sight: beside the form at a PC, above it on a phone.
 */
export function MissingPanel({ view }: { view: CounterCaseView }) {
  const { missing } = view;
  const go = (selector: string) => void Taro.pageScrollTo({ selector, duration: 200 }).catch(() => undefined);
  return (
    <View
      id="counter-missing"
      className={cx('missing counter-missing', !missing.length && 'counter-missing--ok')}
      data-count={missing.length}
    >
      <View id="missing-count" className="missing__title">
        {missing.length ? `还缺 ${missing.length} 项，补齐或容缺后可受理：` : '✓ 信息和材料齐全，可以受理'}
      </View>
      {missing.map((entry, i) => (
        <View
          key={`${missingId(entry)}-${i}`}
          id={missingId(entry)}
          className="missing__row"
          onClick={() => go(missingAnchor(view, entry))}
        >
          <Text className="missing__no">{i + 1}</Text>
          <View className="cell__main">
            <View className="missing__name">
              <Text>{missingName(view, entry)}</Text>
              {entry.gapAllowed ? <Tag tone="orange">可容缺</Tag> : null}
            </View>
            <View className="missing__reason">{entry.reason}</View>
          </View>
        </View>
      ))}
    </View>
  );
}
