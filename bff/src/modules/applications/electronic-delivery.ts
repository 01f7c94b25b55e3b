import { AppError } from '../../lib/app-error';
import { type ApplicationRecord } from './application.model';

/**
 * 电子送达 may be chosen only when every item of the case offers it: a case
 * ends at one moment, so a single item that must be collected or posted makes
 * the whole case collected or posted. Cases from before electronic results
 * carry no `electronic` on their items: not offered.
 */
export const electronicAllowed = (record: Pick<ApplicationRecord, 'items'>) =>
  record.items.every((i) => i.delivery.electronic === true);

/** 400 naming the items that cannot be delivered electronically (the detail on `delivery.method`). */
export function assertElectronicAllowed(record: Pick<ApplicationRecord, 'items'>): void {
  if (electronicAllowed(record)) return;
  const names = record.items.filter((i) => i.delivery.electronic !== true).map((i) => i.name);
  const message = `${names.join('、')}不支持电子送达`;
  throw new AppError('VALIDATION_FAILED', message, [{ in: 'body', path: 'delivery.method', message }]);
}

/**
 * Whether the case's electronic result exists: delivered electronically and
 * issued (an electronic case is completed in the same write as its issue,
 * so `completed` with a certificate number).
 */
export const hasElectronicResult = (record: ApplicationRecord) =>
  record.delivery?.method === 'electronic' && record.status === 'completed' && Boolean(record.certificateNo);
