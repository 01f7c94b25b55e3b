import { type StaffApplicationView, type UnlockShipmentBody } from '@onetrip/shared';
import { issueReceiptCode, ShipmentErrors } from '../shipments';
import { assertLead, assertStep, loadStaffCase, staffEvent, type StaffContext } from './staff-access';
import { staffViewOf } from './staff-view';
import { applyChange } from './transition';
import { type StoredShipmentEvent } from '../applications';

/**
 * `POST /staff/applications/:id/shipment/unlock` `{note}` (If-Match optional,
 * checked when sent), by the lead department or the results window — not in API.md: staff resolve a
 * shipment locked by five wrong receipt codes (they have checked who is at the
 * door, e.g. by phone). The old code stops working: a NEW code is issued and
 * sent to the applicant, the wrong-code count starts again, and the shipment
 * and the case timeline say so — one update.
 *
 * Outcomes: the staff view (never the code); 403 FORBIDDEN (not the lead
 * department; a comprehensive window); 404 NOT_FOUND; 409 VERSION_CONFLICT; 409 INVALID_STATE when the
 * case is not shipping or its shipment is not locked.
 */
export async function unlockShipment(
  ctx: StaffContext,
  id: string,
  ifMatch: string | undefined,
  body: UnlockShipmentBody,
): Promise<StaffApplicationView> {
  assertStep(ctx, 'issue');
  const record = await loadStaffCase(ctx, id, ifMatch);
  assertLead(ctx, record);
  const { shipment } = record;
  if (record.status !== 'shipping' || !shipment?.locked) throw ShipmentErrors.notLocked();
  const { hash, codeEnc } = issueReceiptCode(ctx.app.pii, shipment.id);
  const timeline = staffEvent(ctx, 'shipment_unlocked', body.note);
  const event: StoredShipmentEvent = { at: timeline.at, action: 'unlocked', actor: timeline.actor, note: body.note };
  const updated = await applyChange(ctx, record, {
    path: [],
    events: [timeline],
    set: {
      'shipment.locked': false,
      'shipment.wrongCodes': 0,
      'shipment.receiptCodeHash': hash,
      'shipment.receiptCodeEnc': codeEnc,
      'shipment.updatedAt': timeline.at,
    },
    more: { $push: { 'shipment.events': event } },
    notify: [{ kind: 'receipt_code', extra: { codeEnc } }],
  });
  return staffViewOf(ctx, updated);
}
