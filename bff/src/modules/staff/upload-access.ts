import { isValidObjectId, type Connection } from 'mongoose';
import { findEachById } from '../../lib/by-ids';
import { type UploadAccessCheck } from '../uploads';
import { usersModel, type UserRecord } from '../users';
import { applicationModel } from '../applications';

/**
 * Staff may read the uploads of a case they handle: a submitted case (it has
 * a number) with an item of their department — what staff review at acceptance.
 * The grant names the case, so the read is audited against it.
 */
export const staffUploadAccess: UploadAccessCheck = async (conn: Connection, userId, upload) => {
  if (!upload.usedBy.length || !isValidObjectId(userId)) return null;
  const user = await usersModel(conn).findById(userId).lean<UserRecord>();
  if (!user?.roles.includes('staff') || !user.department) return null;
  const cases = await findEachById(
    applicationModel(conn),
    upload.usedBy,
    { departments: user.department },
    { number: 1 },
  );
  const found = cases.find((c) => c.number);
  return found ? { role: 'staff', caseId: found._id.toHexString() } : null;
};
