import { useEffect, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { openUploadPreview, type UploadPreview } from '@/platform/upload-preview';
import { previewOf } from './preview-cache';

/** A small preview of one uploaded file (the image itself, or a PDF tile); tap to open it. */
export function UploadThumb({ id, index }: { id: string; index: number }) {
  const [preview, setPreview] = useState<UploadPreview | null>(null);
  const [failed, setFailed] = useState(false);
  const [notImage, setNotImage] = useState(false);

  useEffect(() => {
    let gone = false;
    previewOf(id).then(
      (p) => !gone && setPreview(p),
      () => !gone && setFailed(true),
    );
    return () => {
      gone = true;
    };
  }, [id]);

  const open = () => preview && openUploadPreview(preview);
  const image = preview && !notImage && (preview.mime === '' || preview.mime.startsWith('image/'));
  return (
    <View className="thumb" data-upload={id} onClick={open}>
      {image ? (
        <Image className="thumb__img" src={preview.url} mode="aspectFill" onError={() => setNotImage(true)} />
      ) : (
        <View className="thumb__tile">
          <Text className="thumb__kind">{failed ? '!' : preview ? 'PDF' : '…'}</Text>
          <Text className="thumb__name">{failed ? '预览失败' : `第 ${index + 1} 份`}</Text>
        </View>
      )}
    </View>
  );
}
