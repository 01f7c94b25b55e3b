import Taro from '@tarojs/taro';
import { ApiError, NETWORK_MESSAGE } from '@/services/api-error';
import { authHeader, authorized, type RawResponse } from '@/services/request';

async function downloadFile(url: string): Promise<RawResponse> {
  let res: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    res = await Taro.downloadFile({ url, header: authHeader() });
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE, 0);
  }
  return { statusCode: res.statusCode, data: res.tempFilePath };
}

export async function saveProtectedFile(url: string, fileName: string): Promise<void> {
  const filePath = await authorized<string>(() => downloadFile(url), { silent: true });
  await Taro.shareFileMessage({ filePath, fileName });
}
