import { TRIPS_LABELS } from '@onetrip/shared';

export type Trips = keyof typeof TRIPS_LABELS;

/** 0 → 零跑腿, 1 → 只跑一次; anything else is not a known promise. */
export function tripsLabel(trips: number): string {
  return trips in TRIPS_LABELS ? TRIPS_LABELS[trips as Trips] : '';
}

export function promisedDaysLabel(days: number): string {
  return days <= 0 ? '即来即办' : `承诺时限 ${days} 个工作日`;
}

/** 承诺 N 个工作日 (法定 M): the legal limit only when it differs. */
export function limitsLabel(promisedDays: number, legalDays: number): string {
  const promised = promisedDaysLabel(promisedDays);
  return legalDays > 0 && legalDays !== promisedDays ? `${promised}（法定 ${legalDays} 个工作日）` : promised;
}

export function requiredLabel(required: boolean): string {
  return required ? '必交' : '非必交';
}
