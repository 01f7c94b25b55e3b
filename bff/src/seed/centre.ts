import { type Connection } from 'mongoose';
import { CentreContact } from '@onetrip/shared';
import { centreContact, setCentreContact } from '../modules/users';

/**
 * The demo centre as its printed receipts name it: a county centre of Linyi
 * (a made-up street number; the landline is in the county's 0539-721 range
 * like the demo window groups).
 */
export const DEMO_CENTRE: CentreContact = {
  name: '莒南县政务服务中心',
  address: '山东省临沂市莒南县十字路街道民主路1号',
  phone: '0539-7211000',
};

/**
 * Stores the demo centre's name, address and phone through the same service
 * as PUT /admin/config/centre (audited as the system), unless they are set
 * already — an admin's edit is never overwritten. Outcome: whether it wrote.
 */
export async function seedDemoCentre(app: { db: Connection }): Promise<boolean> {
  if (await centreContact(app.db)) return false;
  await setCentreContact(app, { userId: 'system', role: 'system' }, CentreContact.parse(DEMO_CENTRE), 'seed').catch(
    (err: unknown) => {
      // Another copy seeding at the same moment wrote it first: fine.
      if ((err as { code?: string }).code !== 'VERSION_CONFLICT') throw err;
    },
  );
  return true;
}
