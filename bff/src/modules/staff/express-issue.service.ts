import { Types } from 'mongoose';
import { LeaseBusyError, TIMING, withLease } from '../../lib/store';
import { type CreatedWaybill, type WaybillRequest } from '../../plugins/app/express';
import {
  applicationModel,
  type ApplicationRecord,
  type CaseDelivery,
  type CaseShipment,
  type TimelineEntry,
} from '../applications';
import { createQrToken, qrcodeModel } from '../catalog';
import { issueReceiptCode, ShipmentErrors } from '../shipments';
import { staffEvent, type StaffContext } from './staff-access';
import { applyChange } from './transition';

type Address = NonNullable<CaseDelivery['address']> & { phoneEnc: string };

function waybillRequest(ctx: StaffContext, record: ApplicationRecord, address: Address): WaybillRequest {
  const { config, pii } = ctx.app;
  return {
    // The case id, not a fresh id: a retried issue (after a timeout or a crash) gets the same live waybill back.
    orderId: record._id.toHexString(),
    company: config.EXPRESS_COMPANY,
    sender: {
      name: config.EXPRESS_SENDER_NAME,
      phone: config.EXPRESS_SENDER_PHONE,
      address: config.EXPRESS_SENDER_ADDRESS,
    },
    recipient: {
      name: address.name,
      phone: pii.decrypt(address.phoneEnc),
      address: `${address.region.join('')}${address.detail}`,
    },
    cargo: { name: `政务证照（${record.number ?? ''}）`, count: record.items.length },
  };
}

/**
 * After a failed issue: the waybill must not stay live for a case that is not
 * shipping. Unless the case holds it after all (what failed came after the
 * write, e.g. the audit entry), the QR token is removed and the waybill
 * cancelled. A cancel that fails is logged: the next issue of the case gets
 * the same waybill back (same orderId) and uses it. Never throws.
 */
async function undoIssue(ctx: StaffContext, caseId: string, waybill: CreatedWaybill, qrToken?: string): Promise<void> {
  const { app } = ctx;
  const log = { action: 'shipment.undo', caseId, waybillNo: waybill.waybillNo };
  try {
    const stored = await applicationModel(app.db).findById(caseId).lean<ApplicationRecord>();
    if (stored?.shipment?.waybillNo === waybill.waybillNo) return;
    if (qrToken) await qrcodeModel(app.db).deleteOne({ token: qrToken, kind: 'shipment' });
    const outcome = await app.express.cancelWaybill(waybill.waybillNo);
    app.log.info({ ...log, outcome }, 'the waybill of an issue that did not go through was cancelled');
  } catch (err) {
    app.log.error(
      { ...log, reason: (err as Error).message },
      'the waybill of an issue that did not go through is still live',
    );
  }
}

async function createAndStore(
  ctx: StaffContext,
  record: ApplicationRecord,
  issued: { event: TimelineEntry; set: Record<string, unknown> },
  address: Address,
): Promise<ApplicationRecord> {
  const { app } = ctx;
  const caseId = record._id.toHexString();
  // First the waybill: when the platform is down (503) nothing has been written anywhere.
  const waybill = await app.express.createWaybill(waybillRequest(ctx, record, address));
  let qrToken: string | undefined;
  try {
    const id = new Types.ObjectId().toHexString();
    qrToken = await createQrToken(app.db, { kind: 'shipment', target: id }, 'system', 's-');
    const now = new Date();
    const { hash, codeEnc } = issueReceiptCode(app.pii, id);
    const note = `${waybill.company} ${waybill.waybillNo}`;
    const shipment: CaseShipment = {
      id,
      orderId: caseId,
      waybillNo: waybill.waybillNo,
      courierCompany: waybill.company,
      status: 'created',
      locked: false,
      wrongCodes: 0,
      receiptCodeHash: hash,
      receiptCodeEnc: codeEnc,
      qrToken,
      events: [{ at: now, action: 'created', actor: { role: 'staff', userId: ctx.staff.userId }, note }],
      createdAt: now,
      updatedAt: now,
    };
    return await applyChange(ctx, record, {
      path: ['issued', 'shipping'],
      events: [issued.event, staffEvent(ctx, 'shipped', note)],
      set: { ...issued.set, shipment },
      notify: [
        { kind: 'shipped', extra: { note: `运单号${waybill.waybillNo}` } },
        // The code travels encrypted in the message too; the worker decrypts it in memory only.
        { kind: 'receipt_code', extra: { codeEnc } },
      ],
    });
  } catch (err) {
    await undoIssue(ctx, caseId, waybill, qrToken);
    throw err;
  }
}

/**
 * The express half of `POST /staff/applications/:id/issue` (the case is
 * checked issuable and If-Match matched): a waybill at the express platform
 * (reference = case id), a QR token for the envelope, a receipt code, then ONE
 * version-guarded case update: `approved` → `issued` → `shipping` with the
 * shipment, the timeline events and the `shipped` + `receipt_code` messages.
 * Issues of one case run one at a time (lease `shipment-issue:<id>`), so a
 * waybill is never cancelled while another issue of the case is storing it.
 *
 * Outcomes: the updated record; 409 INVALID_STATE without an address;
 * 409 VERSION_CONFLICT when another write or issue came first (the waybill is
 * cancelled); 503 UPSTREAM_UNAVAILABLE when the express platform is down
 * (nothing written).
 */
export async function issueByExpress(
  ctx: StaffContext,
  record: ApplicationRecord,
  issued: { event: TimelineEntry; set: Record<string, unknown> },
): Promise<ApplicationRecord> {
  const address = record.delivery?.address;
  if (!address?.phoneEnc || !address.name) throw ShipmentErrors.noAddress();
  const withPhone = { ...address, phoneEnc: address.phoneEnc };
  try {
    return await withLease(
      ctx.app.db,
      `shipment-issue:${record._id.toHexString()}`,
      () => createAndStore(ctx, record, issued, withPhone),
      TIMING.exclusiveStep,
    );
  } catch (err) {
    if (err instanceof LeaseBusyError) throw ShipmentErrors.issuing();
    throw err;
  }
}
