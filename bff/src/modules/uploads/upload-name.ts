import { EXTENSIONS } from './file-type';
import { type UploadMime } from './uploads.model';

export const NAME_MAX = 100;
const EXT_MAX = 10;

// Control characters (Cc) and invisible format characters (Cf: bidi overrides such as
// U+202E, isolates, zero-width joiners, BOM) make a name read differently from what it is.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * A display name for an uploaded file: no path components, no control or bidi
 * characters, at most 100 characters with the extension kept, and ending in an
 * extension of the type found by content (`photo.exe` holding a JPEG becomes
 * `photo.exe.jpg`), so a download never gets a misleading type. Never used as a path.
 */
export function sanitiseUploadName(raw: string | undefined, mime: UploadMime): string {
  const exts = EXTENSIONS[mime];
  let name = (raw ?? '').normalize('NFC').replace(INVISIBLE, '');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name.trim().replace(/^\.+/, '').trim();
  if (!exts.some((ext) => name.toLowerCase().endsWith(ext))) name = `${name || 'file'}${exts[0]}`;
  return shorten(name);
}

/** Cuts the part before the extension so the whole name has at most NAME_MAX code points. */
function shorten(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= NAME_MAX) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= EXT_MAX ? Array.from(name.slice(dot)) : [];
  const stem = chars.slice(0, chars.length - ext.length);
  return [...stem.slice(0, NAME_MAX - ext.length), ...ext].join('').trim();
}

/**
 * `Content-Disposition` for a download (or, `inline`, a file shown in place): an ASCII fallback plus the exact
 * name (RFC 6266 / RFC 5987).
 */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = name.replace(/[^A-Za-z0-9._-]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
