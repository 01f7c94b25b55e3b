import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composite, contrastRatio, cssContrast, flatten, luminance, parseColor } from '@/utils/contrast';

describe('parseColor', () => {
  it('reads the hex forms, rgb() and rgba() as getComputedStyle gives them', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#F7F7F7')).toEqual({ r: 247, g: 247, b: 247, a: 1 });
    expect(parseColor('#00000080')).toEqual({ r: 0, g: 0, b: 0, a: 128 / 255 });
    expect(parseColor('rgb(7, 125, 67)')).toEqual({ r: 7, g: 125, b: 67, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.55)')).toEqual({ r: 0, g: 0, b: 0, a: 0.55 });
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  });

  it('answers null for what it cannot read', () => {
    for (const css of ['red', 'hsl(0, 0%, 0%)', '#12', '#12345', 'rgb(1, 2)', 'linear-gradient(#fff, #000)'])
      expect(parseColor(css)).toBeNull();
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio(parseColor('#000')!, parseColor('#fff')!)).toBeCloseTo(21, 5);
    expect(cssContrast('#07c160', '#07c160')).toBeCloseTo(1, 5);
  });

  it('matches the WCAG reference values', () => {
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(cssContrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(cssContrast('#777777', '#ffffff')).toBeLessThan(4.5);
    // WeUI's green with white text does not pass.
    expect(cssContrast('#ffffff', '#07c160')).toBeCloseTo(2.38, 2);
    expect(luminance(parseColor('#ffffff')!)).toBeCloseTo(1, 5);
  });

  it('paints translucent text over its background first', () => {
    // rgba(0,0,0,0.55) on white is #737373.
    expect(cssContrast('rgba(0, 0, 0, 0.55)', '#ffffff')).toBeCloseTo(cssContrast('#737373', '#ffffff')!, 1);
    expect(cssContrast('rgba(0, 0, 0, 0.35)', '#f7f7f7')).toBeLessThan(4.5);
  });

  it('flattens background layers from the top down, over white where none is opaque', () => {
    const half = { r: 0, g: 0, b: 0, a: 0.5 };
    expect(flatten([half])).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(flatten([half, parseColor('#000')!])).toEqual({ r: 0, g: 0, b: 0, a: 1 });
    expect(composite(parseColor('transparent')!, parseColor('#f7f7f7')!)).toEqual(parseColor('#f7f7f7'));
  });
});

/** The custom properties of a block of _tokens.scss (`.page {…}` or `.page.elder {…}`). */
function tokens(block: '.page' | '.page.elder'): Record<string, string> {
  const scss = readFileSync(path.resolve(__dirname, '../styles/_tokens.scss'), 'utf8');
  const start = scss.indexOf(`${block} {`);
  const body = scss.slice(scss.indexOf('{', start) + 1, scss.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

const px = (value: string | undefined) => parseFloat(value ?? 'NaN');

describe.each([
  ['normal', { ...tokens('.page') }, { small: 14, minor: 15, tap: 44 }],
  ['长辈模式', { ...tokens('.page'), ...tokens('.page.elder') }, { small: 16, minor: 18, tap: 48 }],
] as const)('the tokens in %s', (_mode, t, floors) => {
  const TEXT_COLOURS = ['--c-text', '--c-text-2', '--c-text-3', '--c-placeholder', '--c-primary', '--c-primary-dark'];
  const MORE_TEXT = ['--c-blue-text', '--c-orange-text', '--c-red'];

  it.each([...TEXT_COLOURS, ...MORE_TEXT])('%s reads at 4.5:1 on the page and on a cell', (token) => {
    for (const background of [t['--c-bg']!, t['--c-cell']!])
      expect(cssContrast(t[token]!, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['--c-primary', '--c-primary-dark', '--c-red', '--c-orange-text'])(
    'white text reads at 4.5:1 on %s (buttons, chips, step numbers)',
    (token) => {
      expect(cssContrast('#ffffff', t[token]!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('keeps the type scale and the tap size above the floors', () => {
    expect(px(t['--fs-small'])).toBeGreaterThanOrEqual(floors.small);
    expect(px(t['--fs-minor'])).toBeGreaterThanOrEqual(floors.minor);
    expect(px(t['--fs-body'])).toBeGreaterThan(px(t['--fs-minor']));
    expect(px(t['--tap'])).toBeGreaterThanOrEqual(floors.tap);
    expect(px(t['--touch'])).toBeGreaterThanOrEqual(px(t['--tap']));
  });
});
