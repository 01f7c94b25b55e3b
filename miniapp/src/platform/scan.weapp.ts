import Taro from '@tarojs/taro';
import { PAGES } from '@/utils/navigation';
import { tokenFromUrl } from '@/utils/qr';
import { toast } from '@/utils/toast';

export async function scanToOpen(): Promise<void> {
  let result: Taro.scanCode.SuccessCallbackResult;
  try {
    result = await Taro.scanCode({ onlyFromCamera: false });
  } catch {
    return; // cancelled
  }
  // `path` is set only for this mini-program's own codes (scene included).
  if (result.path) {
    await Taro.navigateTo({ url: result.path.startsWith('/') ? result.path : `/${result.path}` });
    return;
  }
  const token = tokenFromUrl(result.result ?? '');
  if (token) {
    await Taro.navigateTo({ url: PAGES.qr(token) });
    return;
  }
  toast('不是一次办的二维码');
}
