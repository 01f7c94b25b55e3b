import { type ShipmentStatus } from '@onetrip/shared';

/** What happened to a parcel (SHIPMENT_ACTIONS of `shared`), by whom. */
export interface StoredShipmentEvent {
  at: Date;
  action: 'created' | 'picked_up' | 'failed_attempt' | 'delivered' | 'locked' | 'unlocked';
  actor: { role: string; userId?: string };
  note?: string;
}

/**
 * `applications.shipment`: the express delivery of an issued case, kept in
 * the case document so that a delivery and the case's completion (and the
 * messages about them) are ONE write. See README.md.
 */
export interface CaseShipment {
  /** 24 hex; the id couriers use in URLs (not the case id) */
  id: string;
  /** our reference at the express platform: the case id (one live waybill per case) */
  orderId: string;
  waybillNo: string;
  courierCompany: string;
  status: ShipmentStatus;
  /** five wrong receipt codes: every courier action is 423 until staff unlock */
  locked: boolean;
  /** wrong receipt codes since the code was (re)issued */
  wrongCodes: number;
  /** keyed hash of `<shipment id>:<code>`: what a courier's code is checked against */
  receiptCodeHash?: string;
  /** the same code, `app.pii` ciphertext: shown to the applicant and the submitting agent only */
  receiptCodeEnc?: string;
  /** the QR token (`s-…`) printed on the envelope; `GET /qr/:token` → `{kind: 'shipment', target: id}` */
  qrToken: string;
  events: StoredShipmentEvent[];
  createdAt: Date;
  updatedAt: Date;
  deliveredAt?: Date;
}
