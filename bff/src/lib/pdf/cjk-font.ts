import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Noto Sans Hans Regular (SIL Open Font License), shipped by `@embedpdf/fonts-sc`. */
const FONT_FILE = 'NotoSansHans-Regular.otf';

let fontBytes: Buffer | null = null;

/**
 * The Chinese font of the PDFs the centre prints (the counter's receipts, the
 * certificates of 电子送达), read from the package once per process (8 MB;
 * each PDF embeds only the glyphs it uses). The package exports only its font
 * list, so the file is found beside its entry point.
 */
export function cjkFont(): Buffer {
  if (!fontBytes) {
    const entry = require.resolve('@embedpdf/fonts-sc');
    fontBytes = readFileSync(path.join(path.dirname(entry), '..', 'fonts', FONT_FILE));
  }
  return fontBytes;
}
