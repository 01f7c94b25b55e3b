/**
 * What a material's photo must be to be read at the window. Plain constants and functions (no zod), so the
 * mini-program checks a photo before uploading it with the same limit and words as `POST /uploads`.
 */

/**
 * The shortest side, in pixels, of a JPEG or PNG the BFF accepts as a material (`POST /uploads`: 400
 * VALIDATION_FAILED, reason `IMAGE_TOO_SMALL`). 240 px: a phone photo of a document (≥ 1080 px) and every
 * standard digital ID photo (小一寸 260×378, 一寸 295×413) pass; an ID card filling a 240 px frame still shows
 * its characters about 11 px tall. What it refuses — 1×1 pixels, icons, thumbnails — no clerk can read.
 */
export const MIN_IMAGE_SIDE = 240;

/** The detail reason of a photo refused for its size. */
export const IMAGE_TOO_SMALL = 'IMAGE_TOO_SMALL';

/** True when an image of this size is too small to read (its shorter side under `MIN_IMAGE_SIDE`). */
export const isImageTooSmall = (width: number, height: number): boolean => Math.min(width, height) < MIN_IMAGE_SIDE;

/** The words of the refusal, the same on the phone and from the BFF. */
export const imageTooSmallMessage = (width: number, height: number): string =>
  `图片太小（${width}×${height} 像素），无法看清内容。请在光线充足处对准材料重新拍摄，或上传 PDF`;
