/**
 * The URL a QR code of this app holds for a token: `<H5 host>/q/<token>`, the form of the BFF's
 * poster codes. H5: the host the app is served from (the same page opens it). weapp: the published
 * H5 host (`TARO_APP_PUBLIC_H5_URL`), whose `/q/` prefix WeChat maps to the mini-program.
 */
export declare function qrUrl(token: string): string;
