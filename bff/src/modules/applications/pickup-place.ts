import { type Connection } from 'mongoose';
import { HALL_HOURS_TEXT, type CasePickup, type CaseStatus } from '@onetrip/shared';
import { centreContact } from '../users';
import { type ApplicationRecord } from './application.model';

/** A window case from approval on: the applicant will come to collect the result. */
const TO_COLLECT: ReadonlyArray<CaseStatus> = ['approved', 'issued', 'ready_for_pickup'];

/** What the pick-up place reads of a window group of the hall. */
interface GroupFields {
  _id: string;
  name?: string;
  hall?: string;
  items?: string[];
  windows?: string[];
  hours?: string;
}

/** The public map search for an address (no coordinates are kept: the map finds the place by its words). */
export const mapSearchUrl = (address: string) => `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`;

/** `['A03','A04','A05','A06']` → `A03–A06`; windows that do not follow one another are listed: `A07、A09`. */
export function windowsText(windows: ReadonlyArray<string>): string {
  const parsed = windows.map((w) => /^([A-Za-z]*)(\d+)$/.exec(w));
  const consecutive =
    windows.length > 2 &&
    parsed.every(
      (m, i) => m !== null && m[1] === parsed[0]?.[1] && (i === 0 || Number(m[2]) === Number(parsed[i - 1]?.[2]) + 1),
    );
  return consecutive ? `${windows[0]}–${windows[windows.length - 1]}` : windows.join('、');
}

/**
 * Where the result is collected, built from what the hall and the centre say of themselves:
 * - the window: the hall's window group that handles one of the case's items (the group the
 *   resident also books 预约到窗口 with; `hall_groups` read directly, as the hall module depends
 *   on this one), with its window numbers; 统一出件窗口 when no group handles them;
 * - the hours: the group's, else the hall's opening hours (`HALL_HOURS_TEXT`);
 * - the address: the centre's contact (users module), with a map search link; left out until set.
 */
export async function pickupPlace(conn: Connection, record: Pick<ApplicationRecord, 'items'>): Promise<CasePickup> {
  const [contact, groups] = await Promise.all([
    centreContact(conn),
    conn
      .collection<GroupFields>('hall_groups')
      .find({}, { projection: { name: 1, hall: 1, items: 1, windows: 1, hours: 1 } })
      .toArray(),
  ]);
  const codes = record.items.map((i) => i.code);
  const group = codes
    .map((code) => groups.find((g) => g.items?.includes(code)))
    .find((g): g is GroupFields => g !== undefined && Boolean(g.name));
  const windows = group?.windows?.length ? ` ${windowsText(group.windows)}` : '';
  return {
    window: group ? `${group.name}窗口${windows}` : '统一出件窗口',
    ...(group?.hall ? { hall: group.hall } : {}),
    hours: group?.hours || HALL_HOURS_TEXT,
    ...(contact ? { address: contact.address, mapUrl: mapSearchUrl(contact.address) } : {}),
  };
}

/** The pick-up place of a window case that is approved, issued or waiting at the window; otherwise nothing. */
export async function pickupOf(
  conn: Connection,
  record: Pick<ApplicationRecord, 'items' | 'status' | 'delivery'>,
): Promise<CasePickup | undefined> {
  if (record.delivery?.method !== 'window' || !TO_COLLECT.includes(record.status)) return undefined;
  return pickupPlace(conn, record);
}
