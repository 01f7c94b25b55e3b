import Taro from '@tarojs/taro';
import { ApiError, NETWORK_MESSAGE } from '@/services/api-error';
import { authHeader, authorized, type RawResponse } from '@/services/request';

async function downloadPdf(url: string): Promise<RawResponse> {
  let res: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    res = await Taro.downloadFile({ url, header: authHeader() });
  } catch {
    throw new ApiError('NETWORK', NETWORK_MESSAGE, 0);
  }
  // The file is on the phone either way; an error's JSON body is not read back (its status says enough).
  return { statusCode: res.statusCode, data: res.tempFilePath };
}

export async function openProtectedPdf(url: string, _fileName: string): Promise<void> {
  const filePath = await authorized<string>(() => downloadPdf(url), { silent: true });
  await Taro.openDocument({ filePath, fileType: 'pdf', showMenu: true });
}
