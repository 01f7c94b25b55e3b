import { type MissingEntry, type RequestProblem } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

const invalid = (message: string, details: RequestProblem[]) => new AppError('VALIDATION_FAILED', message, details);

/** Expected failures of the cases module, each with its contract code. */
export const ApplicationErrors = {
  /** Unknown, or someone else's (which must not be revealed). */
  notFound: () => new AppError('NOT_FOUND', '未找到该办件'),
  materialNotFound: () => new AppError('NOT_FOUND', '该办件没有这项材料'),
  addressNotFound: () => new AppError('NOT_FOUND', '地址不存在'),
  notVerified: () => new AppError('INVALID_STATE', '请先完成实名认证'),
  forbidden: () => new AppError('FORBIDDEN', '只有代办员可以代他人申请'),
  /** The agents' list (`scope=agent`) asked for by someone who is not an agent. */
  agentsOnly: () => new AppError('FORBIDDEN'),
  agentWithoutStation: () => new AppError('INVALID_STATE', '代办员尚未指定服务站点，请联系管理员'),
  applicantIsAgent: () =>
    invalid('为本人申请请直接以居民身份办理', [
      { in: 'body', path: 'applicant.idNumber', message: '代办申请人不能是代办员本人' },
    ]),
  applicantMismatch: () =>
    invalid('申请人姓名与身份证号不一致', [{ in: 'body', path: 'applicant.name', message: '姓名与身份证号不一致' }]),
  versionConflict: () => new AppError('VERSION_CONFLICT', '办件已被更新，请刷新后重试'),
  wrongState: (message = '当前状态下不能进行此操作') => new AppError('INVALID_STATE', message),
  notEditable: () => new AppError('INVALID_STATE', '办件已提交，当前不能修改'),
  paymentStarted: () => new AppError('INVALID_STATE', '已发起缴费，不能再更改领取方式'),
  /** Every missing required field and every missing required material. */
  incomplete: (missing: MissingEntry[]) => new AppError('INCOMPLETE', '申请材料或信息不完整，请补齐后再提交', missing),
  unknownItems: (codes: string[]) =>
    invalid(
      '申请包含不存在的事项',
      codes.map((code) => ({ in: 'body', path: 'items', message: `事项不存在：${code}` })),
    ),
  /** 分面上传: `uploadSlots` that do not fit the material (one detail each). */
  badSlots: (problems: string[]) =>
    invalid(
      problems[0] ?? '分面信息不正确',
      problems.map((message) => ({ in: 'body', path: 'uploadSlots', message })),
    ),
  duplicateItems: () => invalid('申请中的事项不能重复', [{ in: 'body', path: 'items', message: '事项不能重复' }]),
  unknownChain: (code: string) =>
    invalid('一链办理事项不存在', [{ in: 'body', path: 'chain', message: `一链办理事项不存在：${code}` }]),
  badData: (problems: { field: string; reason: string }[]) =>
    invalid(
      problems[0]?.reason ?? '表单内容不正确',
      problems.map((p) => ({ in: 'body', path: p.field ? `data.${p.field}` : 'data', message: p.reason })),
    ),
  expressNotAllowed: (itemNames: string[]) =>
    invalid(`${itemNames.join('、')}不支持快递送达`, [
      { in: 'body', path: 'delivery.method', message: `${itemNames.join('、')}不支持快递送达` },
    ]),
  addressRequired: () =>
    invalid('快递送达需要选择收货地址', [{ in: 'body', path: 'delivery.addressId', message: '请选择收货地址' }]),
} as const;
