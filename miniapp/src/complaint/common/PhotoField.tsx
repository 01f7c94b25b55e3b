import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { COMPLAINT_MAX_PHOTOS } from '@onetrip/shared';
import { Button } from '@/components';
import { FilePicker, type PickedFile } from '@/platform/pick-file';
import { rememberPreview } from '@/features/case-materials/preview-cache';
import { UploadThumb } from '@/features/case-materials/UploadThumb';
import { errorMessage } from '@/services/api-error';
import { MAX_UPLOAD_BYTES, uploadFile } from '@/services/uploads';
import { toast } from '@/utils/toast';

/** Up to three photos (拍照 or 从相册选; a file input on H5), each uploaded at once; 删除 takes one off again. */
export function PhotoField({ photos, onChange }: { photos: string[]; onChange: (ids: string[]) => void }) {
  const [busy, setBusy] = useState(false);
  const add = async (file: PickedFile) => {
    if (file.size > MAX_UPLOAD_BYTES) {
      toast('照片不能超过 10 MB');
      return;
    }
    setBusy(true);
    try {
      const stored = await uploadFile(file, undefined, { silent: true });
      rememberPreview(stored.id, { url: file.path, mime: file.mime || stored.mime });
      onChange([...photos, stored.id]);
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View id="complaint-photos" className="complaint-photos">
      <View className="complaint-photos__list">
        {photos.map((id, i) => (
          <View key={id} className="complaint-photos__item">
            <UploadThumb id={id} index={i} />
            <Button
              id={`complaint-photo-remove-${i}`}
              size="small"
              kind="plain"
              onClick={() => onChange(photos.filter((p) => p !== id))}
            >
              删除
            </Button>
          </View>
        ))}
      </View>
      {photos.length < COMPLAINT_MAX_PHOTOS ? (
        <FilePicker
          formats={['jpg', 'png']}
          label={busy ? '上传中…' : '添加照片'}
          disabled={busy}
          onPick={(f) => void add(f)}
        />
      ) : null}
      <Text className="muted">{`选填，最多 ${COMPLAINT_MAX_PHOTOS} 张，可拍照或从相册选择`}</Text>
    </View>
  );
}
