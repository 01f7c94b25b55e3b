import { type FastifyInstance } from 'fastify';
import { CASE_STATUS_LABELS, type DeletionResult, type RequestProblem } from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { recordAudit } from '../audit';
import { casesOfPerson, isOwnDraft, removeOwnDrafts, type ApplicationRecord } from '../applications';
import { revokeAllSessions } from '../auth';
import { removeUnusedUploadsOf } from '../uploads';
import { eraseAccount, loadSignedInUser, removeAddressesOf, rolesOf } from '../users';
import { consentModel } from './consents.model';
import { isOpenCase } from './personal-data.service';
import { PrivacyErrors } from './privacy.errors';

/** A case that keeps the account: still being handled, or a draft someone else prepares for the person. */
function blockingProblem(r: ApplicationRecord, userId: string): RequestProblem | null {
  const names = r.items.map((i) => i.name).join('、');
  const id = r._id.toHexString();
  if (isOpenCase(r)) {
    return { path: 'cases', id, message: `${r.number ?? ''}「${names}」${CASE_STATUS_LABELS[r.status]}，尚未办结` };
  }
  if (r.status === 'draft' && !isOwnDraft(r, userId)) {
    return { path: 'cases', id, message: `「${names}」是代办员或窗口正在为您填写的申请，请先撤回` };
  }
  return null;
}

/**
 * `POST /me/deletion` `{confirm: "注销账号"}` (注销账号). Cases are 政务服务 records the law
 * keeps: a finished case stays as it is (with the applicant as submitted); the account's
 * personal data goes. In order — each step safe alone, so a failure half-way leaves a smaller
 * account the person can delete again:
 * 1. refuse while the person still works for the centre (any role but resident), or while a
 *    case of theirs is in progress or an agent's/window's draft waits for them (409, one detail
 *    per case, naming it);
 * 2. their own drafts removed, then their addresses, then their uploads no case uses;
 * 3. the user record erased in one version-guarded write (profile, WeChat identity, roles) and
 *    marked deleted — from here every token of theirs is refused — and every session revoked;
 * 4. addresses once more (one added in the same second), audited `account.deleted`.
 * Consents are kept as the proof of what was agreed (they name the account id only).
 *
 * Outcomes: what went and what was kept; 409 INVALID_STATE (roles, open cases);
 * 409 VERSION_CONFLICT (the record changed meanwhile); 401 when the account is already gone.
 */
export async function deleteAccount(app: FastifyInstance, auth: AuthUser, requestId: string): Promise<DeletionResult> {
  const user = await loadSignedInUser(app, auth.id);
  if (rolesOf(user).some((role) => role !== 'resident')) throw PrivacyErrors.holdsRoles();
  const cases = await casesOfPerson(app, auth.id);
  const problems = cases.map((r) => blockingProblem(r, auth.id)).filter((p): p is RequestProblem => p !== null);
  if (problems.length) throw PrivacyErrors.casesOpen(problems);

  const drafts = await removeOwnDrafts(app, auth.id, cases);
  let addresses = await removeAddressesOf(app.db, auth.id);
  const { removed: uploads, failed } = await removeUnusedUploadsOf(app, auth.id);
  // Not a reason to keep the account: housekeeping removes unused uploads after a day anyway.
  if (failed) app.log.warn({ action: 'account.delete', userId: auth.id, failed }, 'some unused uploads were left');

  const at = new Date();
  if (!(await eraseAccount(app, auth.id, user.version, at))) throw PrivacyErrors.versionConflict();
  const sessions = await revokeAllSessions(app, auth.id);
  addresses += await removeAddressesOf(app.db, auth.id);

  const consents = await consentModel(app.db).countDocuments({ userId: auth.id });
  await recordAudit(app.db, {
    actor: { userId: auth.id, role: 'resident' },
    action: 'account.deleted',
    target: auth.id,
    requestId,
  });
  return {
    deletedAt: at.toISOString(),
    removed: { addresses, drafts, uploads, sessions },
    kept: { cases: cases.length - drafts, consents },
  };
}
