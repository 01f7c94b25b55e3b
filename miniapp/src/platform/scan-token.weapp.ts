import Taro from '@tarojs/taro';
import { tokenFromScan, type ScanTokenResult } from './scan-token-types';

export async function scanQrToken(): Promise<ScanTokenResult> {
  let scanned: Taro.scanCode.SuccessCallbackResult;
  try {
    scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
  } catch {
    return { kind: 'cancelled' };
  }
  const token = tokenFromScan(scanned.path, scanned.result);
  return token ? { kind: 'token', token } : { kind: 'foreign' };
}
