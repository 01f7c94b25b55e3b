import Taro from '@tarojs/taro';
import { authHeader } from '@/services/request';
import { uploadUrl } from '@/services/uploads';
import { type UploadPreview } from './upload-preview-types';

export { type UploadPreview } from './upload-preview-types';

export async function loadUploadPreview(id: string): Promise<UploadPreview> {
  const res = await fetch(uploadUrl(id), { headers: authHeader() });
  if (!res.ok) throw new Error(`预览失败（${res.status}）`);
  const blob = await res.blob();
  return { url: URL.createObjectURL(blob), mime: blob.type };
}

export function openUploadPreview(preview: UploadPreview): void {
  if (preview.mime.startsWith('image/')) {
    void Taro.previewImage({ urls: [preview.url], current: preview.url }).catch(() =>
      window.open(preview.url, '_blank'),
    );
  } else {
    window.open(preview.url, '_blank');
  }
}
