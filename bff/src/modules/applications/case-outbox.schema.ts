import { Schema } from 'mongoose';
import { NOTIFICATION_KINDS } from './case-outbox';

/** `applications.outbox[]` (see README.md): messages waiting to be sent, written with the case change. */
export const outboxEntrySchema = new Schema(
  {
    id: { type: String, required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    at: { type: Date, required: true },
    // the worker looks for cases with an unsent entry (index `outbox.status` on the case)
    status: {
      type: String,
      enum: ['pending', 'sending', 'sent', 'failed'],
      required: true,
      default: 'pending',
      index: true,
    },
    attempts: { type: Number, required: true, default: 0 },
    nextAt: { type: Date, required: true },
    extra: {
      type: new Schema(
        { code: String, codeEnc: String, note: String, sms: Boolean, link: String, rateTokenEnc: String },
        { _id: false, versionKey: false },
      ),
      default: undefined,
    },
    attemptId: { type: String, default: null },
    sendingAt: { type: Date, default: null },
    sentAt: { type: Date, default: null },
    channel: { type: String, enum: ['wechat', 'sms', null], default: null },
    lastError: { type: String, default: null },
  },
  { _id: false, versionKey: false },
);
