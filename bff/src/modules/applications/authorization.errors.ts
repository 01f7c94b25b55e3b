import { AppError } from '../../lib/app-error';

/** Expected failures around 授权委托, each with its contract code and words for the person in front of it. */
export const AuthorizationErrors = {
  /** Unknown, or not the caller's to see (which must not be revealed). */
  notFound: () => new AppError('NOT_FOUND', '未找到该授权'),
  agentCannotConfirm: () => new AppError('FORBIDDEN', '授权须由申请人本人用自己的微信确认，代办员不能代为确认'),
  agentCannotRevoke: () => new AppError('FORBIDDEN', '授权只能由申请人本人撤销；代办员可撤回办件'),
  paperByAgentOnly: () => new AppError('FORBIDDEN', '纸质授权书由代办员上传'),
  notVerified: () => new AppError('INVALID_STATE', '请先完成实名认证，再确认授权'),
  revoked: () => new AppError('INVALID_STATE', '申请人已撤销代办授权，该办件不能再由代办员提交'),
  caseClosed: () => new AppError('INVALID_STATE', '该办件已结束，无需再确认授权'),
  tooLateToRevoke: () => new AppError('INVALID_STATE', '办件已受理，不能再撤销授权；如需终止请联系窗口工作人员'),
  missing: () =>
    new AppError('INVALID_STATE', '尚未取得申请人授权：请申请人用本人微信扫码确认授权，或上传申请人签字的纸质授权书'),
  paperRefused: () =>
    new AppError(
      'INVALID_STATE',
      '纸质授权书未通过审核：请重新上传申请人签字的授权书，或请申请人用本人微信扫码确认授权',
    ),
  notAcceptable: () => new AppError('INVALID_STATE', '代办授权尚未确认，纸质授权书也未提供，不能受理'),
} as const;
