import { TRIPS_LABELS, type CaseStatus } from '@onetrip/shared';
import { type TagTone } from '@/components/Tag';

export type Trips = keyof typeof TRIPS_LABELS;

/** 0 → 零跑腿, 1 → 只跑一次; anything else is not a known promise. */
export function tripsLabel(trips: number): string {
  return trips in TRIPS_LABELS ? TRIPS_LABELS[trips as Trips] : '';
}

export function promisedDaysLabel(days: number): string {
  return days <= 0 ? '即来即办' : `承诺时限 ${days} 个工作日`;
}

/** The value beside a 承诺时限 label: "5 个工作日" or 即来即办. */
export function workingDays(days: number): string {
  return days <= 0 ? '即来即办' : `${days} 个工作日`;
}

/** The legal limit, only when it differs from the promise (法定 20 个工作日). */
export function legalDaysNote(promisedDays: number, legalDays: number): string {
  return legalDays > 0 && legalDays !== promisedDays ? `法定 ${legalDays} 个工作日` : '';
}

export function requiredLabel(required: boolean): string {
  return required ? '必交' : '非必交';
}

/** The colour of a status chip: orange waits for the resident, green went well, red ended badly. */
export function statusTone(status: CaseStatus): TagTone {
  if (status === 'supplement_required') return 'orange';
  if (status === 'completed' || status === 'approved' || status === 'issued' || status === 'delivered') return 'green';
  if (status === 'rejected' || status === 'denied') return 'red';
  if (status === 'draft' || status === 'withdrawn') return 'grey';
  return 'blue';
}
