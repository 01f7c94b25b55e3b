import { caseFeeDue, feePayableNow, type ApplicationView, type DueItem, type FeeDue } from '@onetrip/shared';
import { type ApplicationRecord } from './application.types';

type FeeFacts = Pick<ApplicationRecord, 'status' | 'items' | 'fee'>;

/** The case's items as the due rule reads them: each with the due of the guide version it kept. */
const dueItems = (record: Pick<ApplicationRecord, 'items'>): DueItem[] =>
  record.items.map((i) => ({ fee: { amount: i.fee, ...(i.feeDue ? { due: i.feeDue } : {}) }, status: i.status }));

/** When the case's one payment is due (rules/fees.ts). */
export const feeDueOfCase = (record: Pick<ApplicationRecord, 'items'>): FeeDue => caseFeeDue(dueItems(record));

/** Whether the case's fee may be paid now; POST .../payments refuses before (payments module). */
export const casePayableNow = (record: FeeFacts): boolean =>
  feePayableNow({ status: record.status, items: dueItems(record), fee: record.fee });

/** `fee` of every case view: the amounts, when they are due and whether that is now. */
export function feeView(record: FeeFacts): ApplicationView['fee'] {
  const { items, express, total } = record.fee;
  return { items, express, total, due: feeDueOfCase(record), payableNow: casePayableNow(record) };
}
