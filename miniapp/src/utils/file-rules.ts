import { imageTooSmallMessage, isImageTooSmall } from '@onetrip/shared';
import { readImageSize } from '@/platform/image-size';
import { type MaterialFormat, type PickedFile } from '@/platform/pick-file';
import { MAX_UPLOAD_BYTES } from '@/services/uploads';

// What a material file may be, checked on the phone before uploading: the materials step and the
// agent's paper authorization share these rules.

const FORMAT_OF_MIME: Record<string, MaterialFormat> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

export const formatsText = (formats: ReadonlyArray<string>) => formats.map((f) => f.toUpperCase()).join('、');

/** Why a picked file cannot be this material's, or null. The server checks the content again. */
export function pickProblem(file: PickedFile, formats: ReadonlyArray<MaterialFormat>): string | null {
  if (file.size > MAX_UPLOAD_BYTES) return '文件不能超过 10 MB';
  const format = FORMAT_OF_MIME[file.mime];
  if (file.mime && !format) return '只能上传 JPG、PNG 图片或 PDF 文件';
  if (format && !formats.includes(format)) return `这份材料只接受 ${formatsText(formats)} 格式`;
  return null;
}

/**
 * Why a picked photo is too small to read (its shorter side under `MIN_IMAGE_SIDE`, the BFF's own limit),
 * in the BFF's words, or null (not an image, large enough, or its size unreadable: the BFF checks again).
 */
export async function imageSizeProblem(file: PickedFile): Promise<string | null> {
  const image = file.mime ? file.mime === 'image/jpeg' || file.mime === 'image/png' : /\.(jpe?g|png)$/i.test(file.name);
  if (!image) return null;
  const size = await readImageSize(file.path);
  return size && isImageTooSmall(size.width, size.height) ? imageTooSmallMessage(size.width, size.height) : null;
}

/** 拍照要求 under every photo material: what makes a photo readable at the window. */
export const RETAKE_HINT = '拍照时请让材料四角完整、字迹清晰、无反光';
