import { Schema, type Connection, type InferSchemaType } from 'mongoose';

/**
 * One refund we asked WeChat Pay for (商户退款单), `_id` = out_refund_no. It
 * is inserted (unique) before the call goes out, so two withdrawals or a
 * withdrawal and a refusal of one case can never ask twice, and a crash
 * after the insert leaves a `requested` record the reconcile job finds.
 * The case's `payment.status` is what counts; this mirrors it, written after.
 */
const refundSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true, index: true },
    outTradeNo: { type: String, required: true },
    /** fen: always the whole paid amount */
    amount: { type: Number, required: true },
    reason: { type: String, required: true },
    status: { type: String, enum: ['requested', 'refunded'], required: true, index: true },
    refundId: { type: String },
    refundedAt: { type: Date },
  },
  { collection: 'refunds', timestamps: true, versionKey: false },
);

export type RefundRecord = InferSchemaType<typeof refundSchema> & { _id: string; createdAt: Date };

export function refundsModel(conn: Connection) {
  return conn.model('Refund', refundSchema);
}

/** `RF` + what follows `OT` in the order's number: one refund per paid order, found again from either. */
export const outRefundNoOf = (outTradeNo: string) => `RF${outTradeNo.slice(2)}`;
