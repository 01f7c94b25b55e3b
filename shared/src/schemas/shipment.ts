import { z } from 'zod';
import { ObjectIdString, PageQuery, Text } from './common';

/**
 * A certificate on its way by express (政务快递). `locked` is not a status:
 * five wrong receipt codes freeze the shipment in whatever status it has
 * until staff resolve it (423 LOCKED for every courier action meanwhile).
 */
export const SHIPMENT_STATUSES = ['created', 'picked_up', 'failed_attempt', 'delivered'] as const;
export const ShipmentStatus = z.enum(SHIPMENT_STATUSES);
export type ShipmentStatus = z.infer<typeof ShipmentStatus>;

/** The shipment's own events (also written to the case timeline). */
export const SHIPMENT_ACTIONS = ['created', 'picked_up', 'failed_attempt', 'delivered', 'locked', 'unlocked'] as const;
export const ShipmentEvent = z.object({
  at: z.string(),
  action: z.enum(SHIPMENT_ACTIONS),
  note: z.string().optional(),
});
export type ShipmentEvent = z.infer<typeof ShipmentEvent>;

/** A receipt code: six digits, sent to the recipient only. */
export const ReceiptCode = z.string().regex(/^[0-9]{6}$/, '签收码应为6位数字');

/**
 * `shipment` of GET /applications/:id and of the staff case view.
 * `receiptCode` only for the applicant and the submitting agent, while shipping.
 */
export const ShipmentView = z.object({
  id: z.string(),
  waybillNo: z.string(),
  courierCompany: z.string(),
  status: ShipmentStatus,
  locked: z.boolean(),
  events: z.array(ShipmentEvent),
  receiptCode: z.string().optional(),
});
export type ShipmentView = z.infer<typeof ShipmentView>;

/**
 * One row of GET /courier/shipments — an allowlist: the recipient's masked
 * name and phone and the address; never an ID number, the case's materials
 * or its form.
 */
export const CourierShipment = z.object({
  id: z.string(),
  waybillNo: z.string(),
  courierCompany: z.string(),
  status: ShipmentStatus,
  locked: z.boolean(),
  /** the case number, printed on the envelope */
  caseNumber: z.string(),
  itemNames: z.array(z.string()),
  recipient: z.object({
    name: z.string(),
    phoneMasked: z.string(),
    address: z.object({ region: z.array(z.string()), detail: z.string(), postcode: z.string().optional() }),
  }),
  /** the pick-up QR token (`s-…`) printed on the envelope */
  qrToken: z.string(),
  events: z.array(ShipmentEvent),
  updatedAt: z.string(),
});
export type CourierShipment = z.infer<typeof CourierShipment>;

export const CourierShipmentList = z.object({ items: z.array(CourierShipment), total: z.number().int() });
export type CourierShipmentList = z.infer<typeof CourierShipmentList>;

/** GET /courier/shipments?status= — `active` = not yet delivered (today's work); no status: all. */
export const CourierShipmentQuery = z.strictObject({
  status: z.union([ShipmentStatus, z.literal('active')]).optional(),
  ...PageQuery,
});
export type CourierShipmentQuery = z.infer<typeof CourierShipmentQuery>;

export const ShipmentIdParams = z.strictObject({ id: ObjectIdString });

/** POST /courier/shipments/:id/pickup (and re-attempts after a failed one): no body, or an empty one. */
export const PickupBody = z.strictObject({}).nullish();

/** POST /courier/shipments/:id/deliver */
export const DeliverBody = z.strictObject({ receiptCode: ReceiptCode });
export type DeliverBody = z.infer<typeof DeliverBody>;

/** POST /courier/shipments/:id/fail */
export const FailAttemptBody = z.strictObject({ reason: Text(200) });
export type FailAttemptBody = z.infer<typeof FailAttemptBody>;

/** POST /staff/applications/:id/shipment/unlock — staff resolve a locked shipment (a new code is sent). */
export const UnlockShipmentBody = z.strictObject({ note: Text(200) });
export type UnlockShipmentBody = z.infer<typeof UnlockShipmentBody>;
