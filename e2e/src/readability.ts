import { type Page } from 'playwright-core';
import { contrastRatio, flatten, parseColor, type Rgba } from '../../miniapp/src/utils/contrast';
import { settled } from './settle';

/**
 * The readability rules as rendered in Chromium at phone width: what a resident's page must meet in
 * normal mode and in 长辈模式. Sizes are CSS pixels as `getComputedStyle` and `getBoundingClientRect`
 * give them (the app's styles are in CSS pixels: pxtransform is off).
 */
export type Mode = 'normal' | 'elder';

export interface Floors {
  /** Every text that is not secondary (px). */
  body: number;
  /** Secondary text: descriptions, hints, notes, tags, the tab bar's labels (px). */
  secondary: number;
  /** Height and width of everything that can be tapped (px). */
  tap: number;
  /** Text against its background (WCAG 2 contrast ratio). */
  contrast: number;
}

export const FLOORS: Record<Mode, Floors> = {
  normal: { body: 15, secondary: 14, tap: 44, contrast: 4.5 },
  elder: { body: 18, secondary: 16, tap: 48, contrast: 4.5 },
};

/**
 * Which text is secondary: text in the secondary greys (the tokens' --c-text-2 and --c-text-3), or in an
 * element that has, or is inside one that has, one of these class names (`.muted`, `.hint`, tags, a
 * section's title, BEM parts such as `__desc`, `__scan-hint`, `__note`). Everything else is body text:
 * small text in another colour keeps to these names or is body-sized (--fs-minor).
 */
export const SECONDARY_CLASS =
  /^(muted|hint|tag|section__title|weui-tabbar__label)$|__([a-z]+-)?(desc|sub|note|hint|meta|caption|time|tip|days|seats)$/;

/**
 * What can be tapped, besides every element with a click handler (Taro's H5 components keep those in
 * `__events`): buttons, links, ARIA widgets, the pickers, switches and the tab bar; `[data-tap]` marks
 * anything else that acts on a tap without a handler of its own.
 */
export const TAPPABLE_SELECTOR = [
  'button',
  'a[href]',
  'taro-button-core',
  'taro-picker-core',
  'taro-switch-core',
  'taro-checkbox-core',
  'taro-radio-core',
  '[role=button]',
  '[role=link]',
  '[role=switch]',
  '[role=radio]',
  '[role=checkbox]',
  '[role=tab]',
  '[data-tap]',
  '.weui-tabbar__item',
].join(',');

/** One visible piece of text: an element with text of its own, or a text field. */
export interface TextSample {
  where: string;
  text: string;
  fontSize: number;
  secondary: boolean;
  color: string;
  /** Background colours from the element up to the first opaque one; null behind an image. */
  layers: string[] | null;
  /** The product of the opacities of the element and its ancestors. */
  opacity: number;
  /** Inside a disabled control (exempt from the contrast rule). */
  disabled: boolean;
}

export interface TapSample {
  where: string;
  text: string;
  width: number;
  height: number;
  /** A tap at its centre reaches it at some scroll position. */
  reachable: boolean;
  coveredBy: string;
}

export interface Measured {
  texts: TextSample[];
  taps: TapSample[];
}

export type Rule = 'font-size' | 'tap-size' | 'contrast' | 'covered';

export interface Failure {
  rule: Rule;
  where: string;
  text: string;
  /** What was measured, e.g. `13px`, `36×24`, `3.2:1`. */
  value: string;
  /** What it must be, e.g. `≥ 15px`. */
  floor: string;
  /** How many elements of the page fail the same way at the same place. */
  count: number;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function textContrast(sample: TextSample): number | null {
  if (!sample.layers) return null;
  const text = parseColor(sample.color);
  if (!text) return null;
  const layers = sample.layers.map(parseColor);
  if (layers.some((l) => l === null)) return null;
  const background = flatten(layers as Rgba[]);
  return contrastRatio({ ...text, a: text.a * sample.opacity }, background);
}

/** Every rule every sample breaks, identical failures at the same place counted once. */
export function check(measured: Measured, floors: Floors): Failure[] {
  const found = new Map<string, Failure>();
  const add = (failure: Omit<Failure, 'count'>) => {
    const key = `${failure.rule}|${failure.where}|${failure.value}`;
    const seen = found.get(key);
    if (seen) seen.count += 1;
    else found.set(key, { ...failure, count: 1 });
  };
  for (const t of measured.texts) {
    const floor = t.secondary ? floors.secondary : floors.body;
    // Computed sizes are fractional now and then (em, calc): a hundredth of a pixel is no failure.
    if (t.fontSize < floor - 0.01)
      add({
        rule: 'font-size',
        where: t.where,
        text: t.text,
        value: `${round(t.fontSize, 2)}px`,
        floor: `≥ ${floor}px (${t.secondary ? 'secondary' : 'body'})`,
      });
    if (t.disabled) continue;
    const ratio = textContrast(t);
    if (ratio !== null && ratio < floors.contrast)
      add({
        rule: 'contrast',
        where: t.where,
        text: t.text,
        value: `${round(ratio, 2)}:1 (${t.color} on ${t.layers?.join(' over ')})`,
        floor: `≥ ${floors.contrast}:1`,
      });
  }
  for (const tap of measured.taps) {
    if (tap.height < floors.tap - 0.5 || tap.width < floors.tap - 0.5)
      add({
        rule: 'tap-size',
        where: tap.where,
        text: tap.text,
        value: `${round(tap.width)}×${round(tap.height)}`,
        floor: `≥ ${floors.tap}×${floors.tap}`,
      });
    if (!tap.reachable)
      add({
        rule: 'covered',
        where: tap.where,
        text: tap.text,
        value: `covered by ${tap.coveredBy}`,
        floor: 'reachable by a tap',
      });
  }
  return [...found.values()];
}

/** One line per failure, for a test's message. */
export function formatFailures(label: string, failures: readonly Failure[]): string {
  if (failures.length === 0) return '';
  const lines = failures.map(
    (f) => `  [${f.rule}] ${f.where} «${f.text}»: ${f.value}, needs ${f.floor}${f.count > 1 ? ` (×${f.count})` : ''}`,
  );
  return [`${label}: ${failures.length} failure(s)`, ...lines].join('\n');
}

/** Share of visible texts below `px` (for the summary). */
export function shareBelow(measured: Measured, px: number): number {
  if (measured.texts.length === 0) return 0;
  return measured.texts.filter((t) => t.fontSize < px).length / measured.texts.length;
}

/**
 * Collects every visible text and every tappable element of the page on screen, scrolling its scroll
 * container from top to bottom (Taro's H5 page scrolls inside its `.taro_page`, not the document), and
 * tries a tap at each tappable's centre once it is scrolled into view.
 */
export async function measure(page: Page): Promise<Measured> {
  await settled(page);
  return page.evaluate(collect, { secondary: SECONDARY_CLASS.source, tappable: TAPPABLE_SELECTOR });
}

/** Runs in the page: self-contained (no imports, no closures). */
async function collect(opts: { secondary: string; tappable: string }): Promise<Measured> {
  const secondaryClass = new RegExp(opts.secondary);
  const frame = () =>
    new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const visible = (el: Element) =>
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    el.getClientRects().length > 0 &&
    !el.closest('[aria-hidden="true"]');

  const pages = Array.from(document.querySelectorAll('.taro_page')).filter(visible);
  const root = pages[pages.length - 1] ?? document.body;
  // The tab bar sits outside the pages on H5.
  const roots = [root, ...Array.from(document.querySelectorAll('.weui-tabbar')).filter(visible)];
  const scroller =
    root.scrollHeight > root.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(root).overflowY)
      ? root
      : (document.scrollingElement ?? document.documentElement);

  /** `#id` of the nearest ancestor with one, then up to two class-named steps down to the element. */
  const label = (el: Element): string => {
    const own = (e: Element) => {
      const classes = Array.from(e.classList)
        .filter((c) => !c.startsWith('taro') && c !== 'hydrated')
        .slice(0, 2);
      return `${e.tagName.toLowerCase().replace(/^taro-(.*)-core$/, '$1')}${classes.map((c) => `.${c}`).join('')}`;
    };
    if (el.id) return `#${el.id}`;
    const parts = [own(el)];
    for (let e = el.parentElement; e && e !== root; e = e.parentElement) {
      // (Taro's page roots have their route as id)
      if (e.id && !e.id.startsWith('/')) {
        parts.unshift(`#${e.id}`);
        break;
      }
      if (parts.length < 3 && e.classList.length) parts.unshift(own(e));
    }
    return parts.join(' ');
  };
  const ownText = (el: Element) =>
    Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  // The page's secondary greys as computed colours (a probe element in the page's root reads the tokens).
  const tokensRoot = root.querySelector('.page') ?? root;
  const greys = ['--c-text-2', '--c-text-3'].map((token) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${token})`;
    tokensRoot.appendChild(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  });
  const isSecondary = (el: Element) => {
    if (greys.includes(getComputedStyle(el).color)) return true;
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement)
      if (Array.from(e.classList).some((c) => secondaryClass.test(c))) return true;
    return false;
  };
  const layersOf = (el: Element): string[] | null => {
    const layers: string[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.backgroundImage && cs.backgroundImage !== 'none') return null;
      const bg = cs.backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(bg)) {
        layers.push(bg);
        if (!bg.startsWith('rgba') || /,\s*1\)$/.test(bg)) return layers;
      }
    }
    return layers;
  };
  const opacityOf = (el: Element) => {
    let o = 1;
    for (let e: Element | null = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity) || 0;
    return o;
  };
  const isTappable = (el: Element) => {
    if (el.matches(opts.tappable)) return true;
    const events = (el as unknown as { __events?: Record<string, unknown> }).__events;
    return Boolean(events && (typeof events.click === 'function' || typeof events.tap === 'function'));
  };

  const CONTROLS = 'taro-switch-core, taro-checkbox-core, taro-radio-core, input[type=checkbox], input[type=radio]';
  const texts: TextSample[] = [];
  const taps = new Map<Element, TapSample>();
  const targets = new Map<Element, Element>();
  const seen = new Set<Element>();
  const visit = () => {
    for (const r of roots)
      for (const el of [r, ...Array.from(r.querySelectorAll('*'))]) {
        if (seen.has(el)) continue;
        const rect = el.getBoundingClientRect();
        if (rect.bottom <= 0 || rect.top >= innerHeight || rect.width === 0 || rect.height === 0) continue;
        if (!visible(el)) continue;
        seen.add(el);
        const cs = getComputedStyle(el);
        const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
        if (field && ['file', 'hidden', 'checkbox', 'radio'].includes((el as HTMLInputElement).type)) continue;
        const text = field ? el.value || el.placeholder : ownText(el);
        if (text) {
          const placeholder = field && !el.value;
          texts.push({
            where: label(el) + (placeholder ? '::placeholder' : ''),
            text: text.slice(0, 24),
            fontSize: parseFloat(cs.fontSize),
            secondary: !field && isSecondary(el),
            color: placeholder ? getComputedStyle(el, '::placeholder').color : cs.color,
            layers: layersOf(el),
            opacity: opacityOf(el),
            disabled: Boolean(el.closest('[disabled], .btn--disabled, [aria-disabled="true"]')),
          });
        }
        if (isTappable(el)) {
          // A switch, checkbox or radio inside a label is tapped anywhere on its label; Taro's H5 picker
          // opens from the box around its content (its first child) only, not from all of its element.
          const owner = el.matches(CONTROLS) ? el.closest('label, taro-label-core') : null;
          const target = el.matches('taro-picker-core') ? (el.firstElementChild ?? el) : el;
          targets.set(el, target);
          const area = (owner ?? target).getBoundingClientRect();
          taps.set(el, {
            where: label(el),
            text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24),
            width: area.width,
            height: area.height,
            reachable: false,
            coveredBy: '',
          });
        }
      }
  };

  const behindDialog = (hit: Element, el: Element) => {
    for (let e: Element | null = hit; e; e = e.parentElement) {
      if (getComputedStyle(e).position !== 'fixed') continue;
      const r = e.getBoundingClientRect();
      if (r.width >= innerWidth * 0.9 && r.height >= innerHeight * 0.9) return !e.contains(el);
    }
    return false;
  };
  const max = () => scroller.scrollHeight - scroller.clientHeight;
  for (let y = 0; ; y += Math.round(innerHeight * 0.75)) {
    scroller.scrollTop = Math.min(y, max());
    await frame();
    visit();
    if (y >= max()) break;
  }
  // Each tappable scrolled to the middle of the screen (inner scroll views too): does a tap at its centre reach it?
  for (const [el, tap] of taps) {
    const target = targets.get(el) ?? el;
    target.scrollIntoView({ block: 'center', inline: 'center' });
    await frame();
    const rect = target.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 1), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 1), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    // Behind an open dialog (a fixed layer over the whole screen) nothing is meant to be reached.
    tap.reachable = Boolean(hit && (target === hit || target.contains(hit) || behindDialog(hit, el)));
    if (!tap.reachable) tap.coveredBy = hit ? label(hit) : 'nothing (off screen)';
  }
  // Back to the top, inner scroll views too, so the screenshot after shows the page as it opens.
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.scrollLeft || el.scrollTop) el.scrollTo(0, 0);
  scroller.scrollTop = 0;
  return { texts, taps: [...taps.values()] };
}
