import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Empty, Remote } from '@/components';
import { type ResourceView } from '@/hooks/use-resource';
import { type AdminChainList } from '@/services/admin-catalog';
import { ADMIN_PAGES } from '../common/links';

/** The chains (一链办理): name, lead department, how many items, the version. */
export function ChainsTable({ list }: { list: ResourceView<AdminChainList> }) {
  return (
    <Remote state={list}>
      {({ items }) =>
        items.length === 0 ? (
          <Empty title="还没有一链办理" desc="点“新建一链办理”把几个事项组成一件事" />
        ) : (
          <View className="admin-table">
            {items.map((chain) => (
              <View
                key={chain.code}
                id={`chain-row-${chain.code}`}
                className="admin-table__row cell--link"
                onClick={() => void Taro.navigateTo({ url: ADMIN_PAGES.chain(chain.code) })}
              >
                <Text className="admin-table__cell admin-items__code">{chain.code}</Text>
                <View className="admin-table__cell admin-items__name">
                  <Text>{chain.name}</Text>
                  <Text className="admin-items__dept">{`牵头：${chain.leadDepartment}`}</Text>
                </View>
                <Text className="admin-table__cell">{`${chain.items.length} 个事项`}</Text>
                <Text className="admin-table__cell">{`第 ${chain.version} 版`}</Text>
              </View>
            ))}
          </View>
        )
      }
    </Remote>
  );
}
