import { type ApproveBody, type ReasonBody, type StaffApplicationView } from '@onetrip/shared';
import { type ApplicationRecord, type CaseItem } from '../applications';
import { hallConfig } from '../users';
import { refundIfPaid } from '../payments';
import { assertStep, loadStaffCase, staffEvent, type StaffContext } from './staff-access';
import { acceptorOf, staffViewOf } from './staff-view';
import { StaffErrors } from './staff.errors';
import { applyChange } from './transition';

/**
 * The item the staff member decides on: it must be in the case (404),
 * belong to their department (403: they are involved, so the case is no
 * secret to them), be `pending` in an `accepted` case (409 INVALID_STATE).
 */
function itemToDecide(ctx: StaffContext, record: ApplicationRecord, code: string): { item: CaseItem; index: number } {
  const index = record.items.findIndex((i) => i.code === code);
  const item = record.items[index];
  if (!item) throw StaffErrors.itemNotFound();
  if (item.department !== ctx.staff.department) throw StaffErrors.otherDepartment();
  if (record.status !== 'accepted') throw StaffErrors.wrongState('办件不在审批阶段');
  if (item.status !== 'pending') throw StaffErrors.wrongState('该事项已审批');
  return { item, index };
}

/**
 * 受审分离 (the centre's setting, on unless an admin turned it off with `PUT /admin/config/hall`):
 * the staff member who accepted the case may not approve or deny its items (409 INVALID_STATE).
 */
async function assertSeparation(ctx: StaffContext, record: ApplicationRecord): Promise<void> {
  if (acceptorOf(record) !== ctx.staff.userId) return;
  if ((await hallConfig(ctx.app.db)).separateAcceptanceFromApproval) throw StaffErrors.acceptorDecides();
}

/**
 * `POST /staff/applications/:id/items/:code/approve` with `If-Match`
 * (并联审批: each department its own items, in any order). When this was the
 * last pending item, the case becomes `approved` in the same update.
 *
 * Outcomes: the staff view; 404 NOT_FOUND when the department is not involved
 * or the case has no such item; 403 FORBIDDEN for an item of another department,
 * and for a comprehensive or results window (they never decide: before any read);
 * 409 VERSION_CONFLICT (stale If-Match, or another department's decision came
 * first: read again and retry); 409 INVALID_STATE when the case is not
 * `accepted` or the item is decided, and under 受审分离 when the staff member
 * accepted the case (`受审分离：受理人不能审批本件`).
 */
export async function approveItem(
  ctx: StaffContext,
  id: string,
  code: string,
  ifMatch: string,
  body: ApproveBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'decide');
  const record = await loadStaffCase(ctx, id, ifMatch);
  const { item, index } = itemToDecide(ctx, record, code);
  await assertSeparation(ctx, record);
  const last = record.items.every((i, n) => n === index || i.status === 'approved');
  const note = body?.comment ? `${item.name}：${body.comment}` : item.name;
  const updated = await applyChange(ctx, record, {
    path: last ? ['approved'] : [],
    events: [staffEvent(ctx, 'item_approved', note), ...(last ? [staffEvent(ctx, 'approved')] : [])],
    set: { [`items.${index}.status`]: 'approved' },
    notify: last ? [{ kind: 'approved' }] : [],
  });
  return staffViewOf(ctx, updated);
}

/**
 * `POST /staff/applications/:id/items/:code/deny` with `If-Match`: the item
 * is `denied` and so is the case (不予许可), with the reason; the time limit stops.
 * Outcomes as for approve.
 */
export async function denyItem(
  ctx: StaffContext,
  id: string,
  code: string,
  ifMatch: string,
  body: ReasonBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'decide');
  const record = await loadStaffCase(ctx, id, ifMatch);
  const { item, index } = itemToDecide(ctx, record, code);
  await assertSeparation(ctx, record);
  const note = `${item.name}：${body.reason}`;
  const updated = await applyChange(ctx, record, {
    path: ['denied'],
    events: [staffEvent(ctx, 'item_denied', note), staffEvent(ctx, 'denied', body.reason)],
    set: { [`items.${index}.status`]: 'denied', concludedAt: new Date() },
    notify: [{ kind: 'denied', extra: { note } }],
  });
  // A paid case that is not served is refunded (payments module); the answer shows the refund's version.
  const refunded = await refundIfPaid(ctx.app, updated, 'denied');
  return staffViewOf(ctx, refunded ?? updated);
}
