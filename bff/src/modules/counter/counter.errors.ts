import { type MissingEntry, type RequestProblem } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

const invalid = (problems: RequestProblem[]) =>
  new AppError('VALIDATION_FAILED', problems[0]?.message ?? '提交的内容不正确', problems);
const bodyProblem = (path: string, message: string) => invalid([{ in: 'body', path, message }]);

/** Expected failures of the counter, each with its contract code. */
export const CounterErrors = {
  /** A results window (统一出件), or a department window without a department: it does not take walk-ins. */
  notACounter: () => new AppError('FORBIDDEN', '统一出件窗口不办理柜台受理'),
  /** A department window starting or serving a case with another department's item. */
  otherDepartment: () => new AppError('FORBIDDEN', '部门窗口只能受理本部门的事项'),
  /** Unknown, not started at a counter, or not one the clerk may serve (which must not be revealed). */
  caseNotFound: () => new AppError('NOT_FOUND', '未找到该柜台办件'),
  materialNotFound: () => new AppError('NOT_FOUND', '该办件没有这项材料'),
  personNotFound: () => new AppError('NOT_FOUND', '未找到该办事人'),
  unknownPerson: () => bodyProblem('personId', '办事人未登记，请先登记'),
  ownCase: () => bodyProblem('personId', '窗口人员不能为本人受理办件'),
  nameMismatch: () => bodyProblem('name', '姓名与身份证号不一致'),
  versionConflict: () => new AppError('VERSION_CONFLICT', '办件已被更新，请刷新后重试'),
  personChanged: () => new AppError('VERSION_CONFLICT', '办事人信息已被更新，请刷新后重试'),
  wrongState: (message = '当前状态下不能进行此操作') => new AppError('INVALID_STATE', message),
  /** Accept: everything still missing that is not a listed gapAllowed gap. */
  incomplete: (missing: MissingEntry[]) =>
    new AppError('INCOMPLETE', '申请材料或信息不完整，可补齐后受理，或出具一次性告知书', missing),
  nothingToTell: () => bodyProblem('problems', '材料已齐全，没有需要一次性告知的内容'),
  noReceipt: () => new AppError('INVALID_STATE', '该办件尚未受理，也没有一次性告知书'),
  linkNotFound: () => new AppError('NOT_FOUND', '链接无效或已过期'),
  invalid,
} as const;
