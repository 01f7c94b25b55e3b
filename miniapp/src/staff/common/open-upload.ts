import Taro from '@tarojs/taro';
import { API_BASE } from '@/config';
import { authHeader } from '@/services/request';

/**
 * Opens an upload of a case (GET /uploads/:id needs the bearer token, so no plain link works).
 * H5: fetched with the token into an object URL; weapp: `Taro.downloadFile` with the header.
 * Kept here rather than reusing `@/platform/upload-preview`: a module shared by two subpackages
 * would move into the main package.
 */
export async function openUpload(id: string): Promise<void> {
  const url = `${API_BASE}/uploads/${encodeURIComponent(id)}`;
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.downloadFile({ url, header: authHeader() });
    if (res.statusCode !== 200) throw new Error(`打开失败（${res.statusCode}）`);
    const path = res.tempFilePath;
    if (/\.pdf$/i.test(path)) {
      await Taro.openDocument({ filePath: path, fileType: 'pdf' });
    } else {
      await Taro.previewImage({ urls: [path], current: path });
    }
    return;
  }
  const res = await fetch(url, { headers: authHeader() });
  if (!res.ok) throw new Error(`打开失败（${res.status}）`);
  const objectUrl = URL.createObjectURL(await res.blob());
  window.open(objectUrl, '_blank');
}
