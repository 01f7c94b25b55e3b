/**
 * The big 扫一扫 button. weapp: scans and opens what the code points to.
 * H5: a plain browser cannot scan, so it explains how to open a poster's code instead.
 */
export declare function scanToOpen(): Promise<void>;
