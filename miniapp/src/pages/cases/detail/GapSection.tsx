import { View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Section } from '@/components';
import { type CaseState } from '@/hooks/use-case';
import { putMaterials } from '@/services/applications';
import { MaterialCard } from '@/features/case-materials/MaterialCard';
import { useMaterialUploads } from '@/features/case-materials/use-material-uploads';
import { useIdentityUploadConsent } from '@/features/consent';

/** `2026-12-08` → `12月8日`. */
const cnDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/**
 * 容缺受理: the materials the case was accepted without, each with its deadline (red once past: the
 * certificate waits), and the upload that closes the gap — on the case page, since the application
 * steps are closed once the case is submitted.
 */
export function GapSection({ caseState }: { caseState: CaseState }) {
  const view = caseState.data as ApplicationView;
  const identity = useIdentityUploadConsent(view);
  const { uploading, add, remove } = useMaterialUploads(caseState, putMaterials, {
    beforeUpload: identity.beforeUpload,
  });
  const gaps = view.gapList ?? [];
  if (!gaps.length) return null;
  const { due, overdue } = gaps[0]!;
  return (
    <Section id="case-gaps" title="容缺材料待补交">
      <View id="case-gaps-due" className={`gap-due ${overdue ? 'gap-due--overdue' : ''}`}>
        {overdue
          ? `已超过补交期限（${cnDay(due)}），请尽快上传；补齐前暂不能出证`
          : `请于 ${cnDay(due)} 前上传以下材料${view.commitment ? '（已签署承诺书）' : ''}`}
      </View>
      {gaps.map((gap) => {
        const material = view.materials.find((m) => m.code === gap.materialCode);
        if (!material) return null;
        return (
          <MaterialCard
            key={gap.materialCode}
            material={material}
            sharedNote=""
            usedBy=""
            uploading={uploading[gap.materialCode]}
            onPick={(file, replacing) => void add(material, file, replacing)}
            onRemove={(id) => void remove(material, id)}
          />
        );
      })}
      {identity.sheet}
    </Section>
  );
}
