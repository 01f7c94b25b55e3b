import { Text, View } from '@tarojs/components';
import { type Material } from '@onetrip/shared';
import { Section, Tag } from '@/components';
import { requiredLabel } from '@/utils/labels';

type MaterialRow = Pick<Material, 'code' | 'name' | 'category' | 'required' | 'gapAllowed' | 'formats'>;

interface MaterialListProps {
  materials: MaterialRow[];
  /** For a chain: which items need each material (shown under its name). */
  usedBy?: (code: string) => string | undefined;
  title?: string;
}

/** 申请材料: one row per material with 必交/非必交 and 容缺. */
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
              <Text className="muted">
                {m.category} · {m.formats.map((f) => f.toUpperCase()).join('/')}
              </Text>
            </View>
            {usedBy?.(m.code) ? <View className="muted">用于：{usedBy(m.code)}</View> : null}
          </View>
        </View>
      ))}
      {materials.some((m) => m.gapAllowed) ? (
        <View className="hint">标“容缺”的材料暂缺时可先受理，办结前补齐即可。</View>
      ) : null}
    </Section>
  );
}
