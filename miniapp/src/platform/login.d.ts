import { type Platform } from '@onetrip/shared';

/** The `platform` sent with POST /auth/wechat. */
export declare const LOGIN_PLATFORM: Platform;

/**
 * Starts WeChat login. weapp: resolves with a code from `Taro.login`.
 * H5: leaves for WeChat web OAuth and resolves null; the code comes back in the URL.
 */
export declare function startLogin(): Promise<string | null>;

/**
 * H5: the code WeChat OAuth came back with (once; it is then removed from the URL), or null.
 * Throws when the `state` does not match the one this browser sent. weapp: always null.
 */
export declare function takeReturnedCode(): string | null;
