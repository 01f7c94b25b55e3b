import { Schema } from 'mongoose';
import { AUTHORIZATION_STATUSES, PaperCheck, type AuthorizationStatus } from '@onetrip/shared';

/** A service station (代办点): where an agent works. */
export interface StationRecord {
  town: string;
  village: string;
}

/** A signed paper authorization the agent uploaded; staff check it at acceptance. */
export interface PaperAuthorization {
  uploadId: string;
  check: PaperCheck;
  /** why staff refused it (the reason of the notice's problem) */
  note?: string;
  uploadedAt: Date;
  checkedAt?: Date;
  /** user id of the staff member who checked it */
  checkedBy?: string;
}

/**
 * 授权委托 of an agent's case, stored IN the case document (`applications.authorization`):
 * confirming, revoking and the paper check are then one version-guarded write of the case
 * together with its timeline event, and a case can never exist without its authorization.
 */
export interface StoredAuthorization {
  /** 24 hex, its own id (GET /authorizations/:id); index `authorization.id` */
  id: string;
  /** the resident's WeChat confirmation: pending → confirmed, or → revoked (final) */
  status: AuthorizationStatus;
  /** resolves with GET /qr/:token to `{kind: 'authorization', target: id}` */
  qrToken: string;
  createdAt: Date;
  confirmedAt?: Date;
  /** user id of the resident who confirmed */
  confirmedBy?: string;
  revokedAt?: Date;
  revokedBy?: string;
  revokeReason?: string;
  paper?: PaperAuthorization;
}

const sub = { _id: false, versionKey: false } as const;

export const stationSchema = new Schema(
  { town: { type: String, required: true }, village: { type: String, required: true } },
  sub,
);

const paperSchema = new Schema(
  {
    uploadId: { type: String, required: true },
    check: { type: String, enum: PaperCheck.options, required: true, default: 'unchecked' },
    note: { type: String },
    uploadedAt: { type: Date, required: true },
    checkedAt: { type: Date },
    checkedBy: { type: String },
  },
  sub,
);

/** The sub-document `applications.authorization` (declared in the case model). */
export const authorizationSchema = new Schema(
  {
    id: { type: String, required: true },
    status: { type: String, enum: AUTHORIZATION_STATUSES, required: true, default: 'pending' },
    qrToken: { type: String, required: true },
    createdAt: { type: Date, required: true },
    confirmedAt: { type: Date },
    confirmedBy: { type: String },
    revokedAt: { type: Date },
    revokedBy: { type: String },
    revokeReason: { type: String },
    paper: { type: paperSchema, default: undefined },
  },
  sub,
);
