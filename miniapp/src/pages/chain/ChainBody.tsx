import { useEffect, useMemo } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type ChainGuide } from '@onetrip/shared';
import { HelpPhones, ItemRow, Section, Tag } from '@/components';
import { tripsLabel, workingDays } from '@/utils/labels';
import { PAGES } from '@/utils/navigation';
import { MaterialList } from '../guide/MaterialList';
import '../guide/index.scss';

/** The chain's items in order, and what is asked once for all of them. */
export function ChainBody({ chain }: { chain: ChainGuide }) {
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: chain.name }).catch(() => undefined);
  }, [chain.name]);

  const names = useMemo(() => new Map(chain.items.map((item) => [item.code, item.name])), [chain.items]);
  const usedBy = (code: string) => {
    const material = chain.materials.find((m) => m.code === code);
    return material?.itemCodes.map((c) => names.get(c) ?? c).join('、');
  };

  return (
    <View>
      <View className="head-card">
        <Text id="chain-name" className="head-card__title">
          {chain.name}
        </Text>
        <View className="head-card__sub">牵头部门：{chain.leadDepartment}</View>
        <View className="head-card__tags">
          <Tag tone="orange">一链办理</Tag>
          <Tag tone={chain.trips === 0 ? 'green' : 'blue'}>{tripsLabel(chain.trips)}</Tag>
        </View>
        {chain.description ? <View className="muted">{chain.description}</View> : null}
        <View className="facts">
          <View id="chain-promised-days" className="facts__row">
            <Text className="facts__label">承诺时限</Text>
            <Text className="facts__value">{workingDays(chain.promisedDays)}</Text>
          </View>
          <View id="chain-form-fields" className="facts__row">
            <Text className="facts__label">一张表单</Text>
            <Text className="facts__value">{`共 ${chain.form.fields.length} 项`}</Text>
            <Text className="facts__note">各事项相同的信息只填一次</Text>
          </View>
          <View id="chain-materials-count" className="facts__row">
            <Text className="facts__label">申请材料</Text>
            <Text className="facts__value">{`共 ${chain.materials.length} 份`}</Text>
            <Text className="facts__note">每份只交一次</Text>
          </View>
        </View>
      </View>

      <Section id="chain-items" title={`包含 ${chain.items.length} 个事项（按办理顺序）`}>
        {chain.items.map((item, i) => (
          <ItemRow
            key={item.code}
            item={item}
            index={i}
            onClick={(c) => void Taro.navigateTo({ url: PAGES.guide(c) })}
          />
        ))}
      </Section>

      <MaterialList title="合并材料 · 每份只交一次" materials={chain.materials} usedBy={usedBy} />
      <HelpPhones id="chain-help" title="还有疑问？可以电话咨询" />
    </View>
  );
}
