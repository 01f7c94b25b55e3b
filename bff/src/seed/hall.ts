import { type Connection } from 'mongoose';
import { HallGroupInput } from '@onetrip/shared';
import { putHallGroup, readHallGroupVersion } from '../modules/hall';
import { seedHallGroups } from './data/hall';

/**
 * The demo hall's window groups, through the same service as
 * PUT /admin/hall/groups/:code (audited as the system). Run after the demo
 * catalog (the groups name its items). A group that exists is left as it
 * is — an admin's edit is never overwritten — so a second run writes nothing.
 */
export async function seedDemoHall(app: { db: Connection }): Promise<number> {
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
  return written;
}
