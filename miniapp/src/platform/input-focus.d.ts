import { type InputFocusProps } from './input-focus-types';

export { type InputFocusProps } from './input-focus-types';

/**
 * Focus on a text box from the page (Enter moves on to the next box): the mini-program's input takes
 * `focus`; on H5 Taro's input element takes `autoFocus` (its `focus` is the element's own method, which
 * a `focus` prop would overwrite) and focuses itself when it turns true.
 */
export declare function inputFocus(on: boolean): InputFocusProps;
