/** A key pressed on a physical keyboard. */
export interface KeyPress {
  /** `KeyboardEvent.key`: `Enter`, `Escape`, `Backspace`, `7`… */
  key: string;
  /** typed into a multi-line text box, where Enter starts a new line */
  inTextarea: boolean;
  /** typed into any text box */
  inInput: boolean;
  /** focus is on a button, tab or row made pressable by `useKeyboardControls`: Enter presses that */
  onControl: boolean;
}

/** What the staff area presses with the keyboard (H5): buttons, tabs, rows, choices, keypad keys. */
export const CLICKABLE = ['.btn', '.staff-tab', '.cell--link', '.staff-choice', '.staff-entry', '.keypad__key'];
