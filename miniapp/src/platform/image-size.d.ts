/**
 * The size in pixels of a picked image (its `PickedFile.path`), to refuse one too small to read before
 * uploading it. weapp: `Taro.getImageInfo`. H5: an `Image` element on the object URL (nothing drawn).
 * Null when it cannot be read: the BFF checks again.
 */
export declare function readImageSize(path: string): Promise<{ width: number; height: number } | null>;
