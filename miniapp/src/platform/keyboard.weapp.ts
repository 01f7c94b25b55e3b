import { type KeyPress } from './keyboard-types';

export { type KeyPress } from './keyboard-types';

/** A phone has no physical keyboard events in the mini-program. */
export function useKeys(_onKey: (press: KeyPress) => boolean, _active?: boolean): void {}

export function useKeyboardControls(_scope: string): void {}
