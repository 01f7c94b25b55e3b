import { type FastifyInstance } from 'fastify';
import { Types } from 'mongoose';
import {
  computeFee,
  type ApplicationView,
  type DeliveryChoice,
  type DeliveryMethod,
  type PatchApplicationBody,
} from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { addressesModel, type AddressRecord } from '../users';
import { type ApplicationRecord, type CaseDelivery } from './application.model';
import { type Pii } from '../../lib/pii';
import { ApplicationErrors } from './application.errors';
import { expressAllowed, fieldsOf, toApplicationView } from './application.view';
import { assertEditable, assertVersion, loadCase } from './case-access';
import { writeCase } from './case-write';
import { auditAgentAction } from './case-audit';
import { mergeData } from './form-values';
import { assertElectronicAllowed } from './electronic-delivery';

/** 电子送达: every item must offer it (400 naming those that do not); an addressId sent with it is ignored. */
function electronicDelivery(record: ApplicationRecord): CaseDelivery {
  assertElectronicAllowed(record);
  return { method: 'electronic' };
}

/** The fee of the case's items (kept guide versions) with the given delivery. */
export function feeOf(record: Pick<ApplicationRecord, 'items'>, delivery: { method: DeliveryMethod } | null) {
  return computeFee({
    items: record.items.map((i) => ({ code: i.code, fee: { amount: i.fee }, delivery: { expressFee: i.expressFee } })),
    delivery,
  });
}

/** Express only when every item of the case can travel by express: 400 naming those that cannot. */
export function assertExpressAllowed(record: Pick<ApplicationRecord, 'items'>): void {
  if (!expressAllowed(record))
    throw ApplicationErrors.expressNotAllowed(record.items.filter((i) => !i.delivery.express).map((i) => i.name));
}

/** The delivery to store: express needs every item to allow it and one of the user's own addresses (a snapshot). */
async function deliveryOf(
  app: FastifyInstance,
  auth: AuthUser,
  record: ApplicationRecord,
  choice: DeliveryChoice | null,
): Promise<ApplicationRecord['delivery']> {
  if (!choice) return null;
  // An addressId sent with window pick-up (left over from switching methods) is ignored.
  if (choice.method === 'window') return { method: 'window' };
  if (choice.method === 'electronic') return electronicDelivery(record);
  assertExpressAllowed(record);
  if (!choice.addressId) throw ApplicationErrors.addressRequired();
  const address = await addressesModel(app.db)
    .findOne({ _id: choice.addressId, userId: new Types.ObjectId(auth.id) })
    .lean<AddressRecord>();
  if (!address) throw ApplicationErrors.addressNotFound();
  const { name, phoneEnc, region, detail, postcode } = address;
  return {
    method: 'express',
    address: { name, phoneEnc, region: [...region], detail, ...(postcode ? { postcode } : {}) },
  };
}

/** Once an order exists, its amount is fixed: the delivery (and so the fee) may no longer change it. */
export function assertFeeOpen(record: ApplicationRecord, total: number): void {
  const status = record.payment?.status;
  if ((status === 'unpaid' || status === 'paid') && total !== record.fee.total)
    throw ApplicationErrors.paymentStarted();
}

/**
 * The `$set` of an edit of a case (the resident's PATCH, the counter's): form
 * values merged into the stored ones and validated as a draft (a masked
 * ID/phone sent back unchanged keeps the stored value), and/or the delivery
 * (already resolved) with the fee recomputed. `undefined` leaves a part as it
 * is. Outcomes: the `$set`; 400 VALIDATION_FAILED for bad form values (each
 * listed); 409 INVALID_STATE when a payment was started and the fee would change.
 */
export function caseEditSet(
  pii: Pii,
  record: ApplicationRecord,
  data: PatchApplicationBody['data'],
  delivery: CaseDelivery | null | undefined,
): Record<string, unknown> {
  const $set: Record<string, unknown> = {};
  if (data !== undefined) {
    $set.data = mergeData(pii, fieldsOf(record), (record.data ?? {}) as Record<string, unknown>, data);
  }
  if (delivery !== undefined) {
    const fee = feeOf(record, delivery ? { method: delivery.method } : null);
    assertFeeOpen(record, fee.total);
    Object.assign($set, { delivery, fee });
  }
  return $set;
}

/**
 * `PATCH /applications/:id` with `If-Match`: form values (merged into the
 * stored ones, validated as a draft; a masked ID/phone sent back unchanged
 * keeps the stored value) and/or the delivery; the fee is recomputed.
 *
 * Outcomes:
 * - the case with its new version;
 * - 400 VALIDATION_FAILED: a bad or unknown form value (each listed); express
 *   when an item does not allow it; express without an address;
 * - 404 NOT_FOUND: not the user's case; the address is not one of the user's own;
 * - 409 VERSION_CONFLICT: If-Match is stale, or another write won the race;
 * - 409 INVALID_STATE: the case is not in `draft` or `supplement_required`,
 *   or a payment was started and the change would alter the fee.
 * An agent's change is audited once: `case.delivery` when only the delivery changed, else
 * `case.edit`; the target names the parts (`data`, `delivery`).
 */
export async function patchApplication(
  app: FastifyInstance,
  auth: AuthUser,
  id: string,
  ifMatch: string,
  body: PatchApplicationBody,
): Promise<ApplicationView> {
  const record = await loadCase(app, auth, id);
  assertVersion(record, ifMatch);
  assertEditable(record);
  const delivery = body.delivery === undefined ? undefined : await deliveryOf(app, auth, record, body.delivery);
  const updated = await writeCase(app, record, { $set: caseEditSet(app.pii, record, body.data, delivery) });
  const parts = [...(body.data !== undefined ? ['data'] : []), ...(body.delivery !== undefined ? ['delivery'] : [])];
  await auditAgentAction(app, auth, record, parts.join() === 'delivery' ? 'case.delivery' : 'case.edit', parts.join());
  return toApplicationView(app.pii, updated);
}
