import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { PAGES } from '@/utils/navigation';

/** One entry of a 422 INCOMPLETE: a field or a material, and why. */
export interface MissingEntry {
  field?: string;
  materialCode?: string;
  reason: string;
}

/** The details of INCOMPLETE, keeping only entries of the contract's shape. */
export function toMissing(details: unknown[]): MissingEntry[] {
  return details.flatMap((d) => {
    if (!d || typeof d !== 'object') return [];
    const { field, materialCode, reason } = d as Record<string, unknown>;
    if (typeof reason !== 'string') return [];
    return [
      {
        ...(typeof field === 'string' ? { field } : {}),
        ...(typeof materialCode === 'string' ? { materialCode } : {}),
        reason,
      },
    ];
  });
}

/** The server lists a missing delivery choice as the pseudo-field `delivery` (when no form field has that key). */
const isDelivery = (entry: MissingEntry, view: ApplicationView) =>
  entry.field === 'delivery' && !view.form.fields.some((f) => f.key === 'delivery');

/** 一次性告知: everything still missing, each with the way back to fix it. */
export function MissingList({ view, missing }: { view: ApplicationView; missing: MissingEntry[] }) {
  const open = (entry: MissingEntry) =>
    void Taro.navigateTo({
      url: entry.materialCode
        ? PAGES.applyMaterials(view.id)
        : isDelivery(entry, view)
          ? PAGES.applyDelivery(view.id)
          : PAGES.applyForm(view.id, true),
    });
  return (
    <View id="missing-list" className="missing">
      <View className="missing__title">{`还有 ${missing.length} 项需要补齐，补齐后再提交：`}</View>
      {missing.map((entry, i) => {
        const name = entry.materialCode
          ? (view.materials.find((m) => m.code === entry.materialCode)?.name ?? entry.materialCode)
          : isDelivery(entry, view)
            ? '领取方式'
            : entry.field
              ? (view.form.fields.find((f) => f.key === entry.field)?.label ?? entry.field)
              : '';
        const kind = entry.materialCode ? 'material' : 'field';
        return (
          <View
            key={`${kind}-${entry.materialCode ?? entry.field ?? ''}-${i}`}
            id={`missing-${kind}-${entry.materialCode ?? entry.field ?? i}`}
            className="missing__row"
            data-kind={kind}
            data-key={entry.materialCode ?? entry.field ?? ''}
            onClick={() => open(entry)}
          >
            <Text className="missing__no">{i + 1}</Text>
            <View className="cell__main">
              <View className="missing__name">
                {entry.materialCode ? `材料：${name}` : isDelivery(entry, view) ? name : `信息：${name}`}
              </View>
              <View className="missing__reason">{entry.reason}</View>
            </View>
            <Text className="link missing__go">
              {entry.materialCode ? '去上传' : isDelivery(entry, view) ? '去选择' : '去填写'}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
