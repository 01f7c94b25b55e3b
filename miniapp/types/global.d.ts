/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** The platform being built; Taro inlines it. */
    TARO_ENV: 'weapp' | 'h5' | undefined;
    /** AppID written into dist/project.config.json (optional). */
    TARO_APP_ID?: string;
    /** BFF base URL including /api/v1. */
    TARO_APP_API_BASE?: string;
    /** WeChat web OAuth host (the simulator in dev). */
    TARO_APP_WECHAT_OAUTH_BASE?: string;
    /** AppID used for WeChat web OAuth on H5. */
    TARO_APP_WECHAT_APPID?: string;
    /** Where the H5 app is published; QR codes the app draws point to `<it>/q/<token>`. */
    TARO_APP_PUBLIC_H5_URL?: string;
  }
}
