import Taro from '@tarojs/taro';
import { type CatalogFileRef } from '@onetrip/shared';
import { openProtectedPdf } from '@/platform/open-pdf';
import { catalogFileUrl } from '@/services/catalog';
import { toast } from '@/utils/toast';

/**
 * Whether a guide's file is an image (shown as a thumbnail) or a PDF (opened): by the name's
 * extension, which the server makes match the content when the file is stored.
 */
export const isImageFile = (file: CatalogFileRef) => /\.(png|jpe?g)$/i.test(file.name);

/**
 * Shows a guide's file: an image in the full-screen preview; a PDF in WeChat's document viewer
 * (which can forward or save it) or, on H5, a new tab — the same opener as the receipts', whose
 * token does no harm on a public file.
 */
export async function openCatalogFile(file: CatalogFileRef): Promise<void> {
  const url = catalogFileUrl(file.id);
  try {
    if (isImageFile(file)) await Taro.previewImage({ urls: [url], current: url });
    else await openProtectedPdf(url, file.name);
  } catch {
    toast('文件暂时打不开，请稍后再试');
  }
}
