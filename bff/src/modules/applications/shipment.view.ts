import { maskName, maskPhone, type CourierShipment, type ShipmentView } from '@onetrip/shared';
import { type Pii } from '../../lib/pii';
import { type ApplicationRecord } from './application.types';
import { type CaseShipment } from './shipment.types';

const eventsOf = (shipment: CaseShipment): ShipmentView['events'] =>
  shipment.events.map((e) => ({ at: e.at.toISOString(), action: e.action, ...(e.note ? { note: e.note } : {}) }));

/**
 * `shipment` of a case view. `withReceiptCode`: the applicant's or the
 * submitting agent's own view — the code is shown only while the case is
 * `shipping`; staff views never pass it.
 */
export function toShipmentView(
  pii: Pii,
  record: Pick<ApplicationRecord, 'status'> & { shipment: CaseShipment },
  withReceiptCode = false,
): ShipmentView {
  const { shipment } = record;
  const showCode = withReceiptCode && record.status === 'shipping' && shipment.receiptCodeEnc;
  return {
    id: shipment.id,
    waybillNo: shipment.waybillNo,
    courierCompany: shipment.courierCompany,
    status: shipment.status,
    locked: shipment.locked,
    events: eventsOf(shipment),
    ...(showCode ? { receiptCode: pii.decrypt(shipment.receiptCodeEnc ?? '') } : {}),
  };
}

/**
 * One shipment as its courier sees it — what goes on the envelope and no
 * more: the recipient's name and phone masked, the address; never an ID
 * number, the form, the materials or the receipt code (CourierShipment is
 * also the response schema, an allowlist).
 */
export function toCourierShipment(pii: Pii, record: ApplicationRecord & { shipment: CaseShipment }): CourierShipment {
  const { shipment } = record;
  const address = record.delivery?.address;
  return {
    id: shipment.id,
    waybillNo: shipment.waybillNo,
    courierCompany: shipment.courierCompany,
    status: shipment.status,
    locked: shipment.locked,
    caseNumber: record.number ?? '',
    itemNames: record.items.map((i) => i.name),
    recipient: {
      name: maskName(address?.name ?? ''),
      phoneMasked: address?.phoneEnc ? maskPhone(pii.decrypt(address.phoneEnc)) : '',
      address: {
        region: [...(address?.region ?? [])],
        detail: address?.detail ?? '',
        ...(address?.postcode ? { postcode: address.postcode } : {}),
      },
    },
    qrToken: shipment.qrToken,
    events: eventsOf(shipment),
    updatedAt: shipment.updatedAt.toISOString(),
  };
}
