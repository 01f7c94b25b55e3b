/**
 * The confirm colour of a dialog whose action cannot be undone (撤回, 删除, 注销…): the red of
 * `--c-red`, which reads at 4.5:1 on the dialog's white. Native dialogs take a colour, not a CSS variable.
 */
export const DANGER_CONFIRM_COLOR = '#c92c2c';
