import { type KeyPress } from './keyboard-types';

export { type KeyPress } from './keyboard-types';

/**
 * Calls `onKey` for every key pressed on a physical keyboard while `active` (H5: staff at a PC).
 * `onKey` returns true when it handled the key, which then does nothing else. Keys that finish
 * an input method's composition (typing Chinese) are never passed on. A no-op in the mini-program.
 */
export declare function useKeys(onKey: (press: KeyPress) => boolean, active?: boolean): void;

/**
 * Makes what is clicked inside elements of class `scope` reachable with Tab and pressed with Enter
 * or Space (H5): Taro's buttons, tabs and rows are not focusable elements in a browser. Follows the
 * page as it changes. A no-op in the mini-program.
 */
export declare function useKeyboardControls(scope: string): void;
