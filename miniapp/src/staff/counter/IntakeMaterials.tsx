import { Switch, Text, View } from '@tarojs/components';
import { materialUploaded, type CounterCaseView } from '@onetrip/shared';
import { Section } from '@/components';
import { MaterialCard } from '@/features/case-materials/MaterialCard';
import { sharedNote, usedBy } from '@/features/case-materials/notes';
import { useMaterialUploads } from '@/features/case-materials/use-material-uploads';
import { checkOriginal, putCounterMaterial } from '@/services/counter';
import { type CounterCaseState } from './use-counter-case';

type CaseMaterial = CounterCaseView['materials'][number];

/** 原件核验 of one material: the clerk has seen the original paper (stored with the clerk and the time). */
function OriginalCheck({ material, onChange }: { material: CaseMaterial; onChange: (checked: boolean) => void }) {
  const checked = material.originalChecked === true;
  return (
    <View className="counter-original" data-checked={checked}>
      <Text className="counter-original__label">{checked ? '✓ 原件已核验' : '原件已核验'}</Text>
      <Switch
        id={`original-${material.code}`}
        checked={checked}
        color="#07c160"
        onChange={(e) => onChange(e.detail.value)}
      />
    </View>
  );
}

/**
 * The papers the person brought, scanned (a PC's file picker, a phone's camera) and uploaded once per
 * material; under each, 原件已核验. `only`: the materials still owed after a 容缺 acceptance, which
 * the person may bring until the case is issued.
 */
export function IntakeMaterials({ record, only }: { record: CounterCaseState; only?: string[] }) {
  const view = record.data as CounterCaseView;
  const { uploading, add, remove } = useMaterialUploads(record, putCounterMaterial);
  const shown = only ? view.materials.filter((m) => only.includes(m.code)) : view.materials;
  const required = view.materials.filter((m) => m.required);
  const received = required.filter(materialUploaded).length;
  const originals = view.materials.filter((m) => m.originalChecked).length;
  const setOriginal = (code: string, checked: boolean) =>
    void record.write((version) => checkOriginal(view.id, version, code, checked));
  return (
    <Section id="counter-materials" title={only ? '容缺材料补交' : '二、材料：扫描上传，核验原件'}>
      {only ? null : (
        <View id="counter-materials-summary" className="hint">
          {`共 ${view.materials.length} 项；必交 ${required.length} 项已收 ${received} 项；原件已核验 ${originals} 项`}
        </View>
      )}
      {shown.map((material) => (
        <MaterialCard
          key={material.code}
          material={material}
          sharedNote={sharedNote(view, material)}
          usedBy={usedBy(view, material)}
          uploading={uploading[material.code]}
          onPick={(file, replacing, slot) => void add(material, file, replacing, slot)}
          onRemove={(id) => void remove(material, id)}
          extra={<OriginalCheck material={material} onChange={(checked) => setOriginal(material.code, checked)} />}
        />
      ))}
    </Section>
  );
}
