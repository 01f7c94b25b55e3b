import { type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { slotOf, slotsMissing, type ApplicationView } from '@onetrip/shared';
import { Tag } from '@/components';
import { FilePicker, type PickedFile } from '@/platform/pick-file';
import { openCatalogFile } from '@/utils/catalog-file';
import { formatsText, RETAKE_HINT } from '@/utils/file-rules';
import { requiredLabel } from '@/utils/labels';
import { heldLabel, heldText } from './held';
import { SlotBoxes } from './SlotBoxes';
import { UploadThumb } from './UploadThumb';
import { MAX_FILES_PER_MATERIAL, type Uploading } from './use-material-uploads';

type CaseMaterial = ApplicationView['materials'][number];

interface MaterialCardProps {
  material: CaseMaterial;
  /** '二手房交易中 3 个事项共用，只需上传一次', when more than one item needs it. */
  sharedNote: string;
  /** The names of the items that need it, when the case has more than one. */
  usedBy: string;
  uploading: Uploading | undefined;
  /** `slot`: the side (人像面, 国徽面) the file is for, on a material photographed side by side. */
  onPick: (file: PickedFile, replacing?: string, slot?: string) => void;
  onRemove: (id: string) => void;
  /** Under the files: what the counter adds (原件核验). */
  extra?: ReactNode;
  /** 使用电子证照: the applicant's licences for it (LicenceChoice), where the caller offers them. */
  licenceChoice?: ReactNode;
}

/** One material: what it is, who needs it, its files (预览, 替换, 删除) and the buttons to add one. */
export function MaterialCard(props: MaterialCardProps) {
  const { material, sharedNote, usedBy, uploading, onPick, onRemove, extra, licenceChoice } = props;
  const { code, uploadIds, heldBy, slots, sampleFile } = material;
  const busy = uploading !== undefined;
  const count = uploadIds.length;
  // 分面上传: the sides still to photograph once one is in (a slotted material is complete only with all).
  const sidesMissing = count > 0 ? slotsMissing(material) : [];
  const photo = material.formats.includes('jpg') || material.formats.includes('png');
  // Files that name no side (sent before sides existed, or by a client without them) are listed as before.
  const loose = slots?.length ? uploadIds.filter((id) => !slotOf(material, id)) : uploadIds;
  return (
    <View id={`material-${code}`} className="material-card" data-code={code}>
      <View className="material-card__head">
        <Text className="material-card__name">{material.name}</Text>
        <Tag tone={sidesMissing.length ? 'orange' : count > 0 || heldBy ? 'green' : material.required ? 'red' : 'grey'}>
          {count > 0 ? `已上传 ${count} 份` : heldBy ? heldLabel(heldBy) : '未上传'}
        </Tag>
      </View>
      <View className="material-card__tags">
        <Tag tone={material.required ? 'red' : 'grey'}>{requiredLabel(material.required)}</Tag>
        {material.gapAllowed ? <Tag tone="orange">容缺</Tag> : null}
        {material.satisfiedBy === 'commitment' ? <Tag tone="orange">告知承诺</Tag> : null}
        <Text className="muted">
          {material.category} · {formatsText(material.formats)} · 每份不超过 10 MB
        </Text>
      </View>
      {heldBy ? (
        // 材料免提交: the centre holds it; an upload is still possible (a clearer copy)
        <View className="material-card__held" id={`material-${code}-held`}>
          {heldText(heldBy)}
        </View>
      ) : null}
      {licenceChoice}
      {sharedNote && !(heldBy && !count) ? (
        <View className="material-card__shared" id={`material-${code}-shared`}>
          {sharedNote}
        </View>
      ) : null}
      {usedBy ? <View className="muted">用于：{usedBy}</View> : null}
      {material.sample ? <View className="muted">要求：{material.sample}</View> : null}
      {photo ? (
        <View className="material-card__retake" id={`material-${code}-retake`}>
          <Text>{RETAKE_HINT}</Text>
          {sampleFile ? (
            <Text
              className="link material-card__sample"
              id={`material-${code}-sample`}
              onClick={() => void openCatalogFile(sampleFile)}
            >
              查看示例
            </Text>
          ) : null}
        </View>
      ) : sampleFile ? (
        <Text
          className="link material-card__sample"
          id={`material-${code}-sample`}
          onClick={() => void openCatalogFile(sampleFile)}
        >
          查看示例
        </Text>
      ) : null}
      {sidesMissing.length ? (
        <View className="material-card__sides" id={`material-${code}-sides-missing`}>
          {`还差${sidesMissing.map((s) => s.label).join('、')}，请补拍`}
        </View>
      ) : null}
      {/* What the centre holds needs no 容缺: nothing is missing. */}
      {material.gapAllowed && !heldBy ? (
        <View className="muted">容缺：确实暂缺时，签署承诺书后可先提交，受理后按期补交</View>
      ) : null}
      {material.satisfiedBy === 'commitment' && !heldBy ? (
        <View className="muted">告知承诺：签署承诺书即可代替此材料，部门事后核查</View>
      ) : null}

      {slots?.length ? (
        <SlotBoxes material={{ ...material, slots }} busy={busy} onPick={onPick} onRemove={onRemove} />
      ) : null}

      {loose.length > 0 ? (
        <View className="thumbs">
          {loose.map((id) => (
            <View key={id} className="thumbs__item">
              <UploadThumb id={id} index={uploadIds.indexOf(id)} />
              <View className="thumbs__actions">
                <FilePicker
                  compact
                  label="替换"
                  formats={material.formats}
                  disabled={busy}
                  onPick={(file) => onPick(file, id)}
                />
                <Text className="thumbs__remove" onClick={() => !busy && onRemove(id)}>
                  删除
                </Text>
              </View>
            </View>
          ))}
        </View>
      ) : null}

      {uploading ? (
        <View className="upload-progress" id={`upload-progress-${code}`}>
          <View className="upload-progress__track">
            <View className="upload-progress__bar" style={{ width: `${uploading.percent}%` }} />
          </View>
          <Text className="upload-progress__text">{`上传中 ${uploading.percent}%`}</Text>
        </View>
      ) : null}

      {count < MAX_FILES_PER_MATERIAL && !slots?.length ? (
        // A material the centre holds asks for nothing: a copy can still be added, by a plain button.
        <FilePicker
          formats={material.formats}
          disabled={busy}
          onPick={(file) => onPick(file)}
          {...(heldBy && !count ? { compact: true, label: '另行上传（可选）' } : {})}
        />
      ) : null}
      {extra}
    </View>
  );
}
