import { type Connection } from 'mongoose';
import { HallGroupInput, windowQrTarget, type QrTarget } from '@onetrip/shared';
import { ensureQrToken } from '../modules/catalog';
import { putHallGroup, readHallGroupVersion } from '../modules/hall';
import { hallQrToken, windowQrToken } from './data';
import { seedHallGroups } from './data/hall';

export interface HallSeedCounts {
  groups: number;
  /** the hall's code of each group (`h-<group>`) and one per window (`w-<number>`) */
  qrcodes: number;
  /** groups and codes created or changed by this run (0 when the hall was already seeded) */
  written: number;
}

/** Every demo group's codes: the hall's one for taking a ticket, and one above each window. */
export const seedHallCodes = (): Array<[string, QrTarget]> =>
  seedHallGroups.flatMap(({ code, group }) => [
    [hallQrToken(code), { kind: 'window', target: windowQrTarget(code) }] as [string, QrTarget],
    ...group.windows.map((w): [string, QrTarget] => [
      windowQrToken(w),
      { kind: 'window', target: windowQrTarget(code, w) },
    ]),
  ]);

/**
 * The demo hall's window groups, through the same service as
 * PUT /admin/hall/groups/:code (audited as the system), and their QR codes
 * with fixed tokens. Run after the demo catalog (the groups name its items).
 * A group that exists is left as it is — an admin's edit is never
 * overwritten — and a code already pointing right is not written again, so
 * a second run writes nothing.
 */
export async function seedDemoHall(app: { db: Connection }): Promise<HallSeedCounts> {
  let written = 0;
  for (const { code, group } of seedHallGroups) {
    if ((await readHallGroupVersion(app.db, code)) !== null) continue;
    const writer = { userId: 'system', role: 'system', requestId: 'seed', ifMatch: 0 };
    await putHallGroup(app.db, code, HallGroupInput.parse(group), writer).catch((err: unknown) => {
      // Another copy seeding at the same moment created it first: fine.
      if ((err as { code?: string }).code !== 'VERSION_CONFLICT') throw err;
    });
    written += 1;
  }
  const codes = seedHallCodes();
  const changed = await Promise.all(codes.map(([token, target]) => ensureQrToken(app.db, token, target)));
  written += changed.filter(Boolean).length;
  return { groups: seedHallGroups.length, qrcodes: codes.length, written };
}

/** The seed's line about the hall: with the tokens of the hall's codes, which open 取号 of a group (`/q/<token>`). */
export const describeHallSeed = (c: HallSeedCounts) =>
  `demo hall: ${c.groups} window groups, ${c.qrcodes} window QR codes (取号 ${seedHallGroups
    .map(({ code }) => hallQrToken(code))
    .join(', ')}; windows w-a03, …); ${c.written} documents written`;
