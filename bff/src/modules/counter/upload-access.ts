import { isValidObjectId, type Connection } from 'mongoose';
import { findEachById } from '../../lib/by-ids';
import { applicationModel, type ApplicationRecord } from '../applications';
import { type UploadAccessCheck } from '../uploads';
import { staffKindOf, usersModel, type UserRecord } from '../users';
import { mayServe, type CounterClerk } from './counter-access';

/**
 * A counter clerk may read the files of a counter case they may serve
 * (`mayServe`), whoever scanned them — a colleague of the hall going on with
 * the case sees the papers already taken. The grant names the case, so the
 * read is audited against it (`upload.read`).
 */
export const counterUploadAccess: UploadAccessCheck = async (conn: Connection, userId, upload) => {
  if (!upload.usedBy.length || !isValidObjectId(userId)) return null;
  const user = await usersModel(conn).findById(userId).lean<UserRecord>();
  if (!user?.roles.includes('staff')) return null;
  const kind = staffKindOf(user);
  if (kind === 'results') return null;
  const clerk: CounterClerk = {
    userId,
    kind,
    department: kind === 'department' ? (user.department ?? '') : '',
    hall: user.hall ?? '',
    idNumberHash: null,
  };
  if (clerk.kind === 'department' && clerk.department === '') return null;
  const cases = await findEachById<ApplicationRecord, Pick<ApplicationRecord, '_id' | 'counter' | 'items'>>(
    applicationModel(conn),
    upload.usedBy,
    {},
    { counter: 1, items: 1 },
  );
  const found = cases.find((c) => mayServe(clerk, c));
  return found ? { role: 'staff', caseId: found._id.toHexString() } : null;
};
