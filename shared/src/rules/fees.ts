/** What fee calculation needs of an item (a subset of its guide). */
export interface FeeItem {
  code: string;
  fee: { amount: number };
  delivery: { expressFee: number };
}

export interface FeeInput {
  items: ReadonlyArray<FeeItem>;
  /** null until the applicant chooses how to receive the certificates. */
  delivery: { method: 'window' | 'express' } | null;
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
