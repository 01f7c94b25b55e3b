/** Same value as H5; the mini-program never reaches it (its window does not change width). */
export const WIDE_MIN_WIDTH = 1280;

export function useWideScreen(): boolean {
  return false;
}
