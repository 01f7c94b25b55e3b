import { type ComponentType } from 'react';

/**
 * WeChat's privacy authorization (`__usePrivacyCheck__` in app.config.ts): when a privacy API
 * needs the person's agreement, a popup names the 用户隐私保护指引 (opened with
 * `Taro.openPrivacyContract`) and asks 同意 (a button `openType="agreePrivacyAuthorization"`)
 * or 不同意. Rendered by every page (components/Page.tsx). H5: nothing (no such check in a browser).
 */
export declare const PrivacyPrompt: ComponentType;
