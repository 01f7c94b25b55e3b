import { type MATERIAL_FORMATS } from '@onetrip/shared';

export type MaterialFormat = (typeof MATERIAL_FORMATS)[number];

/** A file the user picked, ready for Taro.uploadFile: a weapp temp path, or an object URL on H5. */
export interface PickedFile {
  path: string;
  name: string;
  size: number;
  /** From the file itself on H5, from the name's extension on weapp; '' when unknown. */
  mime: string;
}

export interface FilePickerProps {
  /** Which kinds the material accepts (decides the buttons and the file input's `accept`). */
  formats: ReadonlyArray<MaterialFormat>;
  onPick: (file: PickedFile) => void;
  disabled?: boolean;
  /** One small button (替换) instead of the full row of sources. */
  compact?: boolean;
  /** Text of the compact button, or of H5's one button. */
  label?: string;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};

/** `image/jpeg` for `a.JPG`; '' for an unknown extension. */
export function mimeFromName(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[ext] ?? '';
}

export function acceptsImages(formats: ReadonlyArray<MaterialFormat>): boolean {
  return formats.includes('jpg') || formats.includes('png');
}

/** The last part of a path (a weapp temp file has no other name). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
