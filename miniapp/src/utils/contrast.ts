/**
 * Text contrast as WCAG 2 defines it: the relative luminance of two sRGB colours, and their ratio
 * (1 to 21). Colours are CSS strings as a stylesheet or `getComputedStyle` gives them: `#rgb`,
 * `#rrggbb`, `#rrggbbaa`, `rgb(…)`, `rgba(…)`, `transparent`. The readability rules (4.5:1 for text)
 * are checked with it, both on the colour tokens and on the rendered pages.
 */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 (transparent) to 1 (opaque) */
  a: number;
}

const clampByte = (n: number) => Math.min(255, Math.max(0, n));
const clampUnit = (n: number) => Math.min(1, Math.max(0, n));

/** A CSS colour string, or null when it is none of the forms above (a keyword, hsl(), a gradient…). */
export function parseColor(css: string): Rgba | null {
  const value = css.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex) {
    const full =
      hex.length === 3 || hex.length === 4
        ? [...hex].map((c) => c + c).join('')
        : hex.length === 6 || hex.length === 8
          ? hex
          : null;
    if (!full) return null;
    const byte = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: byte(0), g: byte(2), b: byte(4), a: full.length === 8 ? byte(6) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (!fn) return null;
  // rgb(1, 2, 3) / rgba(1, 2, 3, 0.5) / rgb(1 2 3 / 50%)
  const parts = fn
    .replace('/', ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (parts.length !== 3 && parts.length !== 4) return null;
  const numbers = parts.map((p, i) => {
    const n = parseFloat(p);
    if (Number.isNaN(n)) return NaN;
    if (p.endsWith('%')) return i === 3 ? n / 100 : (n / 100) * 255;
    return n;
  });
  if (numbers.some((n) => Number.isNaN(n))) return null;
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return { r: clampByte(r), g: clampByte(g), b: clampByte(b), a: clampUnit(a) };
}

/** `top` painted over `bottom` (source-over): the colour the eye sees. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** Layers listed from the top (the element's own) down, painted over white where none is opaque. */
export function flatten(layers: readonly Rgba[]): Rgba {
  let result: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (let i = layers.length - 1; i >= 0; i -= 1) {
    const layer = layers[i];
    if (layer) result = composite(layer, result);
  }
  return result;
}

/** WCAG 2 relative luminance of an opaque colour (alpha is ignored: flatten first). */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio (1–21) of a text colour, maybe translucent, over an opaque background. */
export function contrastRatio(text: Rgba, background: Rgba): number {
  const bg = background.a < 1 ? composite(background, { r: 255, g: 255, b: 255, a: 1 }) : background;
  const fg = text.a < 1 ? composite(text, bg) : text;
  const [light, dark] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `contrastRatio` of two CSS colour strings; null when either cannot be read. */
export function cssContrast(text: string, background: string): number | null {
  const fg = parseColor(text);
  const bg = parseColor(background);
  return fg && bg ? contrastRatio(fg, bg) : null;
}
