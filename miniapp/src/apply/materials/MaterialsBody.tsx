import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Button, FooterBar } from '@/components';
import { MaterialCard } from '@/features/case-materials/MaterialCard';
import { sharedNote, usedBy } from '@/features/case-materials/notes';
import { useMaterialUploads } from '@/features/case-materials/use-material-uploads';
import { LicenceChoice } from '@/features/case-materials/LicenceChoice';
import { useLicences } from '@/features/case-materials/use-licences';
import { type CaseState } from '@/hooks/use-case';
import { putMaterials } from '@/services/applications';
import { PAGES } from '@/utils/navigation';

/** Every material of the case once (a chain's are merged by code), with what is still missing. */
export function MaterialsBody({ caseState }: { caseState: CaseState }) {
  const view = caseState.data as ApplicationView;
  const { uploading, add, remove } = useMaterialUploads(caseState, putMaterials);
  const licences = useLicences(caseState);
  const required = view.materials.filter((m) => m.required);
  // A material the centre holds (系统已核验, 电子证照) is done without an upload.
  const requiredDone = required.filter((m) => m.uploadIds.length > 0 || m.heldBy).length;

  return (
    <View id="materials">
      <View className="hint">
        <Text id="materials-summary">
          {`共 ${view.materials.length} 项材料；必交 ${required.length} 项，已传 ${requiredDone} 项`}
        </Text>
        。请拍清楚四角、文字可辨；每份材料只需上传一次。
      </View>
      {view.materials.map((material) => (
        <MaterialCard
          key={material.code}
          material={material}
          sharedNote={sharedNote(view, material)}
          usedBy={usedBy(view, material)}
          uploading={uploading[material.code]}
          onPick={(file, replacing) => void add(material, file, replacing)}
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
      ))}
      <FooterBar>
        <Button
          id="materials-next"
          kind="primary"
          block
          disabled={Object.keys(uploading).length > 0}
          onClick={() => void Taro.navigateTo({ url: PAGES.applyDelivery(view.id) })}
        >
          下一步：选择领取方式
        </Button>
      </FooterBar>
    </View>
  );
}
