/**
 * 零跑腿 kept: an item promising no trip (`trips: 0`) must be able to finish
 * without the applicant coming, so its result has to be sent by express or
 * delivered electronically (电子送达: a PDF the applicant downloads, the case
 * ending at issue). An item's electronic licence (`licence`) does not count:
 * it is a copy in the applicant's wallet, the case still ends by handing the
 * certificate over. Chains carry no promise of their own: a chain is 零跑腿
 * only when all its items are, so each item keeping its promise keeps the chain's.
 */
export interface TripsPromise {
  trips: number;
  delivery: { express: boolean; electronic?: boolean };
}

export const ZERO_TRIPS_UNDELIVERABLE = '零跑腿事项须提供快递送达或电子送达（电子证照副本不能代替）';

/** True when the item's trips label can be kept with its delivery methods. */
export function tripsKept(item: TripsPromise): boolean {
  return item.trips !== 0 || item.delivery.express || item.delivery.electronic === true;
}
