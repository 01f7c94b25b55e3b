import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { materialUploaded, type ApplicationView } from '@onetrip/shared';
import { Button, FooterBar } from '@/components';
import { MaterialCard } from '@/features/case-materials/MaterialCard';
import { sharedNote, usedBy } from '@/features/case-materials/notes';
import { useMaterialUploads } from '@/features/case-materials/use-material-uploads';
import { LicenceChoice } from '@/features/case-materials/LicenceChoice';
import { useLicences } from '@/features/case-materials/use-licences';
import { useIdentityUploadConsent } from '@/features/consent';
import { type CaseState } from '@/hooks/use-case';
import { putMaterials } from '@/services/applications';
import {
  nextNamedStep,
  stepUrl,
  supplementPlan,
  STEP_DELIVERY,
  STEP_MATERIALS,
  STEP_NEXT_LABELS,
} from '@/features/supplement';
import { Fold } from '../common/Fold';
import { NoticeBanner } from '../common/NoticeBanner';

type CaseMaterial = ApplicationView['materials'][number];

/** Every material of the case once (a chain's are merged by code), with what is still missing. */
export function MaterialsBody({ caseState }: { caseState: CaseState }) {
  const view = caseState.data as ApplicationView;
  // The first upload of an identity document asks its own consent first (身份证件照片).
  const identity = useIdentityUploadConsent(view);
  const uploads = useMaterialUploads(caseState, putMaterials, { beforeUpload: identity.beforeUpload });
  const { uploading } = uploads;
  const licences = useLicences(caseState);
  const card = materialCard(view, uploads, licences);
  // 补正: the materials the notice names first, each with its reason; the others folded away.
  const plan = supplementPlan(view);
  const named = plan ? view.materials.filter((m) => plan.materials[m.code] !== undefined) : [];
  const others = plan ? view.materials.filter((m) => plan.materials[m.code] === undefined) : [];
  const nextStep = plan ? nextNamedStep(plan, STEP_MATERIALS) : STEP_DELIVERY;
  const required = view.materials.filter((m) => m.required);
  // A material the centre holds (系统已核验, 电子证照) is done without an upload.
  // A slotted one (人像面, 国徽面) is done once every side is in.
  const requiredDone = required.filter((m) => materialUploaded(m) || m.heldBy).length;

  return (
    <View id="materials">
      <View className="hint">
        <Text id="materials-summary">
          {`共 ${view.materials.length} 项材料；必交 ${required.length} 项，已传 ${requiredDone} 项`}
        </Text>
        。请拍清楚四角、文字可辨；每份材料只需上传一次。
      </View>
      {plan ? <NoticeBanner id="notice-materials" named={named.length} what="材料" /> : null}
      {named.map((material) => (
        <View
          key={material.code}
          id={`notice-material-${material.code}`}
          className="notice-highlight"
          data-code={material.code}
        >
          <View className="notice-reason">{`补正要求：${plan?.materials[material.code] ?? ''}`}</View>
          {card(material)}
        </View>
      ))}
      {plan && others.length > 0 ? (
        <Fold id="materials-others" title={`其他材料（无需修改，共 ${others.length} 项）`}>
          {others.map(card)}
        </Fold>
      ) : null}
      {plan ? null : view.materials.map(card)}
      {identity.sheet}
      <FooterBar>
        <Button
          id="materials-next"
          kind="primary"
          block
          disabled={Object.keys(uploading).length > 0}
          onClick={() => void Taro.navigateTo({ url: stepUrl(view.id, nextStep) })}
        >
          {`下一步：${STEP_NEXT_LABELS[nextStep] ?? '选择领取方式'}`}
        </Button>
      </FooterBar>
    </View>
  );
}

/** One material's card, as the application shows it (shared files, 电子证照). */
function materialCard(
  view: ApplicationView,
  uploads: ReturnType<typeof useMaterialUploads<ApplicationView>>,
  licences: ReturnType<typeof useLicences>,
) {
  const { uploading, add, remove } = uploads;
  return function card(material: CaseMaterial) {
    return (
      <MaterialCard
        key={material.code}
        material={material}
        sharedNote={sharedNote(view, material)}
        usedBy={usedBy(view, material)}
        uploading={uploading[material.code]}
        onPick={(file, replacing, slot) => void add(material, file, replacing, slot)}
        onRemove={(id) => void remove(material, id)}
        licenceChoice={
          licences.enabled ? (
            <LicenceChoice
              material={material}
              licences={licences.matching(material)}
              busy={licences.busy}
              onUse={(licenceId) => void licences.use(material, licenceId)}
              onStop={() => void licences.stop(material)}
            />
          ) : null
        }
      />
    );
  };
}
