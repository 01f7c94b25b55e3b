import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';

/**
 * One WeChat Pay order we placed (商户订单), found by `outTradeNo`. The case's
 * `payment` field shows the current one; this collection keeps every attempt,
 * the payer openid the order was placed for (an order can only be re-sent with
 * the same parameters) and the age the reconcile job looks at.
 */
const paymentSchema = new Schema(
  {
    /** `OT` + case id + 2-digit attempt: unique per merchant, ≤ 32 characters */
    outTradeNo: { type: String, required: true, unique: true },
    caseId: { type: String, required: true, index: true },
    attempt: { type: Number, required: true },
    /** fen, the case's server-computed fee when the order was placed */
    amount: { type: Number, required: true },
    openid: { type: String, required: true },
    status: { type: String, enum: ['unpaid', 'paid', 'closed', 'refunding', 'refunded'], required: true, index: true },
    prepayId: { type: String },
    transactionId: { type: String },
    paidAt: { type: Date },
  },
  { collection: 'payments', timestamps: true, versionKey: false },
);

export type PaymentRecord = InferSchemaType<typeof paymentSchema> & { _id: Types.ObjectId; createdAt: Date };

export function paymentsModel(conn: Connection) {
  return conn.model('Payment', paymentSchema);
}

/** `OT` + the case id (24 hex, unique across databases and environments) + attempt 01–99. */
export const outTradeNoOf = (caseId: string, attempt: number) => `OT${caseId}${String(attempt).padStart(2, '0')}`;
export const MAX_ATTEMPTS = 99;
