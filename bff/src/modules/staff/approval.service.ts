import { type ApproveBody, type ReasonBody, type StaffApplicationView } from '@onetrip/shared';
import {
  decidesPerItem,
  dependentsOf,
  readyToApprove,
  sourcesOf,
  type ApplicationRecord,
  type CaseItem,
  type TimelineEntry,
} from '../applications';
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
 * 一链办理: an item that takes an earlier item's result as a material is decided on that result, so it
 * is approved only after the earlier item is (409 INVALID_STATE naming it). Denying it needs no wait.
 */
function assertInputsApproved(record: ApplicationRecord, item: CaseItem): void {
  const waiting = sourcesOf(record, item.code)
    .map((code) => record.items.find((i) => i.code === code))
    .filter((source) => source && source.status !== 'approved');
  if (waiting.length)
    throw StaffErrors.wrongState(
      `须待本链「${waiting.map((i) => i?.name).join('、')}」审批通过后，再审批「${item.name}」`,
    );
}

/** The case as it would be with these items' statuses: what decides whether the case moves on. */
const withStatuses = (record: ApplicationRecord, statuses: Map<string, CaseItem['status']>): ApplicationRecord => ({
  ...record,
  items: record.items.map((i) => ({ ...i, status: statuses.get(i.code) ?? i.status })),
});

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
 * accepted the case (`受审分离：受理人不能审批本件`), and for a chain item whose
 * earlier item (its input) is not yet approved. A chain case with a denied item
 * becomes `approved` only once its lead department has said to go on.
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
  assertInputsApproved(record, item);
  await assertSeparation(ctx, record);
  const last = readyToApprove(withStatuses(record, new Map([[item.code, 'approved']])));
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
 * is `denied` with the reason (不予许可). A single item's case, or a case of
 * freely chosen items, is denied with it (the time limit stops; a paid case is
 * refunded). In a chain case only the item ends, and with it the items that take
 * its result as a material (`dependentsOf`); the lead department then decides
 * whether the rest goes on (`chain-decision.service.ts`), unless nothing is left
 * (then the case is denied as above). Outcomes as for approve.
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
  const ended = decidesPerItem(record) ? endedWith(ctx, record, item) : null;
  const itemsSet = { [`items.${index}.status`]: 'denied', [`items.${index}.denyReason`]: body.reason, ...ended?.set };
  const events = [staffEvent(ctx, 'item_denied', note), ...(ended?.events ?? [])];
  if (ended?.remaining) {
    // The case goes on waiting for the lead department's decision: nothing is final, the clock runs.
    const updated = await applyChange(ctx, record, { events, set: itemsSet });
    return staffViewOf(ctx, updated);
  }
  const updated = await applyChange(ctx, record, {
    path: ['denied'],
    events: [...events, staffEvent(ctx, 'denied', body.reason)],
    set: { ...itemsSet, concludedAt: new Date() },
    notify: [{ kind: 'denied', extra: { note } }],
  });
  // A paid case that is not served is refunded (payments module); the answer shows the refund's version.
  const refunded = await refundIfPaid(ctx.app, updated, 'denied');
  return staffViewOf(ctx, refunded ?? updated);
}

/**
 * A chain item's denial ends the pending items that take its result (their own reason says why), and
 * tells whether any item is left that is not denied.
 */
function endedWith(ctx: StaffContext, record: ApplicationRecord, item: CaseItem) {
  const set: Record<string, string> = {};
  const events: TimelineEntry[] = [];
  const statuses = new Map<string, CaseItem['status']>([[item.code, 'denied']]);
  for (const dependent of dependentsOf(record, item.code)) {
    if (dependent.status !== 'pending') continue;
    const n = record.items.findIndex((i) => i.code === dependent.code);
    const reason = `本链「${item.name}」不予许可，本事项随之终止`;
    set[`items.${n}.status`] = 'denied';
    set[`items.${n}.denyReason`] = reason;
    statuses.set(dependent.code, 'denied');
    events.push(staffEvent(ctx, 'item_ended', `${dependent.name}：${reason}`));
  }
  const remaining = withStatuses(record, statuses).items.some((i) => i.status !== 'denied');
  return { set, events, remaining };
}
