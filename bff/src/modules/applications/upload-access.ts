import mongoose, { isValidObjectId, type Connection } from 'mongoose';
import { type UploadAccessCheck } from '../uploads';
import { usersModel, type UserRecord } from '../users/users.model';
import { applicationModel, type ApplicationRecord } from './application.model';
import { ownerKeysFor } from './case-owner';

/**
 * An upload used by a case may be read by those who may act on that case,
 * even when someone else uploaded it: the resident it is for (also through
 * their ID number's placeholder owner) — their own data, not audited — and
 * the agent who started it while they hold the agent role — audited, with
 * the case's station. Staff: staff module.
 */
export const caseUploadAccess: UploadAccessCheck = async (conn: Connection, userId, upload) => {
  if (!upload.usedBy.length || !isValidObjectId(userId)) return null;
  const user = await usersModel(conn).findById(userId).select({ profile: 1, roles: 1 }).lean<Pick<UserRecord, 'profile' | 'roles'>>();
  if (!user) return null;
  const owners = ownerKeysFor(userId, user.profile);
  const asAgent = user.roles.includes('agent') ? [{ 'submittedBy.userId': userId, 'submittedBy.role': 'agent' }] : [];
  const found = await applicationModel(conn)
    .findOne({
      _id: mongoose.trusted({ $in: upload.usedBy }),
      $or: [{ ownerId: mongoose.trusted({ $in: owners }) }, ...asAgent],
    })
    .select({ ownerId: 1, submittedBy: 1 })
    .lean<Pick<ApplicationRecord, '_id' | 'ownerId' | 'submittedBy'>>();
  if (!found) return null;
  const caseId = found._id.toHexString();
  if (owners.includes(found.ownerId)) return { role: 'resident', caseId, audit: false };
  const station = found.submittedBy.station;
  return { role: 'agent', caseId, ...(station ? { station: { town: station.town, village: station.village } } : {}) };
};
