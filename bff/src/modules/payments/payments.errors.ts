import { type ErrorCode } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

/** An AppError with this code: for callers that expect one failure and pass on the rest. */
export const isAppError = (err: unknown, code: ErrorCode): err is AppError =>
  err instanceof AppError && err.code === code;

/** Expected failures of the payments module, each with its contract code. */
export const PaymentErrors = {
  nothingToPay: () => new AppError('INVALID_STATE', '该办件无需缴费'),
  notPayable: () => new AppError('INVALID_STATE', '当前状态下不能缴费'),
  alreadyPaid: () => new AppError('INVALID_STATE', '已支付'),
  /** The catalog asks this fee later than now (rules/fees.ts): the case page says when. */
  notYetDue: (due: 'approval' | 'issue') =>
    new AppError('INVALID_STATE', due === 'approval' ? '审批通过后再缴费' : '全部审批通过后再缴费（出证前缴清）'),
  inProgress: () => new AppError('INVALID_STATE', '支付处理中，请稍后刷新查看'),
  busy: () => new AppError('VERSION_CONFLICT', '正在发起缴费，请稍后重试'),
  tooManyAttempts: () => new AppError('INVALID_STATE', '缴费次数过多，请联系工作人员'),
  noOpenid: () => new AppError('INVALID_STATE', '请在微信中重新登录后再缴费'),
} as const;

/** Why a notification or an order query does not match what we recorded (nothing is changed). */
export type MismatchReason =
  | 'merchant'
  | 'unknown_order'
  | 'amount'
  | 'trade_state'
  | 'unknown_refund'
  | 'refund_status';

/**
 * A transaction (from WeChat Pay's notification or our order query) that does
 * not match what we recorded. Not an AppError on purpose: it is an internal
 * signal, never a contract answer — the notify route turns it into WeChat's own
 * `{code: 'FAIL'}` 400 and reconciliation logs it and moves on.
 */
export class PaymentMismatch extends Error {
  constructor(readonly reason: MismatchReason) {
    super(`payment does not match: ${reason}`);
    this.name = 'PaymentMismatch';
  }
}
