/** The props that make a Taro text box take the focus (`focus` in the mini-program, `autoFocus` on H5). */
export interface InputFocusProps {
  focus?: boolean;
  autoFocus?: boolean;
}
