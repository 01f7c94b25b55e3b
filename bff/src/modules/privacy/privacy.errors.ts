import { type RequestProblem } from '@onetrip/shared';
import { AppError } from '../../lib/app-error';

/** The privacy module's expected failures, each with a code from the contract. */
export const PrivacyErrors = {
  /** The version agreed to is not the one in force (the app showed an older text). */
  staleVersion: (current: string) =>
    new AppError('INVALID_STATE', '协议或告知已更新，请阅读新版本后再同意', [
      { in: 'body', path: 'version', message: `当前版本为 ${current}` },
    ]),
  /** Deletion while a case is still being handled: one detail per case, naming it. */
  casesOpen: (details: RequestProblem[]) =>
    new AppError('INVALID_STATE', '您还有正在办理的办件，办结或撤回后才能注销账号', details),
  /** Deletion of an account that still works for the centre (staff, agent, courier, admin). */
  holdsRoles: () => new AppError('INVALID_STATE', '您仍担任工作人员、代办员或快递员等身份，请先联系管理员解除后再注销'),
  /** The record changed under the deletion (a profile saved at the same moment). */
  versionConflict: () => new AppError('VERSION_CONFLICT'),
} as const;
