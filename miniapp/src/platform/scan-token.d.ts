import { type ScanTokenResult } from './scan-token-types';

export { type ScanTokenResult } from './scan-token-types';

/**
 * Scans a QR code with the camera and reads the token it holds, for a page that handles the code
 * itself (the courier checking an envelope at pick-up). weapp: `Taro.scanCode`. H5: a plain browser
 * cannot scan, so it answers `unsupported` and the page explains that opening the code's URL with the
 * phone camera leads to the same place.
 */
export declare function scanQrToken(): Promise<ScanTokenResult>;
