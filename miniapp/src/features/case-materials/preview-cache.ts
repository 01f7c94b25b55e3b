import { loadUploadPreview, type UploadPreview } from '@/platform/upload-preview';

/** Previews by upload id, for as long as the app runs: each file is fetched once. */
const cache = new Map<string, Promise<UploadPreview>>();

/** A file just uploaded previews from the local copy the user picked. */
export function rememberPreview(id: string, preview: UploadPreview): void {
  cache.set(id, Promise.resolve(preview));
}

export function previewOf(id: string): Promise<UploadPreview> {
  let preview = cache.get(id);
  if (!preview) {
    preview = loadUploadPreview(id);
    preview.catch(() => cache.delete(id)); // try again next time
    cache.set(id, preview);
  }
  return preview;
}
