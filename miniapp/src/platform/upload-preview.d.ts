import { type UploadPreview } from './upload-preview-types';

export { type UploadPreview } from './upload-preview-types';

/**
 * A local address to show an upload from (GET /uploads/:id needs the bearer token, so an
 * `<Image src>` cannot load it directly). H5: fetched with the token into an object URL.
 * weapp: `Taro.downloadFile` with the header, into a temp file. Fails when the file cannot be read.
 */
export declare function loadUploadPreview(id: string): Promise<UploadPreview>;

/** Opens the file full screen: an image viewer, or the PDF (a new tab on H5, WeChat's reader on weapp). */
export declare function openUploadPreview(preview: UploadPreview): void;
