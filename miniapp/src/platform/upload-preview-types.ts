/** A file of ours shown from a local address; `mime` '' when the platform cannot tell. */
export interface UploadPreview {
  url: string;
  mime: string;
}
