/** What fee calculation needs of an item (a subset of its guide). */
export interface FeeItem {
  code: string;
  fee: { amount: number };
  delivery: { expressFee: number };
}

export interface FeeInput {
  items: ReadonlyArray<FeeItem>;
  /** null until the applicant chooses how to receive the certificates. */
  delivery: { method: 'window' | 'express' | 'electronic' } | null;
}

/** Integer fen, as in `fee` of GET /applications/:id. */
export interface FeeBreakdown {
  items: number;
  express: number;
  total: number;
}

function fen(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what}应为以分计的非负整数：${value}`);
  return value;
}

/**
 * The fee of a case, computed by the server from its items and delivery:
 * the sum of the items' fees, plus one express fee when the certificates go
 * by express. All certificates of a case (a chain's included) travel in one
 * parcel, so the express fee is the largest `expressFee` among the items,
 * not their sum. Window pick-up, or no choice yet, costs no postage.
 */
export function computeFee({ items, delivery }: FeeInput): FeeBreakdown {
  const itemsFen = items.reduce((sum, item) => sum + fen(item.fee.amount, `${item.code} 的收费`), 0);
  const express =
    delivery?.method === 'express'
      ? items.reduce((max, item) => Math.max(max, fen(item.delivery.expressFee, `${item.code} 的快递费`)), 0)
      : 0;
  return { items: itemsFen, express, total: itemsFen + express };
}

/** 1200 → `¥12.00`, 5 → `¥0.05`, 0 → `免费`, -500 (a refund) → `-¥5.00`. No thousands separators. */
export function formatFen(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`金额应为以分计的整数：${amount}`);
  if (amount === 0) return '免费';
  const abs = Math.abs(amount);
  const text = `¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return amount < 0 ? `-${text}` : text;
}

/**
 * When an item's fee is paid (docs/decisions.md, "Fees and refunds"):
 * - `submit` 提交时缴费: payable once the case is submitted;
 * - `approval` 审批通过后缴费: charged only for what is granted (不动产登记费 on
 *   核准登记) — payable once the department charging it has approved its item,
 *   or the whole case is approved;
 * - `issue` 出证前缴费: the price of the certificate itself (工本费) — payable
 *   once the whole case is approved, right before the certificate is made.
 * Whatever the due, the issue waits until the fee is paid.
 */
export const FEE_DUES = ['submit', 'approval', 'issue'] as const;
export type FeeDue = (typeof FEE_DUES)[number];

/** The guide's words for each due. */
export const FEE_DUE_LABELS: Record<FeeDue, string> = {
  submit: '提交时缴费',
  approval: '审批通过后缴费',
  issue: '出证前缴费',
};

/** What the due rule needs of a case item: its fee with its due, and its department's decision. */
export interface DueItem {
  fee: { amount: number; due?: FeeDue };
  status?: 'pending' | 'approved' | 'denied';
}

/** An item's due; guides (and cases) from before dues existed are paid at submit. */
const dueOf = (item: DueItem): FeeDue => item.fee.due ?? 'submit';

/**
 * The due of a case's one payment (never paid in parts): the latest due among
 * its items that charge a fee. Postage alone is paid at submit, with the
 * delivery choice; with a later item fee it is paid then, in the same payment.
 */
export function caseFeeDue(items: ReadonlyArray<DueItem>): FeeDue {
  return items
    .filter((item) => item.fee.amount > 0)
    .map(dueOf)
    .reduce<FeeDue>((latest, due) => (FEE_DUES.indexOf(due) > FEE_DUES.indexOf(latest) ? due : latest), 'submit');
}

/** From `approved` on the whole case has been granted; the issue still waits for the fee. */
const GRANTED: ReadonlyArray<string> = ['approved', 'issued', 'shipping', 'delivered', 'ready_for_pickup', 'completed'];
/** Before submit nothing is asked; a case closed without a certificate owes nothing. */
const CLOSED: ReadonlyArray<string> = ['draft', 'withdrawn', 'rejected', 'denied'];

export interface PayableCase {
  status: string;
  items: ReadonlyArray<DueItem>;
  fee: { total: number };
}

/**
 * Whether the case's fee may be paid now (`fee.payableNow` of the case view;
 * POST /applications/:id/payments answers 409 before). Says nothing of
 * whether it is paid already: that is the case's `payment`.
 */
export function feePayableNow(record: PayableCase): boolean {
  if (!(record.fee.total > 0) || CLOSED.includes(record.status)) return false;
  const due = caseFeeDue(record.items);
  if (due === 'submit' || GRANTED.includes(record.status)) return true;
  if (due === 'issue') return false;
  // 审批通过后: each department charging at approval has approved its item (并联审批: others may still be deciding).
  return record.items
    .filter((item) => item.fee.amount > 0 && dueOf(item) === 'approval')
    .every((item) => item.status === 'approved');
}
