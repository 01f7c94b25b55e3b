import { isValidObjectId, type Connection } from 'mongoose';
import { findEachById } from '../../lib/by-ids';
import { type UploadAccessCheck } from '../uploads';
import { usersModel, type UserRecord } from '../users';
import { complaintModel, type ComplaintRecord } from './complaint.model';
import { supervises, supervisorOrNull } from './supervisor';

/**
 * A complaint's photo may be read by those who answer it: the admin, and the heads of the departments it
 * concerns — every such read audited by the uploads module (`upload.read`: role `admin` or `staff`, with the
 * complaint's case when it is about one). The filer owns the photos (always allowed, not audited).
 */
export const complaintUploadAccess: UploadAccessCheck = async (conn: Connection, userId, upload) => {
  if (!upload.usedBy.length || !isValidObjectId(userId)) return null;
  const user = await usersModel(conn)
    .findById(userId)
    .select({ roles: 1, department: 1, departmentHead: 1 })
    .lean<Pick<UserRecord, '_id' | 'roles' | 'department' | 'departmentHead'>>();
  const supervisor = user ? supervisorOrNull(user) : null;
  if (!supervisor) return null;
  const uploadId = upload._id.toHexString();
  const complaints = await findEachById<ComplaintRecord>(
    complaintModel(conn),
    upload.usedBy,
    {},
    {
      photos: 1,
      departments: 1,
      about: 1,
    },
  );
  const found = complaints.find((c) => c.photos.includes(uploadId) && supervises(supervisor, c));
  if (!found) return null;
  const caseId = found.about.type === 'case' ? found.about.caseId : undefined;
  return { role: supervisor.role === 'admin' ? 'admin' : 'staff', ...(caseId ? { caseId } : {}) };
};
