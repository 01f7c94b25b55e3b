import { Schema } from 'mongoose';
import { SHIPMENT_ACTIONS, SHIPMENT_STATUSES } from '@onetrip/shared';

const sub = { _id: false, versionKey: false } as const;

const shipmentEventSchema = new Schema(
  {
    at: { type: Date, required: true },
    action: { type: String, enum: SHIPMENT_ACTIONS, required: true },
    actor: { role: { type: String, required: true }, userId: { type: String } },
    note: { type: String },
  },
  sub,
);

/** `applications.shipment` (declared in the case model; fields in shipment.types.ts and README.md). */
export const shipmentSchema = new Schema(
  {
    id: { type: String, required: true },
    orderId: { type: String, required: true },
    waybillNo: { type: String, required: true },
    courierCompany: { type: String, required: true },
    status: { type: String, enum: SHIPMENT_STATUSES, required: true },
    locked: { type: Boolean, required: true, default: false },
    wrongCodes: { type: Number, required: true, default: 0 },
    receiptCodeHash: { type: String },
    receiptCodeEnc: { type: String },
    qrToken: { type: String, required: true },
    events: { type: [shipmentEventSchema], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    deliveredAt: { type: Date },
  },
  sub,
);
