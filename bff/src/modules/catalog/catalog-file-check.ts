import { CATALOG_FILE_MAX_BYTES, CATALOG_IMAGE_MIN_PX, type CatalogFileType } from '@onetrip/shared';
import { sniffMime } from '../uploads';
import { CatalogErrors } from './catalog.errors';
import { imageSize } from '../../lib/image-size';

/** Larger than any sample needs, and beyond what a phone shows without trouble. */
export const CATALOG_IMAGE_MAX_PX = 10_000;

export interface CheckedFile {
  contentType: CatalogFileType;
  width?: number;
  height?: number;
}

/**
 * The rules of a catalog file, for an admin's upload and the seed's own
 * files alike: JPEG, PNG (by their first bytes) or PDF; at most 5 MiB; an
 * image at least 200×200 px (and at most 10,000 px a side), its header
 * readable. Throws 413, 415 or 400 (`file`).
 */
export function checkCatalogFile(bytes: Buffer): CheckedFile {
  if (bytes.length > CATALOG_FILE_MAX_BYTES) throw CatalogErrors.fileTooLarge(CATALOG_FILE_MAX_BYTES);
  const contentType = sniffMime(bytes);
  if (!contentType) throw CatalogErrors.fileWrongType();
  if (contentType === 'application/pdf') return { contentType };
  const size = imageSize(bytes, contentType);
  if (!size) throw CatalogErrors.fileWrongType('图片无法读取，请上传完整的 JPG 或 PNG 图片');
  const { width, height } = size;
  if (width < CATALOG_IMAGE_MIN_PX || height < CATALOG_IMAGE_MIN_PX)
    throw CatalogErrors.badFile(
      `图片至少 ${CATALOG_IMAGE_MIN_PX}×${CATALOG_IMAGE_MIN_PX} 像素，这张是 ${width}×${height} 像素`,
    );
  if (width > CATALOG_IMAGE_MAX_PX || height > CATALOG_IMAGE_MAX_PX)
    throw CatalogErrors.badFile(`图片每边最多 ${CATALOG_IMAGE_MAX_PX} 像素，这张是 ${width}×${height} 像素`);
  return { contentType, width, height };
}
