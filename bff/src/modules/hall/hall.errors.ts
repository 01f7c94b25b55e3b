import { type RequestProblem } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

const invalid = (path: string, message: string, where: RequestProblem['in'] = 'body') =>
  new AppError('VALIDATION_FAILED', message, [{ in: where, path, message }]);

/** Expected failures of the hall, each with its contract code. */
export const HallErrors = {
  groupNotFound: () => new AppError('NOT_FOUND', '未找到该窗口分组'),
  appointmentNotFound: () => new AppError('NOT_FOUND', '未找到该预约'),
  ticketNotFound: () => new AppError('NOT_FOUND', '未找到该号码'),
  /** A body names a group that does not exist (400: the request is wrong, nothing was looked up for the caller). */
  unknownGroup: (path = 'group') => invalid(path, '窗口分组不存在'),
  unknownItems: (codes: string[]) =>
    new AppError(
      'VALIDATION_FAILED',
      '分组包含不存在的事项',
      codes.map((code) => ({ in: 'body' as const, path: 'items', message: `事项不存在：${code}` })),
    ),
  notWorkingDay: (where: RequestProblem['in'] = 'body') => invalid('date', '该日不是工作日，大厅不办公', where),
  dateOutOfRange: (days: number) => invalid('date', `只能预约今天起 ${days} 天内的工作日`),
  slotStarted: () => invalid('slot', '该时段已开始或已过去'),
  unknownCase: () => invalid('caseId', '办件不存在'),
  unknownWindow: () => invalid('window', '该分组没有这个窗口'),
  sameGroup: () => invalid('group', '不能转到本分组'),
  badIfMatch: () => invalid('if-match', '应为正整数版本号', 'headers'),
  versionConflict: () => new AppError('VERSION_CONFLICT', '内容已被他人更新，请刷新后重试'),
  slotFull: () => new AppError('INVALID_STATE', '该时段已约满，请选择其他时段'),
  alreadyBooked: () => new AppError('INVALID_STATE', '您当天已预约该窗口，如需改约请先取消'),
  notBooked: () => new AppError('INVALID_STATE', '该预约已取消或已取号'),
  notToday: () => new AppError('INVALID_STATE', '只能在预约当天到大厅取号'),
  hallClosed: () => new AppError('INVALID_STATE', '大厅今日已停止取号'),
  noneWaiting: () => new AppError('INVALID_STATE', '当前没有等候的号码'),
  busy: () => new AppError('INVALID_STATE', '操作繁忙，请稍后重试'),
  wrongTicketState: (message = '该号码当前状态下不能进行此操作') => new AppError('INVALID_STATE', message),
  notYourWindow: () => new AppError('FORBIDDEN', '您不负责该窗口分组'),
} as const;
