import { type InputFocusProps } from './input-focus-types';

export { type InputFocusProps } from './input-focus-types';

export function inputFocus(on: boolean): InputFocusProps {
  return { focus: on };
}
