import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { isMissingField, isMissingMaterial, type MissingEntry } from '@/services/error-details';
import { PAGES } from '@/utils/navigation';

/** The server lists a missing delivery choice as the pseudo-field `delivery` (when no form field has that key). */
const isDelivery = (entry: MissingEntry, view: ApplicationView) =>
  isMissingField(entry) && entry.field === 'delivery' && !view.form.fields.some((f) => f.key === 'delivery');

/** The material's code or the field's key the entry is about. */
const keyOf = (entry: MissingEntry) => (isMissingMaterial(entry) ? entry.materialCode : entry.field);

/** 一次性告知: everything still missing, each with the way back to fix it. */
export function MissingList({ view, missing }: { view: ApplicationView; missing: MissingEntry[] }) {
  const open = (entry: MissingEntry) =>
    void Taro.navigateTo({
      url: isMissingMaterial(entry)
        ? PAGES.applyMaterials(view.id)
        : isDelivery(entry, view)
          ? PAGES.applyDelivery(view.id)
          : PAGES.applyForm(view.id, true),
    });
  return (
    <View id="missing-list" className="missing">
      <View className="missing__title">{`还有 ${missing.length} 项需要补齐，补齐后再提交：`}</View>
      {missing.map((entry, i) => {
        const material = isMissingMaterial(entry);
        const key = keyOf(entry);
        const name = material
          ? (view.materials.find((m) => m.code === key)?.name ?? key)
          : isDelivery(entry, view)
            ? '领取方式'
            : (view.form.fields.find((f) => f.key === key)?.label ?? key);
        const kind = material ? 'material' : 'field';
        return (
          <View
            key={`${kind}-${key}-${i}`}
            id={`missing-${kind}-${key}`}
            className="missing__row"
            data-kind={kind}
            data-key={key}
            onClick={() => open(entry)}
          >
            <Text className="missing__no">{i + 1}</Text>
            <View className="cell__main">
              <View className="missing__name">
                {material ? `材料：${name}` : isDelivery(entry, view) ? name : `信息：${name}`}
              </View>
              <View className="missing__reason">{entry.reason}</View>
            </View>
            <Text className="link missing__go">
              {material ? '去上传' : isDelivery(entry, view) ? '去选择' : '去填写'}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
