import { type CourierShipment, type CourierShipmentList, type CourierShipmentQuery } from '@onetrip/shared';
import { isApiError, type ApiError } from './api-error';
import { isAttemptsLeft } from './error-details';
import { request, toQuery } from './request';

/**
 * The courier's API (API.md, Couriers). Only the `courier` subpackage imports this file, so it stays
 * out of the main package. Silent: the courier pages show what went wrong where it happened.
 * Every write answers the shipment as it now is.
 */
const path = (id: string, rest = '') => `/courier/shipments/${encodeURIComponent(id)}${rest}`;

/** GET /courier/shipments?status= — `active`: not yet delivered (today's work); most recently changed first. */
export function listShipments(query: Partial<CourierShipmentQuery> = {}): Promise<CourierShipmentList> {
  return request<CourierShipmentList>(
    `/courier/shipments${toQuery({ status: query.status, page: query.page, pageSize: query.pageSize })}`,
    { silent: true },
  );
}

/** GET /courier/shipments/:id — null when the courier's company has no such shipment (404). */
export async function findShipment(id: string): Promise<CourierShipment | null> {
  try {
    return await request<CourierShipment>(path(id), { silent: true });
  } catch (error) {
    if (isApiError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

const post = (id: string, rest: string, body: object) =>
  request<CourierShipment>(path(id, rest), { method: 'POST', body, silent: true });

/** 揽收: `created` or `failed_attempt` → `picked_up`. */
export const pickUp = (id: string) => post(id, '/pickup', {});

/** 签收 with the recipient's six-digit receipt code; a wrong one is 422, the fifth and later 423. */
export const deliver = (id: string, receiptCode: string) => post(id, '/deliver', { receiptCode });

/** 投递未成功, with why; the shipment can be picked up for another attempt. */
export const failAttempt = (id: string, reason: string) => post(id, '/fail', { reason });

/** How many tries a 422 RECEIPT_CODE_WRONG leaves (`details: [{attemptsLeft}]`); null when it does not say. */
export function attemptsLeft(error: ApiError): number | null {
  return error.details.find(isAttemptsLeft)?.attemptsLeft ?? null;
}
