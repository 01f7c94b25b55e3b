import { View } from '@tarojs/components';
import { type ItemSummary } from '@onetrip/shared';
import { HelpPhones, ItemRow, Section } from '@/components';

/** How many 大家常办 items an empty search offers. */
const POPULAR_SHOWN = 5;

/**
 * A search that found nothing is not a dead end: whom to call (12345 and the centre's line) and the
 * items people apply for most (the catalog's own order: popular first).
 */
export function NoResults({ popular, onOpen }: { popular: readonly ItemSummary[]; onOpen: (code: string) => void }) {
  return (
    <View id="home-no-results">
      <HelpPhones id="home-help-phones" title="没找到？打个电话问一问" />
      {popular.length > 0 ? (
        <Section id="home-popular" title="大家常办">
          {popular.slice(0, POPULAR_SHOWN).map((item) => (
            <ItemRow key={item.code} item={item} onClick={onOpen} />
          ))}
        </Section>
      ) : null}
    </View>
  );
}
