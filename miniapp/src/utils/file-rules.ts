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
