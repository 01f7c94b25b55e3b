import { Text, View } from '@tarojs/components';
import { type Material } from '@onetrip/shared';
import { Section, Tag } from '@/components';
import { requiredLabel } from '@/utils/labels';
import { MaterialFiles } from './GuideFiles';

type MaterialRow = Pick<
  Material,
  | 'code'
  | 'name'
  | 'category'
  | 'required'
  | 'gapAllowed'
  | 'formats'
  | 'satisfiedBy'
  | 'sample'
  | 'sampleFile'
  | 'blankForm'
>;

interface MaterialListProps {
  materials: MaterialRow[];
  /** For a chain: which items need each material (shown under its name). */
  usedBy?: (code: string) => string | undefined;
  title?: string;
}

/** 申请材料: one row per material with 必交/非必交, 容缺 and 告知承诺, and its 样表 and 空白表格. */
export function MaterialList({ materials, usedBy, title = '申请材料' }: MaterialListProps) {
  return (
    <Section id="guide-materials" title={`${title}（共 ${materials.length} 份）`}>
      {materials.map((m, i) => (
        <View key={m.code} className="cell material" data-code={m.code}>
          <Text className="material__no">{i + 1}</Text>
          <View className="cell__main">
            <View className="material__name">{m.name}</View>
            <View className="material__tags">
              <Tag tone={m.required ? 'red' : 'grey'}>{requiredLabel(m.required)}</Tag>
              {m.gapAllowed ? <Tag tone="orange">容缺</Tag> : null}
              {m.satisfiedBy === 'commitment' ? <Tag tone="orange">告知承诺</Tag> : null}
              <Text className="muted">
                {m.category} · {m.formats.map((f) => f.toUpperCase()).join('/')}
              </Text>
            </View>
            {usedBy?.(m.code) ? <View className="muted">用于：{usedBy(m.code)}</View> : null}
            <MaterialFiles material={m} />
          </View>
        </View>
      ))}
      {materials.some((m) => m.gapAllowed) ? (
        <View className="hint">标“容缺”的材料暂缺时，签署承诺书即可先提交、先受理，按承诺期限补齐。</View>
      ) : null}
      {materials.some((m) => m.satisfiedBy === 'commitment') ? (
        <View className="hint">标“告知承诺”的材料以签署承诺书代替，无需提交，部门事后核查。</View>
      ) : null}
    </Section>
  );
}
