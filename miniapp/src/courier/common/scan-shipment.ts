import Taro from '@tarojs/taro';
import { scanQrToken } from '@/platform/scan-token';
import { errorMessage, isApiError } from '@/services/api-error';
import { resolveQr } from '@/services/catalog';
import { toast } from '@/utils/toast';

const NOT_A_SHIPMENT = '这不是快件上的二维码';

/**
 * Scans an envelope's QR code and answers the id of the shipment it belongs to (GET /qr/:token), or
 * null after telling the courier why not. On H5 it explains how to open the code instead.
 */
export async function scanShipment(): Promise<string | null> {
  const scanned = await scanQrToken();
  if (scanned.kind === 'unsupported') {
    await Taro.showModal({
      title: '扫码揽收',
      content: '网页中无法直接扫码。请用手机相机或微信扫描快件上的二维码，会直接打开这件快件。',
      showCancel: false,
      confirmText: '知道了',
    });
    return null;
  }
  if (scanned.kind === 'cancelled') return null;
  if (scanned.kind === 'foreign') {
    toast(NOT_A_SHIPMENT);
    return null;
  }
  try {
    const target = await resolveQr(scanned.token);
    if (target.kind === 'shipment') return target.target;
    toast(NOT_A_SHIPMENT);
  } catch (error) {
    const unknown = isApiError(error) && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED');
    toast(unknown ? '二维码无效或已失效' : errorMessage(error));
  }
  return null;
}
