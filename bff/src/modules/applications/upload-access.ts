import { isValidObjectId, type Connection } from 'mongoose';
import { findEachById } from '../../lib/by-ids';
import { type UploadAccessCheck } from '../uploads';
import { usersModel, type UserRecord } from '../users';
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
  const user = await usersModel(conn)
    .findById(userId)
    .select({ profile: 1, roles: 1 })
    .lean<Pick<UserRecord, 'profile' | 'roles'>>();
  if (!user) return null;
  const owners = ownerKeysFor(userId, user.profile);
  const asAgent = user.roles.includes('agent');
  const cases = await findEachById<ApplicationRecord, Pick<ApplicationRecord, '_id' | 'ownerId' | 'submittedBy'>>(
    applicationModel(conn),
    upload.usedBy,
    {},
    { ownerId: 1, submittedBy: 1 },
  );
  const found = cases.find(
    (c) => owners.includes(c.ownerId) || (asAgent && c.submittedBy.role === 'agent' && c.submittedBy.userId === userId),
  );
  if (!found) return null;
  const caseId = found._id.toHexString();
  if (owners.includes(found.ownerId)) return { role: 'resident', caseId, audit: false };
  const station = found.submittedBy.station;
  return { role: 'agent', caseId, ...(station ? { station: { town: station.town, village: station.village } } : {}) };
};
