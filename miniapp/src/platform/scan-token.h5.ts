import { type ScanTokenResult } from './scan-token-types';

/** Taro.scanCode exists on H5 only inside WeChat's JS-SDK; an envelope's code opens /q/<token> by itself. */
export function scanQrToken(): Promise<ScanTokenResult> {
  return Promise.resolve({ kind: 'unsupported' });
}
