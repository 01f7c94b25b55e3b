import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type ChainList } from '@onetrip/shared';
import { Cell, Section, Tag } from '@/components';
import { PAGES } from '@/utils/navigation';

/** 一链办理: related items done with one form and one visit. Hidden until there are chains to show. */
export function ChainCards({ list, title }: { list: ChainList | undefined; title?: string }) {
  if (!list || list.items.length === 0) return null;
  return (
    <Section id="home-chains" title={title ?? '一链办理 · 一件事一次办'}>
      {list.items.map((chain) => (
        <Cell
          key={chain.code}
          className="chain-cell"
          title={
            <View className="chain-cell__title">
              <Text>{chain.name}</Text>
              <Tag tone="orange">一链办理</Tag>
            </View>
          }
          desc={
            <>
              <View>{chain.itemNames.join(' → ')}</View>
              <View>牵头部门：{chain.leadDepartment}</View>
            </>
          }
          onClick={() => void Taro.navigateTo({ url: PAGES.chain(chain.code) })}
        />
      ))}
    </Section>
  );
}
