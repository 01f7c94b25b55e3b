/**
 * How a case's result reaches the applicant: collected at the window, sent by
 * express, or delivered electronically (电子送达: a PDF the applicant
 * downloads; the case ends at issue). `electronic` only when every item of
 * the case offers it (`delivery.electronic` of the guide).
 */
export const DELIVERY_METHODS = ['window', 'express', 'electronic'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = {
  window: '窗口领取',
  express: '快递送达',
  electronic: '电子送达',
};
