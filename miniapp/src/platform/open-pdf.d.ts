/**
 * Opens a PDF the API serves only to the signed-in user (a counter receipt to print or hand over):
 * the token travels in a header, so no plain link can open it. H5: fetched with the token and shown
 * in a new tab, where the browser prints it — or saved as `fileName` when the browser blocks the tab.
 * weapp: `Taro.downloadFile` with the header, then WeChat's document viewer, whose menu prints and
 * forwards it. A 401 refreshes the session once, like every request; fails with an ApiError.
 */
export declare function openProtectedPdf(url: string, fileName: string): Promise<void>;
