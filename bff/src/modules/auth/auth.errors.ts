import { AppError } from '../../lib/app-error';

/** The auth module's expected failures; all are 401 so a client simply logs in again. */

/** WeChat refused the login code (unknown, already used or expired). */
export class LoginCodeRejectedError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', '微信登录失败，请重新登录');
  }
}

/** The refresh token is not ours, expired, of the wrong type, or its session ended. */
export class RefreshTokenInvalidError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', '登录已过期，请重新登录');
  }
}

/** An already-rotated refresh token came back: the whole session is revoked. */
export class RefreshTokenReusedError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', '登录状态异常，已退出登录，请重新登录');
  }
}
