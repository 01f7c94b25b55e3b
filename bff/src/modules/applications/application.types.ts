import { type Types } from 'mongoose';
import { type CaseStatus, type DeliveryMethod, type FeeDue, type FormField } from '@onetrip/shared';
import { type OutboxEntry } from './case-outbox';
import { type CaseShipment } from './shipment.types';
import { type StationRecord, type StoredAuthorization } from './authorization.model';
import { type StoredRateLink } from './rate-link';

/** The stored case, as `.lean()` reads it (README.md describes each field). */
export interface ApplicationRecord {
  _id: Types.ObjectId;
  number?: string;
  version: number;
  status: CaseStatus;
  /** the resident's user id; `unverified:<idNumberHash>` for an agent's case of someone not (yet) verified (case-owner.ts) */
  ownerId: string;
  applicant: StoredApplicant | null;
  /** who started it; an agent's name and station are snapshots taken at creation (issue 6) */
  submittedBy: { role: string; userId: string; name?: string; station?: StationRecord };
  chain?: { code: string; name: string };
  items: CaseItem[];
  form: { fields: FormField[] };
  /** form values by field key; values of idNumber/phone fields are ciphertext */
  data: Record<string, unknown>;
  materials: CaseMaterial[];
  delivery: CaseDelivery | null;
  fee: { items: number; express: number; total: number };
  payment: CasePayment | null;
  timeline: TimelineEntry[];
  notices: CaseNotice[];
  /** staff module (issue 4): see README.md */
  submittedAt?: Date;
  submitKey?: string;
  acceptedAt?: Date;
  pauses?: CasePause[];
  gaps?: string[];
  pickupCodeEnc?: string;
  certificateNo?: string;
  rejectReason?: string;
  /** a chain case whose item was denied: the lead department's go-on/stop decision (chain-inputs.ts) */
  chainDecision?: ChainDecision;
  concludedAt?: Date;
  completedAt?: Date;
  /** the last chase (催办) of 效能监察: who, when, the note, and the status the case was in (case-chase.ts) */
  chase?: CaseChase;
  /** notifications waiting to be sent (notifications module); absent on cases stored before it */
  outbox?: OutboxEntry[];
  /** express delivery, from the staff's express issue on (shipment.types.ts; couriers: shipments module) */
  shipment?: CaseShipment;
  /** an agent's case: the resident's authorization (authorizations module) */
  authorization?: StoredAuthorization;
  /** a walk-in's case started by a clerk at a counter (counter module) */
  counter?: CaseCounter;
  /** the day (YYYY-MM-DD, Beijing) the gaps are due by (set at acceptance with gaps) */
  gapsDue?: string;
  /** the gaps' due day a reminder went out for (reminders.ts: once per due day) */
  gapsReminded?: string;
  /** the signed 承诺书 (容缺受理, 告知承诺制; commitment.service.ts) */
  commitment?: CaseCommitment;
  /** query key: departments still to check the case's 告知承诺 materials (核查); emptied as each checks */
  checkDepartments?: string[];
  /** 核查 results, one per department */
  checks?: CaseCheck[];
  /** the rating link texted at completion (rate-link.ts): keyed hash and expiry, never the token */
  ratingLink?: StoredRateLink;
  /** query keys (application.model.ts): the items' departments, the starting agent, an unsent outbox entry */
  departments?: string[];
  agentId?: string;
  outboxPending?: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface StoredApplicant {
  name: string;
  idNumberEnc: string;
  idNumberHash: string;
  phoneEnc: string;
  phoneHash: string;
}

export interface CaseItem {
  code: string;
  name: string;
  department: string;
  status: 'pending' | 'approved' | 'denied';
  guideVersion: number;
  promisedDays: number;
  /** fen, from the kept guide version */
  fee: number;
  /** when that fee is paid, from the kept guide version; absent on cases from before dues (= submit) */
  feeDue?: FeeDue;
  expressFee: number;
  /** `electronic`: 电子送达 offered (absent on cases from before it: not offered) */
  delivery: { window: boolean; express: boolean; electronic?: boolean };
  /** 电子证照: what the issued certificate becomes (from the guide) */
  licence?: { type: string; validYears?: number };
  /** this item's own certificate number, set at issue (a chain's items each have theirs) */
  certificateNo?: string;
  /** why it was denied, or ended with the earlier chain item it depends on (chain-inputs.ts) */
  denyReason?: string;
  /** 容缺受理 / 告知承诺: the commitment terms of the guide (commitment.ts) */
  commitment?: { text: string; gapDays: number; issueBeforeGaps: boolean };
}

/** The applicant's signed commitment: how, who recorded it, and the texts signed. */
export interface CaseCommitment {
  signedAt: Date;
  how: 'app' | 'paper';
  by: { role: string; userId: string; name?: string };
  /** the photo of the signed paper (an agent's upload) */
  uploadId?: string;
  texts: { itemName: string; text: string }[];
}

/** A department's post-check (核查) of the promises a case was accepted on. */
export interface CaseCheck {
  department: string;
  result: 'confirmed' | 'false_promise';
  note?: string;
  by: string;
  at: Date;
}

/** A chain case's lead department's decision after a denied item: go on with the rest, or stop. */
export interface ChainDecision {
  goOn: boolean;
  reason?: string;
  at: Date;
  /** the staff member who decided */
  by: string;
  /** the denied items it was made on: a later denial needs a decision of its own */
  covers: string[];
}

/** An electronic licence on a material: a snapshot with its origin (the issuing case). */
export interface AttachedLicence {
  id: string;
  type: string;
  number: string;
  issuer: string;
  issuedAt: Date;
  validUntil?: Date;
  caseId: string;
  caseNumber: string;
}

export interface CaseMaterial {
  code: string;
  name: string;
  category: '证件类' | '批文类' | '中介服务类' | '文书类';
  required: boolean;
  gapAllowed: boolean;
  formats: ('jpg' | 'png' | 'pdf')[];
  itemCodes: string[];
  uploadIds: string[];
  /** 分面上传: the guide's slots at creation (人像面, 国徽面), and the slot each file fills */
  slots?: { key: string; label: string; sampleFile?: { id: string; name: string } }[];
  uploadSlots?: { uploadId: string; slot: string }[];
  /** the guide's 拍照要求 and 示例图 at creation, shown in the upload step */
  sample?: string;
  sampleFile?: { id: string; name: string };
  /** 材料免提交: the guide's `satisfiedBy` at creation (`held.ts` decides whether it holds) */
  satisfiedBy?: 'identity' | 'commitment';
  /** 电子证照: the licence types that can stand for it (from the guide) and the one attached */
  licenceTypes?: string[];
  licence?: AttachedLicence;
  /** 原件核验: the clerk who saw the original at the counter, and when */
  originalCheck?: { by: string; at: Date };
}

/** Where and by whom a walk-in's case was started (柜台受理). */
export interface CaseCounter {
  /** the clerk's hall ('' for a department window without one) */
  hall: string;
  /** the clerk who started it */
  clerkId: string;
  /** the counter's register entry of the person (counter module) */
  personId: string;
  startedAt: Date;
}

export interface CaseDelivery {
  method: DeliveryMethod;
  address?: { name: string; phoneEnc: string; region: string[]; detail: string; postcode?: string };
}

export interface CasePayment {
  id: string;
  outTradeNo: string;
  amount: number;
  status: 'unpaid' | 'paid' | 'closed' | 'refunding' | 'refunded';
  prepayId?: string;
  paidAt?: Date;
  /** WeChat Pay's transaction id, stored with the paid transition */
  transactionId?: string;
}

export interface TimelineEntry {
  at: Date;
  actor: { role: string; userId?: string; station?: StationRecord };
  action: string;
  note?: string;
}

export interface CaseNotice {
  id: string;
  at: Date;
  problems: { materialCode?: string; field?: string; reason: string }[];
}

/** A chase (催办) by the centre's supervision; it stands while the case stays in `status`. */
export interface CaseChase {
  at: Date;
  /** the admin's user id */
  by: string;
  note?: string;
  status: CaseStatus;
}

/** A time the clock stood still waiting for the resident; open while `to` is missing. */
export interface CasePause {
  from: Date;
  to?: Date;
}
