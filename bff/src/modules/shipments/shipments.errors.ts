import { AppError } from '../../lib/app-error';
import { MAX_WRONG_CODES } from './receipt-code';

/** Expected failures of shipments, each with its contract code. */
export const ShipmentErrors = {
  /** Unknown, or another company's (which must not be revealed). */
  notFound: () => new AppError('NOT_FOUND', '未找到该快件'),
  locked: () => new AppError('LOCKED', `签收码错误已达${MAX_WRONG_CODES}次，快件已锁定，请联系窗口工作人员`),
  codeWrong: (attemptsLeft: number) =>
    new AppError('RECEIPT_CODE_WRONG', `签收码不正确，还可尝试${attemptsLeft}次`, [{ attemptsLeft }]),
  wrongState: (message: string) => new AppError('INVALID_STATE', message),
  notLocked: () => new AppError('INVALID_STATE', '该快件未被锁定'),
  noAddress: () => new AppError('INVALID_STATE', '办件没有收件地址，不能邮寄'),
  /** Another request is issuing the case by express right now (it holds the lease). */
  issuing: () => new AppError('VERSION_CONFLICT', '该办件正在出证，请刷新后查看'),
  /** Courier writes that kept losing to other writers: nothing was recorded. */
  busy: () => new AppError('VERSION_CONFLICT', '快件正在被处理，请稍后重试'),
} as const;
