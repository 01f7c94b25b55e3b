import { isValidObjectId, type Connection } from 'mongoose';
import { findEachById } from '../../lib/by-ids';
import { type UploadAccessCheck } from '../uploads';
import { staffKindOf, usersModel, type UserRecord } from '../users';
import { applicationModel, type ApplicationRecord } from '../applications';
import { canSee } from './staff-access';

/**
 * Staff may read the uploads of a case they handle: a submitted case (it has
 * a number) with an item of their department — what staff review at acceptance;
 * a comprehensive or results window, a case it sees (`canSee`: of its step's
 * statuses, or one it acted on). The grant names the case, so the read is
 * audited against it.
 */
export const staffUploadAccess: UploadAccessCheck = async (conn: Connection, userId, upload) => {
  if (!upload.usedBy.length || !isValidObjectId(userId)) return null;
  const user = await usersModel(conn).findById(userId).lean<UserRecord>();
  if (!user?.roles.includes('staff')) return null;
  const kind = staffKindOf(user);
  if (kind !== 'department') {
    const staff = { userId, department: '', kind, hall: user.hall ?? '' };
    const seen = await findEachById<ApplicationRecord>(
      applicationModel(conn),
      upload.usedBy,
      {},
      {
        number: 1,
        status: 1,
        timeline: 1,
      },
    );
    const found = seen.find((c) => canSee(staff, { ...c, items: [] }));
    return found ? { role: 'staff', caseId: found._id.toHexString() } : null;
  }
  if (!user.department) return null;
  const cases = await findEachById(
    applicationModel(conn),
    upload.usedBy,
    { departments: user.department },
    { number: 1 },
  );
  const found = cases.find((c) => c.number);
  return found ? { role: 'staff', caseId: found._id.toHexString() } : null;
};
