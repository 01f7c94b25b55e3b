/** The width from which the staff area lays out list and case side by side: a PC's browser (H5). */
export declare const WIDE_MIN_WIDTH: number;

/**
 * Whether the screen is at least WIDE_MIN_WIDTH wide, following the window as it is resized (H5).
 * Always false in the mini-program, whose window does not change width.
 */
export declare function useWideScreen(): boolean;
