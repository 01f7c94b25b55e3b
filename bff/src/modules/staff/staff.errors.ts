import { type RequestProblem } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

const invalid = (problems: RequestProblem[]) =>
  new AppError('VALIDATION_FAILED', problems[0]?.message ?? '提交的内容不正确', problems);

/** Expected failures of the staff side, each with its contract code. */
export const StaffErrors = {
  /** Unknown, or no item of the staff member's department (which must not be revealed). */
  notFound: () => new AppError('NOT_FOUND', '未找到该办件'),
  itemNotFound: () => new AppError('NOT_FOUND', '该办件没有这个事项'),
  otherDepartment: () => new AppError('FORBIDDEN', '该事项由其他部门审批'),
  notLead: () => new AppError('FORBIDDEN', '出证和领取由牵头部门或统一出件窗口办理'),
  /** The staff member's kind does not take this step (a comprehensive window approving, a results window accepting…). */
  notYourStep: (message: string) => new AppError('FORBIDDEN', message),
  /** 受审分离 (the centre's setting): whoever accepted the case may not decide its items. */
  acceptorDecides: () => new AppError('INVALID_STATE', '受审分离：受理人不能审批本件'),
  wrongState: (message = '当前状态下不能进行此操作') => new AppError('INVALID_STATE', message),
  noticeThisRound: () => new AppError('INVALID_STATE', '本轮已发出一次性告知，请等待申请人补正后再审查'),
  feeUnpaid: () => new AppError('INVALID_STATE', '费用尚未缴清，不能出证'),
  /** 容缺材料 past their day: the issue waits, and the case is in the 容缺逾期 queue. */
  gapsOverdue: (names: string[], due: string) =>
    new AppError(
      'INVALID_STATE',
      `容缺材料已逾期未补齐（应于${due}前补齐）：${names.join('、')}`,
      names.map((name) => ({ reason: `逾期待补：${name}` })),
    ),
  gapsOpen: (names: string[]) =>
    new AppError(
      'INVALID_STATE',
      `容缺材料尚未补齐：${names.join('、')}`,
      names.map((name) => ({ reason: `待补：${name}` })),
    ),
  pickupCodeWrong: () => new AppError('RECEIPT_CODE_WRONG', '取件码不正确'),
  invalid,
} as const;
