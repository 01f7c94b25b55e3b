/** Small but real files to upload (magic bytes checked by the BFF). */
export function tinyPng(): Buffer {
  // 1×1 transparent PNG
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
}

export const pngFile = (name: string) => ({ name, mimeType: 'image/png', buffer: tinyPng() });
