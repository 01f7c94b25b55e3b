import { Text, View } from '@tarojs/components';
import { fileOfSlot, type ApplicationView } from '@onetrip/shared';
import { FilePicker, type PickedFile } from '@/platform/pick-file';
import { openCatalogFile } from '@/utils/catalog-file';
import { cx } from '@/utils/cx';
import { UploadThumb } from './UploadThumb';

type CaseMaterial = ApplicationView['materials'][number];

interface SlotBoxesProps {
  material: CaseMaterial & { slots: NonNullable<CaseMaterial['slots']> };
  busy: boolean;
  onPick: (file: PickedFile, replacing: string | undefined, slot: string) => void;
  onRemove: (id: string) => void;
}

/**
 * 分面上传: one labelled box per side (人像面, 国徽面) — an outline of the card with 上传 until it has its
 * photo, then the photo with 替换 and 删除 — and the side's example when the guide has one.
 */
export function SlotBoxes({ material, busy, onPick, onRemove }: SlotBoxesProps) {
  const { code } = material;
  return (
    <View className="slots" id={`material-${code}-slots`}>
      {material.slots.map((slot) => {
        const file = fileOfSlot(material, slot.key);
        return (
          <View
            key={slot.key}
            id={`slot-${code}-${slot.key}`}
            className={cx('slot', file && 'slot--filled')}
            data-slot={slot.key}
            data-upload-slot={file ?? ''}
          >
            <View className="slot__head">
              <Text className="slot__label">{slot.label}</Text>
              <Text className={file ? 'slot__state slot__state--done' : 'slot__state'}>
                {file ? '✓ 已上传' : '待上传'}
              </Text>
            </View>
            {file ? (
              <View className="thumbs__item">
                <UploadThumb id={file} index={material.uploadIds.indexOf(file)} />
                <View className="thumbs__actions">
                  <FilePicker
                    compact
                    label="替换"
                    formats={material.formats}
                    disabled={busy}
                    onPick={(picked) => onPick(picked, file, slot.key)}
                  />
                  <Text className="thumbs__remove" onClick={() => !busy && onRemove(file)}>
                    删除
                  </Text>
                </View>
              </View>
            ) : (
              <View className={cx('slot__outline', `slot__outline--${slot.key}`)}>
                <View className="slot__figure" />
                <Text className="slot__outline-text">{`请拍摄${slot.label}`}</Text>
                <FilePicker
                  formats={material.formats}
                  disabled={busy}
                  label={`上传${slot.label}`}
                  onPick={(picked) => onPick(picked, undefined, slot.key)}
                />
              </View>
            )}
            {slot.sampleFile ? (
              <Text
                className="link slot__sample"
                id={`slot-${code}-${slot.key}-sample`}
                onClick={() => slot.sampleFile && void openCatalogFile(slot.sampleFile)}
              >
                查看示例
              </Text>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
