import {
  addWorkingDays,
  materialUploaded,
  type CommitmentOffer,
  type GapView,
  type HolidayCalendars,
} from '@onetrip/shared';
import { beijingDate } from '../../lib/beijing-date';
import { type ApplicationRecord, type CaseMaterial } from './application.types';

/** Working days to supply a gap when no item of the case says (a gap staff chose without a commitment). */
export const DEFAULT_GAP_DAYS = 5;

/** Uploaded in full (a slotted material: every side), or an electronic licence attached. */
const hasUpload = (m: CaseMaterial) => materialUploaded(m) || Boolean(m.licence);

/**
 * 容缺受理 / 告知承诺制: what the case's applicant may sign, from the terms its
 * items kept (their guide versions), or null when no item offers one. Several
 * items (a chain): each text is shown, the shortest deadline holds, and the
 * certificate goes out before the gaps close only when every item allows it.
 */
export function commitmentOffer(record: Pick<ApplicationRecord, 'items' | 'materials'>): CommitmentOffer | null {
  const offering = record.items.filter((i) => i.commitment);
  if (!offering.length) return null;
  return {
    texts: offering.map((i) => ({ itemName: i.name, text: i.commitment!.text })),
    gapDays: Math.min(...offering.map((i) => i.commitment!.gapDays)),
    issueBeforeGaps: offering.every((i) => i.commitment!.issueBeforeGaps),
    gapMaterials: record.materials.filter((m) => m.gapAllowed && m.required).map((m) => m.code),
    promisedMaterials: record.materials.filter((m) => m.satisfiedBy === 'commitment').map((m) => m.code),
  };
}

/** A gapAllowed material the signed commitment lets stay missing (submit and acceptance). */
export function isCommittedGap(record: Pick<ApplicationRecord, 'commitment'>, m: CaseMaterial): boolean {
  return Boolean(record.commitment) && m.gapAllowed && m.required && !hasUpload(m);
}

/** The gaps a case is accepted with: those staff list, and every gap the commitment covers. */
export function gapsAtAcceptance(record: ApplicationRecord, listed: ReadonlyArray<string>): string[] {
  const committed = record.materials.filter((m) => isCommittedGap(record, m)).map((m) => m.code);
  return [...new Set([...listed, ...committed])];
}

/** The day the gaps are due: the commitment's working days from acceptance (`YYYY-MM-DD`, Beijing). */
export function gapsDueFrom(record: ApplicationRecord, acceptedAt: Date, calendars: HolidayCalendars): string {
  const days = commitmentOffer(record)?.gapDays ?? DEFAULT_GAP_DAYS;
  return beijingDate(addWorkingDays(acceptedAt, days, calendars));
}

/** Past its day: the gaps were due by the end of `gapsDue` (Beijing). */
export function gapsOverdue(record: Pick<ApplicationRecord, 'gaps' | 'gapsDue'>, now = new Date()): boolean {
  return Boolean(record.gaps?.length && record.gapsDue && record.gapsDue < beijingDate(now));
}

/** The open gaps with their deadline, for the case page and the staff queue. */
export function gapViews(record: ApplicationRecord, now = new Date()): GapView[] {
  const overdue = gapsOverdue(record, now);
  return (record.gaps ?? []).map((code) => ({
    materialCode: code,
    name: record.materials.find((m) => m.code === code)?.name ?? code,
    due: record.gapsDue ?? '',
    overdue,
  }));
}

/**
 * The departments that check a 告知承诺 case afterwards (核查): those of the items
 * whose promised materials the commitment replaced (no upload, no licence).
 */
export function checkDepartmentsOf(record: ApplicationRecord): string[] {
  if (!record.commitment) return [];
  const promised = record.materials.filter((m) => m.satisfiedBy === 'commitment' && !hasUpload(m));
  const codes = new Set(promised.flatMap((m) => m.itemCodes));
  return [...new Set(record.items.filter((i) => codes.has(i.code)).map((i) => i.department))];
}

/**
 * Statuses in which an open gap can still be closed by an upload: from
 * acceptance to issue, and after issue when the item let the certificate go
 * before the gaps (the deadline carried on).
 */
export function gapOpenFor(record: Pick<ApplicationRecord, 'status' | 'gaps'>, code: string): boolean {
  const open = ['accepted', 'approved', 'issued', 'ready_for_pickup', 'shipping', 'delivered', 'completed'];
  return open.includes(record.status) && (record.gaps ?? []).includes(code);
}
