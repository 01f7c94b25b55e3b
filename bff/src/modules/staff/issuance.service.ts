import { type HandoverBody, type IssueBody, type StaffApplicationView } from '@onetrip/shared';
import { commitmentOffer, gapsOverdue, newRateLink, recordLicences, type ApplicationRecord } from '../applications';
import { certificatesOf } from './certificates';
import { issueByExpress } from './express-issue.service';
import { issueElectronically } from './electronic-issue.service';
import { newPickupCode, pickupCodeMatches } from './pickup-code';
import { assertLead, assertStep, loadStaffCase, staffEvent, type StaffContext } from './staff-access';
import { staffViewOf } from './staff-view';
import { StaffErrors } from './staff.errors';
import { applyChange, type StaffChange } from './transition';

/** Nothing may stop the issue: a fee to pay, or a gap material still missing. */
function assertIssuable(record: ApplicationRecord): void {
  if (record.status !== 'approved') throw StaffErrors.wrongState('办件尚未审批通过');
  if (record.fee.total > 0 && record.payment?.status !== 'paid') throw StaffErrors.feeUnpaid();
  assertGapsAllowIssue(record);
}

/**
 * Open gaps (容缺) stop the issue, unless every item's commitment lets the
 * certificate go first (the deadline carried on past issue) — and never once
 * the deadline has passed.
 */
function assertGapsAllowIssue(record: ApplicationRecord): void {
  const gaps = record.gaps ?? [];
  if (!gaps.length) return;
  const names = gaps.map((code) => record.materials.find((m) => m.code === code)?.name ?? code);
  if (gapsOverdue(record)) throw StaffErrors.gapsOverdue(names, record.gapsDue ?? '');
  if (!commitmentOffer(record)?.issueBeforeGaps) throw StaffErrors.gapsOpen(names);
}

/**
 * `POST /staff/applications/:id/issue` with `If-Match`, by the lead
 * department or the results window (统一出件, any department's case): the certificate is made (`approved` → `issued`; the time limit
 * stops). Window delivery goes on to `ready_for_pickup` in the same update,
 * with a fresh six-digit pick-up code stored encrypted and sent to the
 * applicant; express delivery goes on to `shipping` with a waybill at the
 * express platform and a receipt code sent to the applicant (express-issue.service.ts).
 *
 * Outcomes: the staff view (never a code); 403 FORBIDDEN for an involved
 * department that does not lead, and for a comprehensive window; 404 NOT_FOUND; 409 VERSION_CONFLICT;
 * 409 INVALID_STATE when not `approved`, while a fee (the express fee too) is
 * unpaid, or while a gap is open; 503 UPSTREAM_UNAVAILABLE when the express
 * platform is down (nothing changed).
 */
export async function issueCase(
  ctx: StaffContext,
  id: string,
  ifMatch: string,
  body: IssueBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'issue');
  const record = await loadStaffCase(ctx, id, ifMatch);
  assertLead(ctx, record);
  assertIssuable(record);
  // Each approved item its own number (a chain's denied items get none); a wrong list is 400, nothing written.
  const certificates = certificatesOf(record, body);
  const issued = staffEvent(ctx, 'issued', certificates.note);
  const set = { ...certificates.set, concludedAt: new Date() };
  if (record.delivery?.method === 'express') {
    return staffViewOf(ctx, await withLicences(ctx, await issueByExpress(ctx, record, { event: issued, set })));
  }
  if (record.delivery?.method === 'electronic')
    return staffViewOf(ctx, await withLicences(ctx, await issueElectronically(ctx, record, { event: issued, set })));
  let change: StaffChange = { path: ['issued'], events: [issued], set, notify: [{ kind: 'issued' }] };
  if (record.delivery?.method === 'window') {
    // The code is kept only encrypted, on the case and in the outbox entry that sends it.
    const codeEnc = ctx.app.pii.encrypt(newPickupCode());
    change = {
      path: ['issued', 'ready_for_pickup'],
      events: [issued, staffEvent(ctx, 'ready_for_pickup')],
      set: { ...set, pickupCodeEnc: codeEnc },
      notify: [{ kind: 'ready_for_pickup', extra: { codeEnc } }],
    };
  }
  return staffViewOf(ctx, await withLicences(ctx, await applyChange(ctx, record, change)));
}

/**
 * 电子证照: the issued case's licences for its applicant (applications'
 * `recordLicences`, a unique insert per case and item). The case is issued
 * whatever happens here: a failure is logged, not answered as the issue's.
 */
async function withLicences(ctx: StaffContext, issued: ApplicationRecord): Promise<ApplicationRecord> {
  try {
    await recordLicences(ctx.app, issued);
  } catch (err) {
    ctx.app.log.error({ err, caseId: issued._id.toHexString() }, 'the licences of an issued case were not written');
  }
  return issued;
}

/**
 * `POST /staff/applications/:id/handover` (If-Match optional, as in API.md),
 * by the lead department or the results window: the applicant (or their agent) shows the pick-up
 * code at the window; `ready_for_pickup` → `completed`, and the code is deleted.
 * The same write stores a single-use rating link (hash and expiry) and
 * queues the `completed` message that carries it (applications/rate-link.ts).
 *
 * Outcomes: the staff view; 422 RECEIPT_CODE_WRONG for a wrong code (nothing
 * changes); 403 FORBIDDEN (not the lead department; a comprehensive window); 404 NOT_FOUND;
 * 409 VERSION_CONFLICT; 409 INVALID_STATE when not `ready_for_pickup`.
 */
export async function handoverCase(
  ctx: StaffContext,
  id: string,
  ifMatch: string | undefined,
  body: HandoverBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'issue');
  const record = await loadStaffCase(ctx, id, ifMatch);
  assertLead(ctx, record);
  if (record.status !== 'ready_for_pickup') throw StaffErrors.wrongState('办件不在待领取状态');
  if (!pickupCodeMatches(ctx.app.pii, record.pickupCodeEnc, body.pickupCode)) throw StaffErrors.pickupCodeWrong();
  const now = new Date();
  // The rating link's hash is written with the completion, its token goes out in the `completed` message.
  const rateLink = newRateLink(ctx.app.pii, record, now);
  const updated = await applyChange(ctx, record, {
    path: ['completed'],
    events: [staffEvent(ctx, 'completed', '窗口领取')],
    set: { completedAt: now, ...rateLink.set },
    more: { $unset: { pickupCodeEnc: '' } },
    notify: [{ kind: 'completed', extra: rateLink.extra }],
  });
  return staffViewOf(ctx, updated);
}
