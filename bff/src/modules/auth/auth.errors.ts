import { AppError } from '../../lib/app-error';

/** The auth module's expected failures; all are 401 so a client simply logs in again. */
export const AuthErrors = {
  /** WeChat refused the login code (unknown, already used or expired). */
  loginCodeRejected: () => new AppError('UNAUTHENTICATED', '微信登录失败，请重新登录'),
  /** The refresh token is not ours, expired, of the wrong type, or its session ended. */
  refreshTokenInvalid: () => new AppError('UNAUTHENTICATED', '登录已过期，请重新登录'),
  /** An already-rotated refresh token came back: the whole session is revoked. */
  refreshTokenReused: () => new AppError('UNAUTHENTICATED', '登录状态异常，已退出登录，请重新登录'),
} as const;
