import { type ChainDecisionBody, type StaffApplicationView } from '@onetrip/shared';
import { awaitsChainDecision, readyToApprove, type ApplicationRecord } from '../applications';
import { refundIfPaid } from '../payments';
import { assertStep, leadDepartmentOf, loadStaffCase, staffEvent, type StaffContext } from './staff-access';
import { staffViewOf } from './staff-view';
import { StaffErrors } from './staff.errors';
import { applyChange } from './transition';

/**
 * Only the chain's lead department (a department window) decides for the whole case; the other involved
 * departments decide their own items only (403, the case is no secret to them).
 */
function assertLeadDepartment(ctx: StaffContext, record: ApplicationRecord): void {
  if (leadDepartmentOf(record) !== ctx.staff.department) {
    throw StaffErrors.notYourStep('是否继续办理由本链牵头部门决定');
  }
}

/**
 * `POST /staff/applications/:id/chain-decision` (If-Match) `{goOn, reason?}`, by the lead department of a
 * chain case one of whose items was denied: go on with the other items (the case is `approved` once every
 * item left is, and issue issues those), or stop — the case is denied (不予许可, the time limit stops, a paid
 * case is refunded). One version-guarded write with its timeline event; a later denial needs a new decision.
 *
 * Outcomes: the staff view; 403 FORBIDDEN for another involved department and for a comprehensive or
 * results window (before any read); 404 NOT_FOUND when not involved; 409 VERSION_CONFLICT; 409
 * INVALID_STATE when no denial waits for a decision (not a chain case, not `accepted`, decided already).
 */
export async function decideChain(
  ctx: StaffContext,
  id: string,
  ifMatch: string,
  body: ChainDecisionBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'decide');
  const record = await loadStaffCase(ctx, id, ifMatch);
  assertLeadDepartment(ctx, record);
  if (!awaitsChainDecision(record)) throw StaffErrors.wrongState('本办件没有待决定是否继续办理的不予许可事项');
  const now = new Date();
  const covers = record.items.filter((i) => i.status === 'denied').map((i) => i.code);
  const chainDecision = {
    goOn: body.goOn,
    ...(body.reason ? { reason: body.reason } : {}),
    at: now,
    by: ctx.staff.userId,
    covers,
  };
  if (body.goOn) {
    const approve = readyToApprove({ ...record, chainDecision });
    const updated = await applyChange(ctx, record, {
      path: approve ? ['approved'] : [],
      events: [
        staffEvent(ctx, 'chain_go_on', body.reason ?? '其余事项继续办理'),
        ...(approve ? [staffEvent(ctx, 'approved')] : []),
      ],
      set: { chainDecision },
      notify: approve ? [{ kind: 'approved' }] : [],
    });
    return staffViewOf(ctx, updated);
  }
  const reason = body.reason ?? '';
  const updated = await applyChange(ctx, record, {
    path: ['denied'],
    events: [staffEvent(ctx, 'chain_stopped', reason), staffEvent(ctx, 'denied', reason)],
    set: { chainDecision, concludedAt: now },
    notify: [{ kind: 'denied', extra: { note: reason } }],
  });
  // As for a denied item: a paid case that is not served is refunded, and the answer shows the refund's version.
  const refunded = await refundIfPaid(ctx.app, updated, 'denied');
  return staffViewOf(ctx, refunded ?? updated);
}
