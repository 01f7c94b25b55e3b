import { useEffect, useRef } from 'react';
import { CLICKABLE, type KeyPress } from './keyboard-types';

export { type KeyPress } from './keyboard-types';

/** Marks what `useKeyboardControls` made pressable, so a key handler knows focus sits on a control. */
const CONTROL_ATTR = 'data-key-control';

function pressOf(e: KeyboardEvent): KeyPress {
  const target = e.target instanceof HTMLElement ? e.target : null;
  const tag = target?.tagName ?? '';
  return {
    key: e.key,
    inTextarea: tag === 'TEXTAREA',
    inInput: tag === 'INPUT' || tag === 'TEXTAREA' || Boolean(target?.isContentEditable),
    onControl: Boolean(target?.hasAttribute(CONTROL_ATTR)),
  };
}

/** Enter that finishes composing Chinese with an input method is the method's, not the form's. */
const composing = (e: KeyboardEvent) => e.isComposing || e.keyCode === 229;

export function useKeys(onKey: (press: KeyPress) => boolean, active = true): void {
  // The latest handler, without listening anew at every render.
  const handler = useRef(onKey);
  handler.current = onKey;
  useEffect(() => {
    if (!active) return undefined;
    const listener = (e: KeyboardEvent) => {
      if (composing(e) || e.defaultPrevented) return;
      if (handler.current(pressOf(e))) e.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [active]);
}

/** Scopes asking for keyboard controls now (several staff pages may be in the router's stack at once). */
const scopes = new Map<string, number>();
let stop: (() => void) | null = null;

const isDisabled = (el: Element) => el.hasAttribute('disabled') || el.classList.contains('btn--disabled');

function markControls(): void {
  const selector = [...scopes.keys()].flatMap((scope) => CLICKABLE.map((c) => `.${scope} ${c}`)).join(',');
  if (!selector) return;
  document.querySelectorAll(selector).forEach((el) => {
    const tabIndex = isDisabled(el) ? '-1' : '0';
    if (el.getAttribute('tabindex') !== tabIndex) el.setAttribute('tabindex', tabIndex);
    if (!el.hasAttribute(CONTROL_ATTR)) {
      el.setAttribute(CONTROL_ATTR, '');
      if (!el.hasAttribute('role')) el.setAttribute('role', 'button');
    }
  });
}

/** One observer and one key listener for the whole document, however many pages ask. */
function install(): () => void {
  const observer = new MutationObserver(markControls);
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'class'],
  });
  const onKey = (e: KeyboardEvent) => {
    const el = e.target;
    if (!(el instanceof HTMLElement) || !el.hasAttribute(CONTROL_ATTR) || composing(e)) return;
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    if (!isDisabled(el)) el.click();
  };
  // Capture: the control is pressed before any page-wide Enter (a dialog's confirm) sees the key.
  document.addEventListener('keydown', onKey, true);
  return () => {
    observer.disconnect();
    document.removeEventListener('keydown', onKey, true);
  };
}

export function useKeyboardControls(scope: string): void {
  useEffect(() => {
    scopes.set(scope, (scopes.get(scope) ?? 0) + 1);
    if (!stop) stop = install();
    markControls();
    return () => {
      const left = (scopes.get(scope) ?? 1) - 1;
      if (left > 0) scopes.set(scope, left);
      else scopes.delete(scope);
      if (scopes.size === 0 && stop) {
        stop();
        stop = null;
      }
    };
  }, [scope]);
}
