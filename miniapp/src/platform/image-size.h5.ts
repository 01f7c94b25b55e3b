/** A browser that neither loads nor refuses the image within this long: let the BFF judge it. */
const GIVE_UP_MS = 3000;

export function readImageSize(path: string): Promise<{ width: number; height: number } | null> {
  return new Promise((resolve) => {
    const image = new Image();
    const timer = setTimeout(() => resolve(null), GIVE_UP_MS);
    const done = (size: { width: number; height: number } | null) => {
      clearTimeout(timer);
      resolve(size);
    };
    image.onload = () => done({ width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => done(null);
    image.src = path;
  });
}
