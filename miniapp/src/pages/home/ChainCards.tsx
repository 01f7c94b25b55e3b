import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type ChainList } from '@onetrip/shared';
import { Cell, Remote, Section, Tag } from '@/components';
import { type AsyncState } from '@/hooks/use-async';
import { PAGES } from '@/utils/navigation';

/** 一链办理: related items done with one form and one visit. */
export function ChainCards({ state }: { state: AsyncState<ChainList> }) {
  return (
    <Section id='home-chains' title='一链办理 · 一件事一次办'>
      <Remote state={state}>
        {(list) =>
          list.items.map((chain) => (
            <Cell
              key={chain.code}
              className='chain-cell'
              title={
                <View className='chain-cell__title'>
                  <Text>{chain.name}</Text>
                  <Tag tone='orange'>一链办理</Tag>
                </View>
              }
              desc={`${chain.itemNames.join(' → ')}｜牵头：${chain.leadDepartment}`}
              onClick={() => void Taro.navigateTo({ url: PAGES.chain(chain.code) })}
            />
          ))
        }
      </Remote>
    </Section>
  );
}
