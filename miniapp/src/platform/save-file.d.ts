/**
 * Saves a file the API serves only to the signed-in user (the console's CSV export) under `fileName`:
 * the token travels in a header, so no plain link can fetch it. H5: fetched with the token and saved by
 * the browser as a download. weapp: `Taro.downloadFile` with the header, then WeChat's 转发 of the file
 * to a chat (文件传输助手), where a PC opens it — a phone has no spreadsheet to open a CSV in. A 401
 * refreshes the session once, like every request; fails with an ApiError.
 */
export declare function saveProtectedFile(url: string, fileName: string): Promise<void>;
