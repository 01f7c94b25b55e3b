import { AppError } from '../../lib/app-error';

const field = (path: string, message: string) => [{ in: 'body', path, message }];

/** The users module's expected failures, each with a code from the contract. */

export class UserNotFoundError extends AppError {
  constructor() {
    super('NOT_FOUND', '用户不存在');
  }
}

/** The real-name provider says the name does not belong to the ID number. */
export class RealNameMismatchError extends AppError {
  constructor() {
    super('VALIDATION_FAILED', '姓名与身份证号不匹配', field('idNumber', '姓名与身份证号不匹配'));
  }
}

/** WeChat refused the phone-number code, or the number is not a mainland mobile number. */
export class PhoneCodeInvalidError extends AppError {
  constructor(message = '手机号授权已失效，请重新授权') {
    super('VALIDATION_FAILED', message, field('phoneCode', message));
  }
}

/** The ID number is already verified on another account. */
export class IdNumberTakenError extends AppError {
  constructor() {
    super('INVALID_STATE', '该身份证号已被其他账号实名');
  }
}

/** The record changed between read and write (a concurrent profile or role change). */
export class UserVersionConflictError extends AppError {
  constructor() {
    super('VERSION_CONFLICT');
  }
}

/** Unknown address, or another user's (which must not be revealed). */
export class AddressNotFoundError extends AppError {
  constructor() {
    super('NOT_FOUND', '地址不存在');
  }
}

export class AddressLimitError extends AppError {
  constructor(limit: number) {
    super('INVALID_STATE', `最多保存${limit}个收货地址`);
  }
}

/** A role was granted without what it needs (staff → department, agent → station, courier → company). */
export class RoleAssignmentError extends AppError {
  constructor(path: string, message: string) {
    super('VALIDATION_FAILED', message, field(path, message));
  }
}
