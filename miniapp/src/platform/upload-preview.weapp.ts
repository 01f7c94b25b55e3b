import Taro from '@tarojs/taro';
import { authHeader } from '@/services/request';
import { uploadUrl } from '@/services/uploads';
import { type UploadPreview } from './upload-preview-types';

export { type UploadPreview } from './upload-preview-types';

function headerValue(header: TaroGeneral.IAnyObject | undefined, name: string): string {
  if (!header) return '';
  const key = Object.keys(header).find((k) => k.toLowerCase() === name);
  const value: unknown = key ? header[key] : undefined;
  return typeof value === 'string' ? (value.split(';')[0]?.trim() ?? '') : '';
}

export async function loadUploadPreview(id: string): Promise<UploadPreview> {
  const res = await Taro.downloadFile({ url: uploadUrl(id), header: authHeader() });
  if (res.statusCode !== 200) throw new Error(`预览失败（${res.statusCode}）`);
  // The success result carries the response header on WeChat, though the typings leave it out.
  const header = (res as { header?: TaroGeneral.IAnyObject }).header;
  return { url: res.tempFilePath, mime: headerValue(header, 'content-type') };
}

export function openUploadPreview(preview: UploadPreview): void {
  if (preview.mime === 'application/pdf') {
    void Taro.openDocument({ filePath: preview.url, fileType: 'pdf' }).catch(() => undefined);
  } else {
    void Taro.previewImage({ urls: [preview.url], current: preview.url }).catch(() => undefined);
  }
}
