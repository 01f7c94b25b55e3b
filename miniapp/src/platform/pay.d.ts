import { type PaymentCreated } from '@onetrip/shared';
import { type PayOutcome } from './pay-types';

export { type PayOutcome } from './pay-types';

/**
 * Pays a case's fee with the parameters of POST /applications/:id/payments.
 * weapp: `Taro.requestPayment`; fails (throws) on anything but success or cancel.
 * H5: no requestPayment outside WeChat's JS-SDK, so the browser leaves for the WeChat Pay simulator's
 * cashier page, which comes back to `returnPath` (a page path of this app) when done.
 */
export declare function payForCase(
  requestPayment: PaymentCreated['requestPayment'],
  returnPath: string,
): Promise<PayOutcome>;
