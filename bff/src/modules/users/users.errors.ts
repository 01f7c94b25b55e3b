import { type RequestProblem } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

const field = (path: string, message: string): RequestProblem[] => [{ in: 'body', path, message }];

/** The users module's expected failures, each with a code from the contract. */
export const UserErrors = {
  notFound: () => new AppError('NOT_FOUND', '用户不存在'),
  /** The access token is valid but its user is gone. */
  loggedOut: () => new AppError('UNAUTHENTICATED', '登录已失效，请重新登录'),
  /** The real-name provider says the name does not belong to the ID number. */
  realNameMismatch: () =>
    new AppError('VALIDATION_FAILED', '姓名与身份证号不匹配', field('idNumber', '姓名与身份证号不匹配')),
  /** WeChat refused the phone-number code, or the number is not a mainland mobile number. */
  phoneCodeInvalid: (message = '手机号授权已失效，请重新授权') =>
    new AppError('VALIDATION_FAILED', message, field('phoneCode', message)),
  /** The ID number is already verified on another account. */
  idNumberTaken: () => new AppError('INVALID_STATE', '该身份证号已被其他账号实名'),
  /** The record changed between read and write (a concurrent profile or role change). */
  versionConflict: () => new AppError('VERSION_CONFLICT'),
  /** Unknown address, or another user's (which must not be revealed). */
  addressNotFound: () => new AppError('NOT_FOUND', '地址不存在'),
  addressLimit: (limit: number) => new AppError('INVALID_STATE', `最多保存${limit}个收货地址`),
  /** No admin (nor the demo seed) has set the centre's name, address and phone yet. */
  centreNotSet: () => new AppError('NOT_FOUND', '尚未设置政务服务中心的名称、地址和电话'),
  /** A role was granted without what it needs (staff → department, agent → station, courier → company). */
  roleIncomplete: (path: string, message: string) => new AppError('VALIDATION_FAILED', message, field(path, message)),
  /** A station or company given to an agent or courier is not on the list the centre keeps. */
  notOnList: (path: string, message: string) => new AppError('VALIDATION_FAILED', message, field(path, message)),
  /** A list saved without entries people still work for (one detail each); nothing is written. */
  listEntriesInUse: (details: RequestProblem[]) =>
    new AppError('VALIDATION_FAILED', details[0]?.message ?? '名单中的项目仍在使用', details),
  /** `If-Match` of the roles is not a version number. */
  badIfMatch: () =>
    new AppError('VALIDATION_FAILED', 'If-Match 应为版本号', [
      { in: 'headers', path: 'if-match', message: '应为正整数版本号' },
    ]),
} as const;
